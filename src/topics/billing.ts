import { defineTopic } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "billing",
  title: "Billing and Payment",
  group: "Resources",
  required: false,
  sources: [PRACTICE],
  summary:
    "Where the District pays part of the cost, many agreements spell out how the money moves: which costs the Agency bills, how often it sends an invoice, and how many days the District has to pay. Itemized invoices let the District check each charge against the agreed cost shares. Most agreements also prorate the year's charges if the MOU ends early, so that the District pays only for the service it received and any prepaid balance comes back to it.",
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
      ),
    }),
    choice("frequency", {
      label: "Invoice frequency",
      help: "How often the Agency sends an invoice.",
      required: true,
      options: opts(
        ["monthly", "Monthly, after each month"],
        ["quarterly", "Quarterly, after each calendar quarter"],
        ["semester", "After each school semester"],
        ["annualAdvance", "Once a year, at the start of the school year"],
        ["annualArrears", "Once a year, at the end of the school year"],
      ),
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
      help: "Yes if the charges for a school year are prorated when the MOU ends before the year does.",
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
      message: "The charges for a school year are not prorated if the MOU ends during that year.",
      recommendation:
        "Many agreements prorate the charges so the District pays only for the service it received.",
      applies: (a) => a.proration === false,
    },
  ],
});
