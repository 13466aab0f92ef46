import { defineTopic } from "./define";
import { choice, column, longText, multi, number, opts, table, time, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, ProjectFacts, TableRow } from "./types";

const minutes = (a: Answers, key: string): number | null => {
  const v = a[key];
  if (typeof v !== "string") return null;
  const m = /^(\d{2}):(\d{2})$/.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

const filled = (x: TableRow[string] | undefined): boolean =>
  x !== null && x !== undefined && !(typeof x === "string" && x.trim() === "");

/** A row of the campus table names its School and gives either both clock times or both bell offsets. */
const rowComplete = (row: TableRow): boolean =>
  filled(row.school) &&
  ((filled(row.start) && filled(row.end)) || (filled(row.minutesBefore) && filled(row.minutesAfter)));

const rows = (a: Answers, key: string): readonly TableRow[] => {
  const v = a[key];
  return Array.isArray(v) ? (v as readonly TableRow[]) : [];
};

export default defineTopic({
  id: "hours-on-campus",
  title: "Hours on Campus",
  group: "Duties",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the MOU say when the SRO is expected on campus and which duties may take the officer away, such as court appearances, calls for service, training and other needs of the Agency. Many agreements set a daily shift that starts before students arrive and ends after dismissal, on every School Day: either as clock times or as a number of minutes before the first bell and after the last, with a meal break during the shift. Where Schools keep different bell schedules, the hours can be set School by School in an exhibit. Agreements also say how the principal learns that the SRO is leaving and who covers the School while the SRO is away. Clear hours let principals plan around the officer and let the Agency plan its staffing.",
  signals: [
    "hours",
    "school day",
    "on campus",
    "work schedule",
    "hours per day",
    "hours per week",
    "regular hours",
    "schedule",
    "school calendar",
    "summer",
    "days per year",
  ],
  fields: [
    choice("hoursBasis", {
      label: "How Campus Hours are set",
      help: "Set the hours relative to each School's bell schedule (e.g. 15 minutes before the first bell to 15 minutes after the last), or as fixed clock times.",
      required: true,
      options: opts(
        ["bells", "relative to the first and last bell of the School Day"],
        ["clock", "fixed clock times"],
      ),
      recommended: "bells",
    }),
    number("minutesBeforeFirstBell", "integer", {
      label: "Minutes before the first bell",
      help: "How long before the first bell of the School Day the SRO's Campus Hours begin, e.g. 15. Enter 0 to start at the first bell.",
      required: true,
      min: 0,
      max: 180,
      when: (a) => a.hoursBasis === "bells",
      recommended: 15,
    }),
    number("minutesAfterLastBell", "integer", {
      label: "Minutes after the last bell",
      help: "How long after the last bell of the School Day the SRO's Campus Hours end, e.g. 15. Enter 0 to end at the last bell.",
      required: true,
      min: 0,
      max: 180,
      when: (a) => a.hoursBasis === "bells",
      recommended: 15,
    }),
    time("startTime", {
      label: "Start of Campus Hours",
      help: "Time the SRO's day at the School begins, e.g. 07:15; usually before students arrive.",
      required: true,
      when: (a) => a.hoursBasis === "clock",
    }),
    time("endTime", {
      label: "End of Campus Hours",
      help: "Time the SRO's day at the School ends, e.g. 15:45; usually after dismissal.",
      required: true,
      when: (a) => a.hoursBasis === "clock",
    }),
    table("campusHours", {
      label: "Campus Hours by School",
      help: "Optional: only for Schools whose hours differ from the general rule above. Give each School either a start and end time, or minutes before the first bell and after the last.",
      rowLabel: "School",
      exhibitTitle: "Campus Hours by School",
      columns: [
        column.text("school", "School"),
        column.text("start", "Start (clock time)"),
        column.text("end", "End (clock time)"),
        column.number("minutesBefore", "Minutes before first bell", "integer", 0, 180),
        column.number("minutesAfter", "Minutes after last bell", "integer", 0, 180),
      ],
    }),
    choice("days", {
      label: "Days on campus",
      help: "On which days the SRO works Campus Hours. Every School Day is common practice for a full-time SRO.",
      required: true,
      options: opts(
        ["schoolDays", "every School Day"],
        ["schoolAndStaffDays", "every School Day and every District staff workday"],
        ["someDays", "only on some days of the School week"],
      ),
      recommended: "schoolDays",
    }),
    multi("weekdays", {
      label: "Weekdays on campus",
      help: "The days of the week on which the SRO is at the School.",
      required: true,
      when: (a) => a.days === "someDays",
      options: opts(
        ["mon", "Monday"],
        ["tue", "Tuesday"],
        ["wed", "Wednesday"],
        ["thu", "Thursday"],
        ["fri", "Friday"],
      ),
    }),
    number("mealBreakMinutes", "integer", {
      label: "Meal break (minutes)",
      help: "Optional: the length of the SRO's meal break during Campus Hours, e.g. 30. Leave blank if the MOU does not set one.",
      min: 1,
      max: 120,
    }),
    choice("mealBreakStatus", {
      label: "SRO's status during the meal break",
      help: "Optional: whether the SRO stays on call during the meal break or is off duty.",
      when: (a) => typeof a.mealBreakMinutes === "number",
      options: opts(
        ["onCall", "on call: the SRO stays reachable and returns to duty when called"],
        ["offDuty", "off duty"],
      ),
    }),
    yesNo("summerSchool", {
      label: "SRO at summer school",
      help: "Optional: yes if the SRO also serves when the District holds summer school. No or blank leaves the MOU silent on summer school.",
    }),
    multi("awayDuties", {
      label: "Duties that may take the SRO off campus",
      help: "Tick each reason for which the SRO may leave the School during Campus Hours.",
      required: true,
      options: opts(
        ["court", "court appearances"],
        ["calls", "urgent calls for service away from the School"],
        ["training", "Agency and SRO training"],
        ["agency", "Agency emergencies and staffing needs"],
      ),
      recommended: ["court", "calls", "training", "agency"],
    }),
    yesNo("notifyPrincipal", {
      label: "Notice to the principal when the SRO leaves",
      help: "Yes if the SRO tells the principal or a designee before leaving campus during Campus Hours.",
      required: true,
      recommended: true,
    }),
    number("plannedNoticeDays", "days", {
      label: "Notice of a planned absence",
      help: "Optional: how many days ahead the principal learns of planned training or leave, e.g. 5. When the MOU includes the topic Substitutes and Absences, set this notice there instead.",
      min: 1,
      max: 60,
    }),
    choice("coverage", {
      label: "Coverage when the SRO is away",
      help: 'Who looks after the School when the SRO is absent for a day or more. "No coverage" leaves the MOU silent. When the MOU includes the topic Substitutes and Absences, that topic states coverage and this answer is not printed.',
      required: true,
      options: opts(
        ["substitute", "a substitute officer assigned by the Agency"],
        ["patrol", "patrol officers answering calls from the School"],
        ["none", "no coverage beyond ordinary police service"],
      ),
      recommended: "substitute",
    }),
    longText("notes", {
      label: "Further terms on hours",
      help: "Optional wording, for example how an SRO shared by 2 Schools divides the week.",
    }),
  ],
  departures: [
    {
      id: "part-week",
      message: "The SRO is on campus only on some days of the School week.",
      recommendation:
        "NASRO describes the SRO as a full-time officer assigned to the School; most agreements place the SRO on campus every School Day.",
      applies: (a) => a.days === "someDays",
    },
    {
      id: "no-notice-to-principal",
      message: "The SRO need not tell the principal before leaving campus.",
      recommendation:
        "Common practice is that the SRO tells the principal or a designee when leaving during Campus Hours.",
      applies: (a) => a.notifyPrincipal === false,
    },
    {
      id: "no-coverage",
      message: "No one covers the School when the SRO is away.",
      recommendation:
        "NASRO recommends that the MOU provide for coverage when the SRO is absent; many agreements use a substitute officer.",
      // Substitutes and Absences, when included, states coverage instead of this answer.
      applies: (a, facts?: ProjectFacts) =>
        a.coverage === "none" && !(facts?.addressedTopics.includes("substitutes") ?? false),
    },
  ],
  rules: [
    {
      id: "end-after-start",
      message: () => "The end of Campus Hours must be later than the start.",
      fails: (a) => {
        if (a.hoursBasis !== "clock") return false;
        const s = minutes(a, "startTime");
        const e = minutes(a, "endTime");
        return s !== null && e !== null && e <= s;
      },
    },
    {
      id: "planned-notice-in-substitutes",
      message: () =>
        "The MOU includes Substitutes and Absences, which states the notice of a planned absence: set the notice there and leave it blank here, where it is not printed.",
      fails: (a, facts) =>
        facts.addressedTopics.includes("substitutes") && typeof a.plannedNoticeDays === "number",
    },
    {
      id: "campus-hours-rows-complete",
      message: () =>
        "Each row of Campus Hours by School needs the School's name and either a start and an end time, or minutes before the first bell and after the last.",
      fails: (a) => rows(a, "campusHours").some((r) => !rowComplete(r)),
    },
  ],
  terms: [
    {
      term: "Campus Hours",
      definition:
        "the hours of the day, set out in this MOU, during which an SRO is assigned to be on duty at a School",
    },
  ],
  // Before schema 4 Campus Hours were always clock times.
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old };
    if (out.hoursBasis === undefined && Object.keys(old).length > 0) out.hoursBasis = "clock";
    return out;
  },
});
