import { defineTopic } from "./define";
import { column, longText, multi, number, opts, table, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, ProjectFacts, TableRow } from "./types";

const FACTORS = opts(
  ["campusSize", "Size of each campus (acreage, number of buildings)"],
  ["nonSwornStaff", "Number of non-sworn safety and security staff"],
  ["callsForService", "History of calls for service to each School"],
  ["nearbyCrime", "Crime rate in the area around each School"],
  ["climateSurvey", "School climate survey data"],
);

const officers = (a: Answers): number | null =>
  typeof a.totalOfficers === "number" ? a.totalOfficers : null;

const filled = (x: TableRow[string] | undefined): boolean =>
  x !== null && x !== undefined && !(typeof x === "string" && x.trim() === "");

const assignments = (a: Answers): readonly TableRow[] =>
  Array.isArray(a.assignments) ? (a.assignments as readonly TableRow[]) : [];

export default defineTopic({
  id: "staffing",
  title: "Staffing",
  group: "People",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO's position is that every school should have an SRO of its own, at a minimum. A school may need more than one officer depending on the size of its campus, how many non-sworn safety staff it has, its history of calls for service, the crime rate in the surrounding area and what school climate surveys show. Record the total number of SROs here; it must match the schedule of schools in Exhibit A. Where one officer covers several schools, the MOU should say so plainly, because the SRO's time and relationships are then spread thinner: many agreements list each officer's post and the schools it serves (\"SRO 3: Lincoln Middle School and every elementary school\"), and some let the District send an SRO to other schools as needs arise.",
  signals: [
    "number of officers",
    "staffing",
    "one sro",
    "assign",
    "full-time",
    "each school",
    "officers assigned",
    "staffing level",
    "assignment of officers",
    "calls for service",
  ],
  fields: [
    number("totalOfficers", "integer", {
      label: "Number of SROs",
      help: "The total number of SROs the Agency assigns under this MOU. It must equal the total in the schedule of schools (Exhibit A).",
      required: true,
      min: 1,
      max: 500,
    }),
    multi("factors", {
      label: "Factors considered in staffing",
      help: "The factors the Parties weighed in setting the number of SROs.",
      options: FACTORS,
      recommended: FACTORS.map((o) => o.value),
    }),
    yesNo("annualReview", {
      label: "Yearly review of the number of SROs",
      help: "Yes if the Parties review the number of SROs each year before the school year begins.",
      recommended: true,
    }),
    table("assignments", {
      label: "Officer assignments",
      help: 'Optional: one row per SRO post, e.g. "SRO 3" serving "Lincoln Middle School and every elementary school", with its days or hours where they are set. Printed as an exhibit.',
      rowLabel: "Assignment",
      exhibitTitle: "Officer Assignments",
      columns: [
        column.text("post", "Officer or post"),
        column.text("schools", "Schools served"),
        column.text("schedule", "Days and hours (optional)"),
      ],
    }),
    yesNo("sharedSchedule", {
      label: "Schedule for Schools that share an SRO",
      help: "Yes if, where an SRO serves more than 1 School, the principal of each of those Schools receives the SRO's schedule among them.",
      recommended: true,
    }),
    yesNo("otherSchools", {
      label: "District may send an SRO to other Schools",
      help: 'Yes if the District may direct an SRO to serve at Schools other than those the SRO is assigned to ("and other Schools as the District directs"). No or blank leaves the MOU silent.',
    }),
    number("otherSchoolsNoticeDays", "days", {
      label: "Notice before sending an SRO to another School",
      help: "Optional: how many days ahead the District tells the SRO's employer before directing the SRO to another School. Leave blank for no set notice.",
      min: 1,
      max: 60,
      when: (a) => a.otherSchools === true,
    }),
    yesNo("otherSchoolsTemporary", {
      label: "Only for a temporary need",
      help: "Yes if the District may direct an SRO to another School only for a temporary need, such as an event or an emergency.",
      when: (a) => a.otherSchools === true,
    }),
    number("requestResponseDays", "days", {
      label: "Time to answer a request for another SRO",
      help: "Days the Agency has to answer in writing when the District asks for an additional SRO. Leave blank to leave it out.",
      max: 180,
    }),
    yesNo("changeByExhibitA", {
      label: "Number of SROs changes only as Exhibit A does",
      help: "Yes if the Parties may change the number of SROs only in the way this MOU provides for changes to Exhibit A (the schedule of schools).",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on staffing",
      help: "Optional wording, for example how an officer shared between Schools divides the week.",
    }),
  ],
  departures: [
    {
      id: "fewer-sros-than-schools",
      message:
        "The MOU assigns fewer SROs than there are Schools, so at least 1 SRO serves more than 1 School.",
      recommendation:
        "NASRO recommends that every School have at least 1 SRO of its own, and more where the campus, calls for service, nearby crime or climate data call for it.",
      // The facts argument is optional so the check stays silent where a caller passes answers only.
      applies: (a: Answers, facts?: ProjectFacts) => {
        const n = officers(a);
        return facts !== undefined && n !== null && facts.schoolCount > 0 && n < facts.schoolCount;
      },
    },
  ],
  rules: [
    {
      id: "officers-match-schedule",
      message: (a, facts) =>
        `The staffing section assigns ${officers(a) ?? 0} SRO(s), but the schedule of schools (Exhibit A) lists ${Math.ceil(facts.totalOfficers)}. Make the two agree.`,
      fails: (a, facts) => {
        const n = officers(a);
        return n !== null && facts.totalOfficers > 0 && n !== Math.ceil(facts.totalOfficers);
      },
    },
    {
      id: "assignment-rows-complete",
      message: () => "Each row of Officer assignments needs the officer or post and the Schools it serves.",
      fails: (a) => assignments(a).some((r) => !filled(r.post) || !filled(r.schools)),
    },
  ],
  // Before schema 4 these two sentences printed always (the first where SROs were fewer than Schools).
  upgradeAnswers: (old) => ({
    ...old,
    sharedSchedule: old.sharedSchedule ?? true,
    changeByExhibitA: old.changeByExhibitA ?? true,
  }),
});
