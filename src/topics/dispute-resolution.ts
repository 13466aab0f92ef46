import { defineTopic } from "./define";
import { choice, longText, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "dispute-resolution",
  title: "Resolution of Disputes",
  group: "Terms",
  required: true,
  sources: [PRACTICE],
  summary:
    "Many agreements settle disagreements between the Parties by a ladder of steps, each with a time limit, so that a problem is solved by the people closest to it before it reaches the top. A dispute about one School starts with the SRO and the principal; if they cannot settle it, it goes to the SRO's supervisor and the District administrator who manages the program, then to the chief of police or sheriff and the superintendent. Many agreements add mediation by a neutral person before either side goes to court. Keeping the SRO on duty while the Parties talk protects students from a gap in service.",
  signals: [
    "dispute",
    "disputes",
    "mediation",
    "arbitration",
    "resolve",
    "disagreement",
    "escalate",
    "good faith",
    "negotiation",
  ],
  fields: [
    number("schoolDays", "days", {
      label: "Time for the SRO and the principal",
      help: "Days the SRO and the principal have to settle a dispute about their School; 10 days is common.",
      required: true,
      min: 1,
      max: 90,
    }),
    number("supervisorDays", "days", {
      label: "Time for the supervisor and the District administrator",
      help: "Days the SRO's supervisor and the District's program administrator have at the second step.",
      required: true,
      min: 1,
      max: 90,
    }),
    number("headsDays", "days", {
      label: "Time for the head of the Agency and the Superintendent",
      help: "Days the two heads have at the third step.",
      required: true,
      min: 1,
      max: 90,
    }),
    yesNo("mediation", {
      label: "Mediation of an unresolved dispute",
      help: "Yes if a dispute the heads cannot settle goes to a neutral mediator before either Party goes to court. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("mediationCost", {
      label: "Mediator's fees",
      help: "How the Parties pay the mediator; each Party bears its own other costs.",
      required: true,
      options: opts(
        ["equal", "Shared equally by the Parties"],
        [
          "costShare",
          "Shared in the same proportion as the District's and the Agency's shares of program costs",
        ],
      ),
      recommended: "equal",
      when: (a) => a.mediation === true,
    }),
    yesNo("continueService", {
      label: "Service continues during a dispute",
      help: "Yes if both Parties keep performing the MOU, and the SROs stay at the Schools, while a dispute is resolved. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("terminationUnaffected", {
      label: "Steps leave the right to terminate untouched",
      help: "Standard term: yes if the MOU says that these steps do not limit either Party's right to end the MOU as it provides.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on disputes",
      help: "Optional wording, for example the name of a mediation service the Parties will use.",
    }),
  ],
  departures: [
    {
      id: "no-mediation",
      message: "A dispute the heads cannot settle does not go to mediation.",
      recommendation:
        "Many agreements send such a dispute to a neutral mediator before either Party goes to court.",
      applies: (a) => a.mediation === false,
    },
    {
      id: "service-may-stop",
      message:
        "The MOU does not require the Parties to keep performing it while a dispute is being resolved.",
      recommendation:
        "Many agreements keep the SRO on duty and both Parties performing while a dispute is resolved.",
      applies: (a) => a.continueService === false,
    },
  ],
  upgradeAnswers: (old) => ({
    ...old,
    // Used to print always; now a standard term the Parties can switch off.
    terminationUnaffected: old.terminationUnaffected ?? true,
  }),
});
