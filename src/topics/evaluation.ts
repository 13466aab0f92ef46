import { defineTopic } from "./define";
import { choice, list, longText, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "evaluation",
  title: "Evaluation of SROs",
  group: "People",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the SRO's supervisor in the Agency carry out the SRO's performance evaluation, since the SRO stays in the Agency's chain of command. The school administrator who works with the SRO every day should give input to that evaluation, and the MOU should say how and when. Agencies commonly evaluate officers once a year; asking for the school's input in writing, with a deadline, makes sure it is actually given and considered.",
  fields: [
    choice("evaluator", {
      label: "Evaluator",
      help: "Who carries out the SRO's performance evaluation.",
      required: true,
      options: opts(
        ["agencySupervisor", "The SRO's supervisor in the Agency"],
        ["joint", "The Agency supervisor and the School principal together"],
      ),
      recommended: "agencySupervisor",
    }),
    yesNo("schoolInput", {
      label: "Written input from the School administrator",
      help: "Yes if the Agency asks the principal of each School the SRO serves for written input before each evaluation.",
      required: true,
      recommended: true,
      when: (a) => a.evaluator !== "joint",
    }),
    number("inputDays", "days", {
      label: "Time for the School's input",
      help: "Days the District has to give its written input after the Agency asks. Leave blank for no set time.",
      max: 90,
      when: (a) => a.evaluator !== "joint" && a.schoolInput === true,
    }),
    choice("frequency", {
      label: "Evaluation frequency",
      required: true,
      options: opts(["annual", "Once each school year"], ["semiannual", "Twice each school year"]),
      recommended: "annual",
    }),
    list("criteria", {
      label: "Evaluation criteria",
      help: 'Optional: what the evaluation covers, one item a line, e.g. "work as a public safety educator".',
      itemLabel: "Criterion",
    }),
    yesNo("summaryToDistrict", {
      label: "Evaluation summary to the District",
      help: "Yes if the Agency shares a summary of each evaluation with the superintendent, as personnel-records law allows.",
    }),
    longText("notes", {
      label: "Further terms on evaluation",
      help: "Optional wording, for example a shared evaluation form.",
    }),
  ],
  departures: [
    {
      id: "no-school-input",
      message: "The evaluation of the SRO includes no School input.",
      recommendation: "NASRO recommends that the school administrator give input to the SRO's evaluation.",
      applies: (a) => a.evaluator !== "joint" && a.schoolInput === false,
    },
    {
      id: "joint-evaluation",
      message: "The School principal evaluates the SRO jointly with the Agency supervisor.",
      recommendation:
        "NASRO recommends that the Agency supervisor evaluate the SRO, with the school administrator giving input, so the SRO stays in the Agency's chain of command.",
      applies: (a) => a.evaluator === "joint",
    },
  ],
});
