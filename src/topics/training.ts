import { defineTopic, has, includes, num } from "./define";
import { choice, column, longText, multi, number, opts, table, yesNo } from "./fields";
import { NASRO, NASRO_FAQ, PRACTICE } from "./sources";
import type { Answers, ChoiceOption, TableRow } from "./types";

const FOLLOW_UP = opts(
  ["advanced", "Advanced SRO course"],
  ["mentalHealth", "Adolescent mental health training"],
  ["cpted", "School CPTED course"],
);
const POLICY_TOPICS = opts(
  ["discipline", "The District's discipline policy"],
  ["ferpa", "FERPA and school law"],
  ["specialEd", "Special education and students with disabilities"],
  ["behavior", "The School's behavioral intervention program"],
);
const AFTER_BASIC = "About 1 year after the basic course";
const PLAN: ReadonlyArray<readonly [string, string, string, number | null]> = [
  ["Basic SRO course", "Before assignment", "SRO; School administrators invited", 40],
  ["Advanced SRO course", AFTER_BASIC, "SRO", 24],
  ["Adolescent mental health training", AFTER_BASIC, "SRO", 12],
  ["School CPTED course", AFTER_BASIC, "SRO", 24],
  ["SRO management course", "Before the program starts", "Agency supervisor; District administrator", 24],
  ["Single-officer active-assailant response", "Ongoing, as Agency policy sets", "SRO", null],
  ["District policies and school law", "Before assignment; again when a policy changes", "SRO", null],
  ["State or regional SRO conference", "Each year", "SRO", null],
];
/** What the body of the MOU says of the basic course's timing, as the plan's words would say it. */
const BASIC_TIMING: Record<string, string> = {
  before: "before the SRO starts at a School",
  withinYear: "within 1 year after the SRO starts",
  withinTwoYears: "within 2 years after the SRO starts",
};
/** The timing a row of the training plan states, read from its words; null when it says neither. */
function rowTiming(timing: string): string | null {
  const t = timing.toLowerCase();
  if (/\bbefore (?:assignment|starting|the sro starts|being assigned)/.test(t)) return "before";
  if (/\bwithin (?:1|one) year|\bfirst year\b/.test(t)) return "withinYear";
  if (/\bwithin (?:2|two) years/.test(t)) return "withinTwoYears";
  return null;
}
/** Rows of the training plan for the basic SRO course whose timing differs from the body's. */
function basicRowsAtOdds(a: Answers): { course: string; timing: string }[] {
  // without a basic course the clause says nothing of one, and the plan may still list it
  const body = typeof a.basicCourseTiming === "string" ? a.basicCourseTiming : null;
  if (body === null || body === "notRequired" || !Array.isArray(a.trainingPlan)) return [];
  return (a.trainingPlan as readonly TableRow[]).flatMap((r) => {
    const course = typeof r.course === "string" ? r.course.trim() : "";
    const timing = typeof r.timing === "string" ? r.timing.trim() : "";
    if (!/\bbasic\b/i.test(course)) return [];
    const said = rowTiming(timing);
    return said !== null && said !== body ? [{ course, timing }] : [];
  });
}

/** When a row of the plan times training on school policies by the calendar alone. */
const CALENDAR_ONLY =
  /\b(?:yearly|annual(?:ly)?|each (?:year|semester|term|quarter|month|august|september|summer|fall)|every (?:year|semester|term|quarter|month)|once a (?:year|semester|term))\b/i;
/**
 * Rows of the training plan on District policies whose timing differs from the body's: the clause
 * trains each SRO before starting and again when a policy changes, the row on a calendar.
 */
function policyRowsAtOdds(a: Answers): { course: string; timing: string }[] {
  if (!Array.isArray(a.schoolPolicyTopics) || a.schoolPolicyTopics.length === 0) return [];
  if (!Array.isArray(a.trainingPlan)) return [];
  return (a.trainingPlan as readonly TableRow[]).flatMap((r) => {
    const course = typeof r.course === "string" ? r.course.trim() : "";
    const timing = typeof r.timing === "string" ? r.timing.trim() : "";
    if (!/\bpolic(?:y|ies)\b|\bschool law\b|\bFERPA\b/i.test(course)) return [];
    if (/\bpolic(?:y|ies) change|\bchange[sd]? (?:in|to) (?:a |the )?polic/i.test(timing)) return [];
    return CALENDAR_ONLY.test(timing) ? [{ course, timing }] : [];
  });
}

const lacksAny = (a: Answers, key: string, values: readonly ChoiceOption[]) =>
  has(a, key) && values.some((o) => !includes(a, key, o.value));

