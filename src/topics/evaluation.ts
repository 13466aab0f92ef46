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
    "NASRO recommends that the SRO's supervisor in the Agency carry out the SRO's performance evaluation, since the SRO stays in the Agency's chain of command. The school administrator who works with the SRO every day should give input to that evaluation, and the MOU should say how and when. Agencies commonly evaluate officers once a year; asking for the school's input in writing, with a deadline, makes sure it is actually given and considered. Some agreements also let the District evaluate the SRO's work in its Schools on its own form: such an evaluation is usually advisory, goes to the SRO's supervisor, and is kept apart from the employer's performance evaluation, and the Parties say whether it may go into the officer's personnel file.",
  signals: [
    "evaluation",
    "evaluate",
    "performance review",
    "annual evaluation",
    "feedback",
    "performance appraisal",
    "principal's input",
    "assessment of performance",
    "rating",
  ],
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
      help: "Yes if the SRO's supervisor asks the principal of each School the SRO serves for written input before each evaluation. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
      when: (a) => a.evaluator !== "joint",
    }),
    number("inputDays", "days", {
      label: "Time for the School's input",
      help: "Days the District has to give its written input after the supervisor asks. Leave blank for no set time.",
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
      help: "Yes if the Agency gives the Superintendent a summary of each evaluation, as personnel-records law allows.",
    }),
    yesNo("districtEvaluation", {
      label: "The District's own evaluation of the SRO",
      help: "Yes if the District also evaluates the SRO's work in the Schools, separately from the performance evaluation above. Leave blank or answer no to leave it out.",
    }),
    choice("districtEvaluator", {
      label: "Who evaluates for the District",
      required: true,
      options: opts(
        ["principal", "The principal of each School the SRO serves"],
        ["programAdministrator", "The District's administrator of the SRO program"],
        ["superintendent", "The Superintendent or a person the Superintendent names"],
      ),
      recommended: "principal",
      when: (a) => a.districtEvaluation === true,
    }),
    choice("districtEvaluationFrequency", {
      label: "Frequency of the District's evaluation",
      required: true,
      options: opts(["annual", "Once each school year"], ["semiannual", "Twice each school year"]),
      recommended: "annual",
      when: (a) => a.districtEvaluation === true,
    }),
    yesNo("districtEvaluationAdvisory", {
      label: "The District's evaluation is advisory",
      help: "Yes if the District's evaluation only advises: it binds the SROs' employer in no decision about the SRO's employment.",
      recommended: true,
      when: (a) => a.districtEvaluation === true,
    }),
    yesNo("districtEvaluationShared", {
      label: "The District's evaluation goes to the SRO's supervisor",
      help: "Yes if the District gives a copy of each of its evaluations to the SRO's supervisor.",
      recommended: true,
      when: (a) => a.districtEvaluation === true,
    }),
    choice("districtEvaluationFile", {
      label: "The District's evaluation and the SRO's personnel file",
      help: "Optional: whether the District's evaluation is kept out of, or placed in, the SRO's personnel file. Leave blank to leave the MOU silent.",
      options: opts(
        ["excluded", "Kept out of the SRO's personnel file"],
        ["included", "Placed in the SRO's personnel file, apart from the employer's own evaluation"],
      ),
      when: (a) => a.districtEvaluation === true,
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
