import { defineTopic } from "./define";
import { longText, number, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "probation",
  title: "Probationary Period",
  group: "People",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the Agency and the District agree on a probationary period for each new SRO, so that both can confirm the officer suits the assignment before it settles in. Where possible, a school administrator should take part in the review at the end of that period, because school staff see the SRO's daily work with students. The length is for the Parties to agree: make it long enough to see the SRO through a good part of the school year, and say what follows an unfavorable review.",
  signals: [
    "probationary period",
    "probation",
    "trial period",
    "probationary review",
    "initial period of assignment",
    "first year of assignment",
  ],
  fields: [
    number("probationMonths", "integer", {
      label: "Probationary Period in months",
      help: "Months from the day a new SRO starts at a School, for example 6 or 12.",
      required: true,
      min: 1,
      max: 24,
    }),
    yesNo("adminInReview", {
      label: "School administrator in the probation review",
      help: "Yes if the principal, or an administrator the principal names, takes part in the review at the end of the period.",
      required: true,
      recommended: true,
    }),
    number("extensionMonths", "integer", {
      label: "Longest extension of the Probationary Period",
      help: "Months by which the Agency may extend the period once, after consulting the District. Leave blank for no extension.",
      min: 1,
      max: 12,
    }),
    yesNo("removalOnRequest", {
      label: "Replacement on District request during probation",
      help: "Yes if, during the period, the Agency replaces the SRO whenever the District asks in writing with reasons.",
    }),
    yesNo("separateFromEmployment", {
      label: "Separate from the employer's own probation",
      help: "Standard term: yes if the MOU states that this period is separate from any probation under the SRO's employer's own rules.",
      recommended: true,
    }),
    yesNo("resultToDistrict", {
      label: "Result of the review to the District",
      help: "Yes if the Agency tells the District the result of the probation review in writing.",
      recommended: true,
    }),
    yesNo("removalIfUnsuited", {
      label: "Removal after an unfavorable review",
      help: "Yes if the Agency removes an SRO whom the review finds unsuited to the assignment and assigns a replacement.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on probation",
      help: "Optional wording, for example a mid-point check-in.",
    }),
  ],
  departures: [
    {
      id: "no-school-role-in-probation-review",
      message: "No School administrator takes part in the probation review.",
      recommendation:
        "NASRO recommends that a school administrator take part in the probationary review where possible.",
      applies: (a) => a.adminInReview === false,
    },
    {
      id: "no-removal-after-unfavorable-review",
      message: "An unfavorable probation review does not lead to the SRO's removal.",
      recommendation:
        "A probationary period serves to confirm that the SRO suits the assignment; common practice removes an SRO who does not.",
      applies: (a) => a.removalIfUnsuited === false,
    },
  ],
  upgradeAnswers: (old) => ({
    ...old,
    // These used to print always; now standard terms the Parties can switch off.
    separateFromEmployment: old.separateFromEmployment ?? true,
    resultToDistrict: old.resultToDistrict ?? true,
    removalIfUnsuited: old.removalIfUnsuited ?? true,
  }),
  terms: [
    {
      term: "Probationary Period",
      definition:
        "the period at the start of an SRO's assignment under this MOU during which the Parties confirm that the SRO suits the assignment",
    },
  ],
});