export default defineTopic({
  id: "training",
  title: "Training",
  group: "People",
  required: true,
  sources: [NASRO, NASRO_FAQ, PRACTICE],
  summary:
    "NASRO's FAQ calls for at least 40 hours of training in school policing before an officer starts at a school. NASRO recommends a basic SRO course before assignment, or at the latest within the first year, with school administrators encouraged to attend alongside their SRO. About a year later the SRO should take an advanced course, adolescent mental health training and a school CPTED course, and the Agency supervisor and District administrator who run the program should take an SRO management course before it starts. Ongoing single-officer active-assailant training, briefings on school policies and a yearly SRO conference keep skills current. Record the plan course by course in the training exhibit.",
  signals: [
    "training",
    "hours of training",
    "basic sro course",
    "advanced sro",
    "de-escalation",
    "crisis intervention",
    "cpted",
    "mental health training",
    "active shooter",
    "active assailant",
    "course",
    "conference",
    "certified",
    "in-service",
  ],
  fields: [
    number("preAssignmentHours", "hours", {
      label: "Training hours before assignment",
      help: "Hours of school-policing training an officer completes before starting at a School, 1 or more. NASRO's FAQ says at least 40.",
      required: true,
      min: 1,
      max: 1000,
      recommended: 40,
    }),
    choice("basicCourseTiming", {
      label: "Timing of the basic SRO course",
      help: "When the SRO completes a basic SRO course.",
      required: true,
      options: opts(
        ["before", "Before the SRO starts at a School"],
        ["withinYear", "Within 1 year after the SRO starts"],
        ["withinTwoYears", "Within 2 years after the SRO starts"],
        ["notRequired", "Not required"],
      ),
      recommended: "before",
    }),
    yesNo("adminsInvited", {
      label: "School administrators invited to the basic course",
      help: "Yes if the principal or another administrator of each School is invited to attend the basic course with the SRO.",
      required: true,
      recommended: true,
      when: (a) => a.basicCourseTiming !== "notRequired",
    }),
    multi("followUpCourses", {
      label: "Courses in the year after the basic course",
      help: "Courses the SRO completes about 1 year after the basic SRO course (with no basic course, the MOU sets no time for them).",
      required: true,
      options: FOLLOW_UP,
      recommended: FOLLOW_UP.map((o) => o.value),
    }),
    choice("followUpDeadline", {
      label: "Time for those courses without a basic course",
      help: "Optional, when no basic course is required: by when the SRO completes the courses above. Leave blank to set no time.",
      options: opts(
        ["withinYear", "Within 1 year after the SRO starts at a School"],
        ["withinTwoYears", "Within 2 years after the SRO starts at a School"],
      ),
      when: (a) => a.basicCourseTiming === "notRequired",
    }),
    yesNo("managementCourse", {
      label: "SRO management course for program managers",
      help: "Yes if the Agency supervisor and the District administrator who manage the program complete an SRO management course before it starts.",
      required: true,
      recommended: true,
    }),
    yesNo("activeAssailant", {
      label: "Ongoing single-officer active-assailant training",
      help: "Yes if the SRO receives recurring training in responding alone to an active assailant.",
      required: true,
      recommended: true,
    }),
    multi("schoolPolicyTopics", {
      label: "School policy training topics",
      help: "District policies and laws on which the District trains the SRO.",
      required: true,
      options: POLICY_TOPICS,
      recommended: POLICY_TOPICS.map((o) => o.value),
    }),
    choice("conference", {
      label: "SRO conference attendance",
      options: opts(
        ["stateAndNational", "State or regional conference yearly; national when funds allow"],
        ["state", "A state or regional SRO conference each year"],
        ["none", "No conference attendance"],
      ),
      recommended: "stateAndNational",
    }),
    choice("stateCourseBy", {
      label: "Deadline for the state's required SRO training",
      help: "Optional: by when each SRO completes the SRO training state law requires (Texas: within 180 days; Washington: classroom training within 6 months; Ohio and Illinois: within 1 year; Minnesota: before starting). Leave blank if no state course applies.",
      options: opts(
        ["before", "Before starting at a School"],
        ["days180", "Within 180 days after starting at a School"],
        ["months6", "Within 6 months after starting at a School"],
        ["year1", "Within 1 year after starting at a School"],
      ),
    }),
    number("stateCourseHours", "hours", {
      label: "Hours of the state's required SRO training",
      help: "Optional: the least number of hours that training lasts (Ohio: 40; Texas: 16). Leave blank to state no hours.",
      min: 1,
      max: 1000,
      when: (a) => has(a, "stateCourseBy"),
    }),
    yesNo("districtClimateTraining", {
      label: "SRO joins the District's climate training",
      help: "Yes if each SRO completes the training in social-emotional learning and restorative practices that the District gives its certified staff (Connecticut asks for this). No leaves the MOU silent on it.",
    }),
    choice("recordsKeeper", {
      label: "Party that keeps the training records",
      help: "Optional: which Party keeps the records of each SRO's training (Florida asks the agreement to say).",
      options: opts(["agency", "The Agency"], ["district", "The District"]),
    }),
    yesNo("trainingRecords", {
      label: "Yearly training record to the District",
      help: "Yes if the Agency gives the District a record of each SRO's completed training every year.",
      recommended: true,
    }),
    table("trainingPlan", {
      label: "Training plan",
      help: "One row per course: what it is, when it is taken, who attends and how many hours it lasts.",
      required: true,
      rowLabel: "Course",
      exhibitTitle: "SRO Training Plan",
      columns: [
        column.text("course", "Course"),
        column.text("timing", "Timing"),
        column.text("attendees", "Who attends"),
        column.number("hours", "Hours", "hours", 1, 1000),
      ],
      recommended: PLAN.map(([course, timing, attendees, hours]) => ({ course, timing, attendees, hours })),
    }),
    longText("notes", {
      label: "Further terms on training",
      help: "Optional wording, for example state-mandated courses.",
    }),
  ],
  departures: [
    {
      id: "basic-course-late",
      message: "The SRO need not complete a basic SRO course before assignment or within 1 year.",
      recommendation:
        "NASRO recommends the basic SRO course before assignment, or at the latest within the first year.",
      applies: (a) => a.basicCourseTiming === "withinTwoYears" || a.basicCourseTiming === "notRequired",
    },
    {
      id: "fewer-than-40-hours",
      message: "The SRO completes fewer than 40 hours of school-policing training before assignment.",
      recommendation: "NASRO's FAQ recommends at least 40 hours of specialized training before assignment.",
      applies: (a) => (num(a, "preAssignmentHours") ?? 40) < 40,
    },
    {
      id: "administrators-not-invited",
      message: "School administrators are not invited to the basic SRO course.",
      recommendation: "NASRO encourages school administrators to attend the basic course with their SRO.",
      applies: (a) => a.adminsInvited === false,
    },
    {
      id: "follow-up-courses-incomplete",
      message:
        "The SRO does not take every follow-up course: advanced SRO, adolescent mental health and school CPTED.",
      recommendation: "NASRO recommends all three about 1 year after the basic course.",
      applies: (a) => lacksAny(a, "followUpCourses", FOLLOW_UP),
    },
    {
      id: "no-management-course",
      message: "The program's managers need not complete an SRO management course.",
      recommendation:
        "NASRO recommends the course for the Agency supervisor and District administrator before the program starts.",
      applies: (a) => a.managementCourse === false,
    },
    {
      id: "no-active-assailant-training",
      message: "The SRO receives no ongoing single-officer active-assailant training.",
      recommendation: "NASRO recommends ongoing single-officer rapid deployment training.",
      applies: (a) => a.activeAssailant === false,
    },
    {
      id: "school-policy-topics-incomplete",
      message:
        "The SRO is not trained on every school policy topic: discipline, FERPA, special education and behavioral intervention.",
      recommendation: "NASRO recommends training the SRO on all of these school policies and laws.",
      applies: (a) => lacksAny(a, "schoolPolicyTopics", POLICY_TOPICS),
    },
    {
      id: "no-conference",
      message: "The SRO does not attend an SRO conference.",
      recommendation:
        "NASRO recommends a state or regional SRO conference each year, and a national one when possible.",
      applies: (a) => a.conference === "none",
    },
  ],
  rules: [
    {
      // the body and the training exhibit state the basic course's timing; they must say the same
      id: "basic-course-timing-vs-plan",
      fails: (a) => basicRowsAtOdds(a).length > 0,
      message: (a) => {
        const rows = basicRowsAtOdds(a)
          .map((r) => `"${r.course}"${r.timing ? ` (${r.timing})` : ""}`)
          .join(", ");
        return `The training clause has each SRO complete the basic SRO course ${BASIC_TIMING[String(a.basicCourseTiming)] ?? ""}, but the training plan times it otherwise: ${rows}. Make the clause and the plan say the same.`;
      },
    },
    {
      // the body trains on District policies when they change; the exhibit must not set a calendar
      id: "policy-training-timing-vs-plan",
      fails: (a) => policyRowsAtOdds(a).length > 0,
      message: (a) => {
        const rows = policyRowsAtOdds(a)
          .map((r) => `"${r.course}" (${r.timing})`)
          .join(", ");
        return `The training clause has the District train each SRO on its policies before the SRO starts at a School and again when a policy changes, but the training plan times it otherwise: ${rows}. Make the plan say the same, or state the further training in the notes on training.`;
      },
    },
  ],
  upgradeAnswers: (old) => {
    const a: Record<string, unknown> = { ...old };
    // 0 hours used to print "at least 0 hours", which binds no one: it is now refused, and the
    // Parties are asked again for a number.
    if (a.preAssignmentHours === 0) delete a.preAssignmentHours;
    // A course of 0 hours in the plan now shows no hours (the column refuses 0).
    if (Array.isArray(a.trainingPlan)) {
      a.trainingPlan = a.trainingPlan.map((row: unknown) =>
        row !== null && typeof row === "object" && (row as Record<string, unknown>).hours === 0
          ? { ...(row as Record<string, unknown>), hours: null }
          : row,
      );
    }
    // Without a basic course, the follow-up courses used to be due within 2 years of starting.
    if (
      a.basicCourseTiming === "notRequired" &&
      Array.isArray(a.followUpCourses) &&
      a.followUpCourses.length > 0
    )
      a.followUpDeadline ??= "withinTwoYears";
    return a;
  },
});
