import { formatDate } from "../format/values";
import { defineTopic } from "./define";
import { choice, date, longText, multi, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";
import type { Answers, ProjectFacts } from "./types";

/** What an invoice states; each label reads after "The Agency shall state on each invoice". */
const INVOICE_SHOWS = opts(
  ["period", "the period the invoice covers"],
  ["items", "the amount of each cost item billed"],
  ["officers", "the name of each SRO whose service is billed"],
  ["days", "the days of service billed for each SRO"],
  ["hours", "the hours billed for each SRO, with overtime hours shown separately"],
  ["credits", "each credit given to the District"],
);
/** What every invoice stated before schema 4, when the sentence printed always. */
const OLD_INVOICE_SHOWS = ["period", "items"];

/** The day the term ends (ISO), when the effective date and term are known. */
function termEnd(facts: ProjectFacts): string | null {
  const m = /^(\d{4})-(\d{2}-\d{2})$/.exec(facts.effectiveDate ?? "");
  if (!m || facts.termYears === null) return null;
  return `${Number(m[1]) + facts.termYears}-${m[2]}`;
}
const firstPayment = (a: Answers): string | null =>
  typeof a.firstPaymentDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(a.firstPaymentDate)
    ? a.firstPaymentDate
    : null;
function paymentOutsideTerm(a: Answers, facts: ProjectFacts): "before" | "after" | null {
  const d = firstPayment(a);
  if (d === null) return null;
  if (facts.effectiveDate && d < facts.effectiveDate) return "before";
  const end = termEnd(facts);
  if (end !== null && d >= end) return "after";
  return null;
}

export default defineTopic({
  id: "billing",
  title: "Billing and Payment",
  group: "Resources",
  required: false,
  sources: [PRACTICE],
  summary:
    "Where the District pays part of the cost, many agreements spell out how the money moves: which costs the Agency bills, how often it sends an invoice, when the first payment is due, what each invoice shows and how many days the District has to pay. Itemized invoices that name the officers and their days of service let the District check each charge against the agreed cost shares, and many agreements keep time an officer spends on other Agency duties off the District's bill. Most agreements also prorate the year's charges if the MOU ends early, so that the District pays only for the service it received and any prepaid balance comes back to it.",
  signals: [
    "invoice",
    "invoices",
    "billing",
    "payment",
    "pay within",
    "quarterly",
    "monthly",
    "remit",
    "due",
    "late payment",
    "prorated",
    "refund",
  ],
  fields: [
    multi("billedItems", {
      label: "Costs billed",
      help: "Tick each cost the Agency bills to the District.",
      required: true,
      options: opts(
        ["salary", "salary"],
        ["benefits", "benefits"],
        ["overtime", "overtime"],
        ["vehicle", "vehicle costs"],
        ["equipment", "equipment"],
        ["training", "training"],
        ["office", "office and supplies"],
        ["full", "the full contract cost"],
      ),
    }),
    choice("frequency", {
      label: "Invoice frequency",
      help: "How often the Agency sends an invoice.",
      required: true,
      options: opts(
        ["monthly", "Monthly, after each month"],
        ["bimonthly", "Every two months, after each two-month period"],
        ["quarterly", "Quarterly, after each calendar quarter"],
        ["semester", "After each school semester"],
        ["annualAdvance", "Once a year, at the start of the school year"],
        ["annualArrears", "Once a year, at the end of the school year"],
      ),
    }),
    date("firstPaymentDate", {
      label: "Date of the first payment",
      help: "Optional: the date by which the District makes its first payment under the MOU.",
    }),
    multi("invoiceShows", {
      label: "What each invoice shows",
      help: "Tick what the Agency states on every invoice. Leave all unticked to say nothing about it.",
      options: INVOICE_SHOWS,
      recommended: ["period", "items", "officers"],
    }),
    yesNo("nonSchoolTimeNotBilled", {
      label: "Time on other Agency duties is not billed",
      help: "Yes if the Agency does not bill the District for time an SRO is pulled away from the Schools for Agency duties that do not concern a School, such as patrol shifts or special details.",
      recommended: true,
    }),
    number("dueDays", "days", {
      label: "Payment period",
      help: "Days the District has to pay after it receives an invoice; 30 days is common.",
      required: true,
      min: 5,
      max: 180,
    }),
    number("disputeDays", "days", {
      label: "Period to dispute an invoice",
      help: "Optional: days after receipt within which the District may dispute an invoice in writing.",
      min: 5,
      max: 180,
    }),
    yesNo("proration", {
      label: "Proration if the MOU ends mid-year",
      help: "Yes if the charges for a school year are prorated when the MOU ends before the year does. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("prorationBasis", {
      label: "Basis of proration",
      help: "How the charges for a part year are worked out.",
      required: true,
      options: opts(
        ["days", "School Days on which an SRO served"],
        ["months", "Months in which an SRO served, counting a part month as a whole"],
      ),
      when: (a) => a.proration === true,
    }),
    number("refundDays", "days", {
      label: "Refund period",
      help: "Days after the MOU ends within which the Agency refunds any amount paid for service not provided.",
      required: true,
      min: 5,
      max: 180,
      when: (a) => a.proration === true,
    }),
    longText("notes", {
      label: "Further terms on billing",
      help: "Optional wording, for example the address for invoices.",
    }),
  ],
  departures: [
    {
      id: "no-proration",
      message: "The MOU does not prorate the charges for a school year if the MOU ends during that year.",
      recommendation:
        "Many agreements prorate the charges so the District pays only for the service it received.",
      applies: (a) => a.proration === false,
    },
  ],
  rules: [
    {
      id: "first-payment-in-term",
      fails: (a, facts) => paymentOutsideTerm(a, facts) !== null,
      message: (a, facts) => {
        const d = formatDate(firstPayment(a) ?? "");
        return paymentOutsideTerm(a, facts) === "before"
          ? `The first payment date (${d}) comes before the MOU takes effect (${formatDate(facts.effectiveDate ?? "")}). Pick a date within the term.`
          : `The first payment date (${d}) comes after the MOU's term ends (${formatDate(termEnd(facts) ?? "")}). Pick a date within the term.`;
      },
    },
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old };
    // Every invoice stated its period and the amount of each cost item: the sentence printed always
    if (out.invoiceShows === undefined) out.invoiceShows = [...OLD_INVOICE_SHOWS];
    return out;
  },
});
