import { TOPICS } from "../topics";
import { formatList } from "../format/values";
import { chosenProfiles } from "../profiles";
import type { ProjectFacts } from "../topics/types";
import type { Agreement } from "./schema";

/** Project-wide facts: the schedule of schools and the answers fields declare as facts. */
export function projectFacts(
  agreement: Pick<Agreement, "schools" | "topics"> & Partial<Pick<Agreement, "profiles">>,
): ProjectFacts {
  let effectiveDate: string | null = null;
  let termYears: number | null = null;
  for (const topic of TOPICS) {
    const answers = agreement.topics[topic.id]?.answers ?? {};
    for (const field of topic.fields) {
      const value = answers[field.key];
      if (field.fact === "effectiveDate" && typeof value === "string") effectiveDate = value;
      if (field.fact === "termYears" && typeof value === "number") termYears = value;
    }
  }
  const totalOfficers = agreement.schools.reduce((sum, s) => sum + s.officers, 0);
  const laws = chosenProfiles(agreement.profiles ?? []).map((p) => p.name);
  return {
    schoolCount: agreement.schools.length,
    totalOfficers,
    effectiveDate,
    termYears,
    lawsToMeet: laws.length > 0 ? formatList(laws) : null,
    employer: "the Agency",
    employerIsAgency: true,
  };
}
