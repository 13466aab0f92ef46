import { defineTopic, num } from "./define";
import { choice, longText, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";
import type { Answers } from "./types";

const MONTHS = opts(
  ["january", "January"],
  ["february", "February"],
  ["march", "March"],
  ["april", "April"],
  ["may", "May"],
  ["june", "June"],
  ["july", "July"],
  ["august", "August"],
  ["september", "September"],
  ["october", "October"],
  ["november", "November"],
  ["december", "December"],
);
/** The last day of each month in every year (February 29 does not exist every year). */
const LAST_DAY: Readonly<Record<string, number>> = {
  january: 31,
  february: 28,
  march: 31,
  april: 30,
  may: 31,
  june: 30,
  july: 31,
  august: 31,
  september: 30,
  october: 31,
  november: 30,
  december: 31,
};

const UNITS = opts(["days", "Days"], ["months", "Months"]);

/** A notice period in days (a month counted as 30 days); null when not yet agreed. */
function noticeInDays(a: Answers, unitKey: string, daysKey: string, monthsKey: string): number | null {
  if (a[unitKey] === "months") {
    const months = num(a, monthsKey);
    return months === null ? null : months * 30;
  }
  return num(a, daysKey);
}
const withoutCauseNotice = (a: Answers) =>
  noticeInDays(a, "withoutCauseUnit", "withoutCauseDays", "withoutCauseMonths");
const nonRenewalNotice = (a: Answers) =>
  noticeInDays(a, "nonRenewalUnit", "nonRenewalDays", "nonRenewalMonths");

const withoutCause = (a: Answers) => a.withoutCause === true;
const automatic = (a: Answers) => a.renewal === "automatic";

export default defineTopic({
  id: "termination-and-renewal",
  title: "Renewal and Termination",
  group: "Terms",
  required: true,
  sources: [PRACTICE],
  summary:
    "Most SRO agreements let either Party end the MOU without giving a reason, on written notice of at least 30 days, so that the other side has time to plan staffing and budgets; some give that right to one Party only, or make it take effect only on a set date such as June 30 or at the end of the school year, so that a School is not left without its officer mid-year. Many also allow earlier termination for cause when a serious breach is not cured after written notice. The Parties also choose what happens when the term ends: the MOU simply expires, it renews automatically unless one side gives notice in time, or it renews only when both sign a written renewal. Automatic renewal avoids a gap in service, while written renewal forces a fresh look at the terms. Good agreements also say what happens on the way out: the SRO leaves the Schools, the last invoice goes out, and each side gets back its property and records.",
  signals: [
    "terminate",
    "termination",
    "renewal",
    "renew",
    "days written notice",
    "days' written notice",
    "non-renewal",
    "expire",
    "for cause",
    "without cause",
    "breach",
    "cure",
  ],
  fields: [
    yesNo("withoutCause", {
      label: "Termination without cause",
      help: "Yes if a Party may end the MOU without giving a reason, on written notice; choose below which Party. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("withoutCauseParty", {
      label: "Party that may terminate without cause",
      help: "Which Party has the right to end the MOU without cause.",
      required: true,
      options: opts(
        ["either", "Either Party"],
        ["agency", "The Agency only"],
        ["district", "The District only"],
      ),
      recommended: "either",
      when: withoutCause,
    }),
    choice("withoutCauseUnit", {
      label: "Notice for termination without cause counted in",
      help: "Whether the notice period is a number of days or of months. Blank counts it in days.",
      options: UNITS,
      recommended: "days",
      when: withoutCause,
    }),
    number("withoutCauseDays", "days", {
      label: "Notice period for termination without cause",
      help: "Days of written notice before the termination takes effect; 30 days or more is recommended.",
      required: true,
      min: 1,
      max: 365,
      recommended: 30,
      when: (a) => withoutCause(a) && a.withoutCauseUnit !== "months",
    }),
    number("withoutCauseMonths", "integer", {
      label: "Notice period for termination without cause, in months",
      help: "Months of written notice before the termination takes effect, for example 6.",
      required: true,
      min: 1,
      max: 24,
      when: (a) => withoutCause(a) && a.withoutCauseUnit === "months",
    }),
    choice("withoutCauseEffective", {
      label: "When termination without cause takes effect",
      help: "Blank means on the date the notice states, once the notice period has run.",
      options: opts(
        ["notice", "On the date the notice states, once the notice period has run"],
        ["fixedDate", "On a fixed day of the year (e.g. June 30) once the notice period has run"],
        ["schoolYearEnd", "At the end of the school year once the notice period has run"],
      ),
      recommended: "notice",
      when: withoutCause,
    }),
    choice("withoutCauseMonth", {
      label: "Month of the fixed termination date",
      required: true,
      options: MONTHS,
      when: (a) => withoutCause(a) && a.withoutCauseEffective === "fixedDate",
    }),
    number("withoutCauseDay", "integer", {
      label: "Day of the fixed termination date",
      help: "Day of the month, e.g. 30 for June 30.",
      required: true,
      min: 1,
      max: 31,
      when: (a) => withoutCause(a) && a.withoutCauseEffective === "fixedDate",
    }),
    yesNo("forCause", {
      label: "Termination for cause",
      help: "Yes if a Party may end the MOU when the other Party materially breaches it and does not cure the breach. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    number("cureDays", "days", {
      label: "Cure period",
      help: "Days the Party in breach has, after written notice of the breach, to cure it; 30 days is common.",
      required: true,
      min: 1,
      max: 180,
      recommended: 30,
      when: (a) => a.forCause === true,
    }),
    choice("renewal", {
      label: "Renewal",
      help: "What happens when the term set out in this MOU ends.",
      required: true,
      options: opts(
        ["none", "The MOU expires at the end of its term"],
        ["automatic", "The MOU renews automatically unless a Party gives notice of non-renewal"],
        ["written", "The MOU renews only by a written renewal signed by both Parties"],
      ),
    }),
    number("renewalYears", "integer", {
      label: "Length of each renewal term in years",
      help: "How long each automatic renewal lasts; 1 year keeps the MOU in step with the yearly review.",
      required: true,
      min: 1,
      max: 5,
      recommended: 1,
      when: automatic,
    }),
    number("maxRenewals", "integer", {
      label: "Most automatic renewals",
      help: "Optional: the number of times the MOU may renew automatically, e.g. 2. Leave blank for no limit.",
      min: 1,
      max: 20,
      when: automatic,
    }),
    choice("nonRenewalUnit", {
      label: "Notice of non-renewal counted in",
      help: "Whether the notice of non-renewal is a number of days or of months before the term ends. Blank counts it in days.",
      options: UNITS,
      recommended: "days",
      when: automatic,
    }),
    number("nonRenewalDays", "days", {
      label: "Notice period for non-renewal",
      help: "Days before the end of a term by which a Party must give notice that the MOU will not renew; 60 to 90 days is common.",
      required: true,
      min: 1,
      max: 365,
      when: (a) => automatic(a) && a.nonRenewalUnit !== "months",
    }),
    number("nonRenewalMonths", "integer", {
      label: "Notice period for non-renewal, in months",
      help: "Months before the end of a term by which a Party must give notice that the MOU will not renew, e.g. 3.",
      required: true,
      min: 1,
      max: 24,
      when: (a) => automatic(a) && a.nonRenewalUnit === "months",
    }),
    yesNo("withdrawOnEnd", {
      label: "SROs withdrawn when the MOU ends",
      help: "Standard term: yes if, unless the Parties agree otherwise in writing, the Agency withdraws every SRO from the Schools on the day the MOU ends.",
      recommended: true,
    }),
    number("finalInvoiceDays", "days", {
      label: "Period for the final invoice",
      help: "Optional: days after the MOU ends within which the Agency sends its last invoice. Leave blank if the District pays nothing.",
      min: 1,
      max: 180,
    }),
    yesNo("lateInvoiceBarred", {
      label: "No payment of a late final invoice",
      help: "Yes if the District need not pay an invoice that the Agency sends after that period.",
      when: (a) => typeof a.finalInvoiceDays === "number",
    }),
    yesNo("returnProperty", {
      label: "Return of property when the MOU ends",
      help: "Yes if each Party gives back the other's keys, access cards, radios and other equipment.",
      required: true,
      recommended: true,
    }),
    yesNo("returnRecords", {
      label: "Return of Education Records when the MOU ends",
      help: "Yes if the Agency returns to the District, or destroys at its direction, the Education Records the SRO obtained under the MOU.",
      required: true,
      recommended: true,
    }),
    number("returnDays", "days", {
      label: "Period to return property and records",
      help: "Days after the MOU ends within which property and records go back; 30 days is common.",
      required: true,
      min: 1,
      max: 180,
      recommended: 30,
      when: (a) => a.returnProperty === true || a.returnRecords === true,
    }),
    yesNo("survival", {
      label: "Duties that continue after the MOU ends",
      help: "Standard term: yes if the duties to pay amounts owed, to return property or records and to keep student information confidential continue after the MOU ends.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on renewal and termination",
      help: "Optional wording, for example that termination without cause takes effect only at the end of a semester.",
    }),
  ],
  departures: [
    {
      id: "no-termination-without-cause",
      message: "The MOU gives no Party a right to end it without cause before its term ends.",
      recommendation:
        "Many agreements let either Party end the MOU without cause on at least 30 days' written notice.",
      applies: (a) => a.withoutCause === false,
    },
    {
      id: "one-party-termination-without-cause",
      message: "Only one Party may end the MOU without cause.",
      recommendation:
        "Many agreements give both Parties the same right to end the MOU without cause, on the same notice.",
      applies: (a) =>
        a.withoutCause === true && (a.withoutCauseParty === "agency" || a.withoutCauseParty === "district"),
    },
    {
      id: "short-notice-without-cause",
      message: "A Party may end the MOU without cause on less than 30 days' written notice.",
      recommendation:
        "A notice period of 30 days or more gives the other Party time to plan staffing and budgets.",
      applies: (a) => a.withoutCause === true && (withoutCauseNotice(a) ?? 30) < 30,
    },
    {
      id: "no-termination-for-cause",
      message: "The MOU gives no right to end it for an uncured material breach.",
      recommendation:
        "Many agreements let a Party end the MOU when a material breach is not cured after written notice.",
      applies: (a) => a.forCause === false,
    },
    {
      id: "no-return-of-property",
      message: "The MOU does not require the Parties to return each other's property when it ends.",
      recommendation:
        "Many agreements require each Party to give back the other's keys, access cards and equipment.",
      applies: (a) => a.returnProperty === false,
    },
    {
      id: "no-return-of-records",
      message: "The MOU does not require the Agency to return Education Records when it ends.",
      recommendation:
        "FERPA limits further disclosure of Education Records; many agreements require their return or destruction when the MOU ends.",
      applies: (a) => a.returnRecords === false,
    },
  ],
  rules: [
    {
      // a right to end the MOU at any time on shorter notice makes the non-renewal notice pointless
      id: "non-renewal-notice-longer-than-termination-notice",
      fails: (a) => {
        const end = withoutCauseNotice(a);
        const renew = nonRenewalNotice(a);
        const both = a.withoutCauseParty === "either" || a.withoutCauseParty === undefined;
        return withoutCause(a) && automatic(a) && both && end !== null && renew !== null && end < renew;
      },
      message: () =>
        "Either Party may end this MOU without cause on shorter notice than it must give to stop a renewal, so the non-renewal notice can never bind: make the termination notice at least as long, or shorten the non-renewal notice.",
    },
    {
      id: "non-renewal-notice-longer-than-term",
      fails: (a, facts) => {
        const days = nonRenewalNotice(a);
        const years = Math.min(facts.termYears ?? Infinity, num(a, "renewalYears") ?? Infinity);
        return automatic(a) && days !== null && days >= years * 365;
      },
      message: () =>
        "The notice period for non-renewal is as long as the term or a renewal term: shorten it so a Party can still give notice.",
    },
    {
      id: "fixed-termination-date-exists",
      fails: (a) => {
        if (!withoutCause(a) || a.withoutCauseEffective !== "fixedDate") return false;
        const month = typeof a.withoutCauseMonth === "string" ? a.withoutCauseMonth : null;
        const day = num(a, "withoutCauseDay");
        return month !== null && day !== null && day > (LAST_DAY[month] ?? 31);
      },
      message: (a) =>
        `The fixed termination date is not a day every year has (${MONTHS.find((m) => m.value === a.withoutCauseMonth)?.label ?? ""} ${String(a.withoutCauseDay)}): choose a day that exists in that month every year.`,
    },
  ],
  upgradeAnswers: (old) => {
    const a: Record<string, unknown> = { ...old };
    // Before schema 4 the right to end without cause was always both Parties', on days' notice,
    // effective on the date the notice states.
    if (a.withoutCause === true) {
      a.withoutCauseParty ??= "either";
      a.withoutCauseUnit ??= "days";
      a.withoutCauseEffective ??= "notice";
    }
    if (a.renewal === "automatic") a.nonRenewalUnit ??= "days";
    // Sentences that used to print always are now standard terms the Parties can switch off.
    a.withdrawOnEnd ??= true;
    a.survival ??= true;
    // The final-invoice clause used to bar payment of a late invoice.
    if (typeof a.finalInvoiceDays === "number") a.lateInvoiceBarred ??= true;
    return a;
  },
});
