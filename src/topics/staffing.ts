import { defineTopic } from "./define";
import { longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, ProjectFacts } from "./types";

const FACTORS = opts(
  ["campusSize", "Size of each campus (acreage, number of buildings)"],
  ["nonSwornStaff", "Number of non-sworn safety and security staff"],
  ["callsForService", "History of calls for service to each School"],
  ["nearbyCrime", "Crime rate in the area around each School"],
  ["climateSurvey", "School climate survey data"],
);

const officers = (a: Answers): number | null =>
  typeof a.totalOfficers === "number" ? a.totalOfficers : null;

export default defineTopic({
  id: "staffing",
  title: "Staffing",
  group: "People",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO's position is that every school should have an SRO of its own, at a minimum. A school may need more than one officer depending on the size of its campus, how many non-sworn safety staff it has, its history of calls for service, the crime rate in the surrounding area and what school climate surveys show. Record the total number of SROs here; it must match the schedule of schools in Exhibit A. Where one officer covers several schools, the MOU should say so plainly, because the SRO's time and relationships are then spread thinner.",
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
    number("requestResponseDays", "days", {
      label: "Time to answer a request for another SRO",
      help: "Days the Agency has to answer in writing when the District asks for an additional SRO. Leave blank to leave it out.",
      max: 180,
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
  ],
});
