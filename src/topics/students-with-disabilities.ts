import { defineTopic, has, includes } from "./define";
import { choice, longText, multi, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

const TRAINING = ["rights", "recognize", "deescalation", "plans"] as const;

export default defineTopic({
  id: "students-with-disabilities",
  title: "Students with Disabilities",
  group: "Conduct",
  required: false,
  sources: [NASRO, PRACTICE, { name: "Illinois School Code, 105 ILCS 5/10-20.68" }],
  summary:
    "NASRO counts special education and students with disabilities among the school subjects every SRO should be trained in. Federal civil rights data show that students with disabilities are referred to police, arrested and restrained far more often than their share of enrollment, and conduct that looks like defiance can stem from a disability. Many agreements therefore require disability training for the SRO, have the district share the parts of a student's IEP, 504 plan or behavior plan that matter for a safe response, and ask the SRO to work with special education staff before acting. Some states, Illinois among them, require this training by law.",
  signals: [
    "disabilities",
    "special education",
    "iep",
    "individualized education",
    "section 504",
    "504 plan",
    "behavior intervention plan",
    "idea",
    "disability",
    "accommodations",
  ],
  fields: [
    multi("trainingTopics", {
      label: "Disability training subjects",
      help: "What the SRO's training on students with disabilities covers.",
      required: true,
      options: opts(
        ["rights", "the rights of students with disabilities under federal and state law"],
        ["recognize", "how disabilities, including autism and trauma, can show in behavior"],
        ["deescalation", "de-escalation and communication with students with disabilities"],
        ["plans", "how IEPs, Section 504 plans and behavior intervention plans work"],
        ["restraint", "the District's rules on restraint of students"],
      ),
      recommended: [...TRAINING],
    }),
    choice("trainingTiming", {
      label: "Deadline for disability training",
      help: "When the SRO must complete the training.",
      required: true,
      options: opts(
        ["before", "Before the SRO starts at a School"],
        ["90days", "Within 90 days after the SRO starts at a School"],
        ["1year", "Within 1 year after the SRO starts at a School"],
      ),
      recommended: "before",
    }),
    choice("trainingProvider", {
      label: "Provider of disability training",
      help: "Who gives the training.",
      options: opts(
        ["district", "District special education staff"],
        ["agency", "The Agency"],
        ["joint", "Both Parties together"],
      ),
    }),
    yesNo("refresher", {
      label: "Yearly refresher",
      help: "Yes if the SRO completes a refresher on the same subjects each school year. No leaves the MOU silent on it.",
      recommended: true,
    }),
    choice("planInfo", {
      label: "SRO's access to disability plans",
      help: "What the SRO learns of a student's IEP, 504 plan or behavior intervention plan.",
      required: true,
      options: opts(
        ["need-to-know", "The parts that matter for a safe response, as the law allows, kept confidential"],
        ["none", "Nothing: the District does not share those plans with the SRO"],
        ["full", "Full access to those plans, as the law allows, kept confidential"],
      ),
      recommended: "need-to-know",
    }),
    text("contact", {
      label: "Special education contact",
      help: "Optional: the District role the SRO turns to, e.g. the School's special education coordinator.",
    }),
    yesNo("consultFirst", {
      label: "Consult special education staff",
      help: "Yes if, where safe, the SRO consults special education staff before taking Enforcement Action against a student known to have a disability. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("planFirst", {
      label: "Behavior plan followed first",
      help: "Yes if staff trained in a student's behavior plan respond to a crisis first and the SRO supports them, stepping in only to prevent serious harm or respond to a crime. No leaves the MOU silent on it.",
      recommended: true,
    }),
    longText("notes", { label: "Further terms on students with disabilities" }),
  ],
  departures: [
    {
      id: "training-incomplete",
      message: "The disability training leaves out one or more of the subjects usually covered.",
      recommendation:
        "Common practice covers students' rights, how disabilities show in behavior, de-escalation and how plans work.",
      applies: (a) => has(a, "trainingTopics") && TRAINING.some((t) => !includes(a, "trainingTopics", t)),
    },
    {
      id: "training-after-start",
      message: "The SRO may start at a School before completing the disability training.",
      recommendation: "NASRO recommends that an SRO complete specialized school training before assignment.",
      applies: (a) => a.trainingTiming === "90days" || a.trainingTiming === "1year",
    },
    {
      id: "no-refresher",
      message: "The SRO does not repeat the disability training each year.",
      recommendation: "Many agreements add a yearly refresher.",
      applies: (a) => a.refresher === false,
    },
    {
      id: "no-plan-info",
      message: "The SRO learns nothing from students' disability plans.",
      recommendation: "Common practice shares the parts of a plan that matter for a safe response.",
      applies: (a) => a.planInfo === "none",
    },
    {
      id: "full-plan-access",
      message: "The SRO has full access to students' disability plans.",
      recommendation:
        "Under FERPA, common practice shares only the parts of a plan that matter for a safe response.",
      applies: (a) => a.planInfo === "full",
    },
    {
      id: "no-consultation",
      message: "The SRO need not consult special education staff before acting.",
      recommendation:
        "Many agreements ask the SRO to consult special education staff first where it is safe.",
      applies: (a) => a.consultFirst === false,
    },
    {
      id: "plan-not-first",
      message: "The SRO need not let staff follow a student's behavior plan first.",
      recommendation: "Common practice lets trained staff follow the behavior plan before the SRO steps in.",
      applies: (a) => a.planFirst === false,
    },
  ],
});
