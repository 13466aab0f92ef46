import { defineTopic, num } from "./define";
import { choice, longText, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "termination-and-renewal",
  title: "Renewal and Termination",
  group: "Terms",
  required: true,
  sources: [PRACTICE],
  summary:
    "Most SRO agreements let either Party end the MOU without giving a reason, on written notice of at least 30 days, so that the other side has time to plan staffing and budgets; many also allow earlier termination for cause when a serious breach is not cured after written notice. The Parties also choose what happens when the term ends: the MOU simply expires, it renews automatically unless one side gives notice by a set date, or it renews only when both sign a written renewal. Automatic renewal avoids a gap in service, while written renewal forces a fresh look at the terms. Good agreements also say what happens on the way out: the SRO leaves the Schools, the last invoice goes out, and each side gets back its property and records.",
  fields: [
    yesNo("withoutCause", {
      label: "Termination without cause",
      help: "Yes if either Party may end the MOU without giving a reason, on written notice.",
      required: true,
      recommended: true,
    }),
    number("withoutCauseDays", "days", {
      label: "Notice period for termination without cause",
      help: "Days of written notice before the MOU ends; 30 days or more is recommended.",
      required: true,
      min: 1,
      max: 365,
      recommended: 30,
      when: (a) => a.withoutCause === true,
    }),
    yesNo("forCause", {
      label: "Termination for cause",
      help: "Yes if a Party may end the MOU when the other Party materially breaches it and does not cure the breach.",
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
      when: (a) => a.renewal === "automatic",
    }),
    number("nonRenewalDays", "days", {
      label: "Notice period for non-renewal",
      help: "Days before the end of a term by which a Party must give notice that the MOU will not renew; 60 to 90 days is common.",
      required: true,
      min: 1,
      max: 365,
      when: (a) => a.renewal === "automatic",
    }),
    number("finalInvoiceDays", "days", {
      label: "Period for the final invoice",
      help: "Optional: days after the MOU ends within which the Agency sends its last invoice. Leave blank if the District pays nothing.",
      min: 1,
      max: 180,
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
    longText("notes", {
      label: "Further terms on renewal and termination",
      help: "Optional wording, for example that termination without cause takes effect only at the end of a semester.",
    }),
  ],
  departures: [
    {
      id: "no-termination-without-cause",
      message: "Neither Party may end the MOU without cause before its term ends.",
      recommendation:
        "Many agreements let either Party end the MOU without cause on at least 30 days' written notice.",
      applies: (a) => a.withoutCause === false,
    },
    {
      id: "short-notice-without-cause",
      message: "A Party may end the MOU without cause on less than 30 days' written notice.",
      recommendation:
        "A notice period of 30 days or more gives the other Party time to plan staffing and budgets.",
      applies: (a) => a.withoutCause === true && (num(a, "withoutCauseDays") ?? 30) < 30,
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
      id: "non-renewal-notice-longer-than-term",
      fails: (a, facts) => {
        const days = num(a, "nonRenewalDays");
        const years = Math.min(facts.termYears ?? Infinity, num(a, "renewalYears") ?? Infinity);
        return a.renewal === "automatic" && days !== null && days >= years * 365;
      },
      message: () =>
        "The notice period for non-renewal is as long as the term or a renewal term: shorten it so a Party can still give notice.",
    },
  ],
});
