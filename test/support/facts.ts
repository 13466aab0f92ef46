import type { ProjectFacts } from "../../src/topics/types";

/** Project facts for rendering a topic on its own: 6 schools, 4 SROs, the Agency employs them. */
export function sampleFacts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    schoolCount: 6,
    totalOfficers: 4,
    effectiveDate: "2026-08-01",
    termYears: 3,
    lawsToMeet: null,
    employer: "the Agency",
    employerIsAgency: true,
    employerName: null,
    documentKind: "Memorandum of Understanding",
    legalBasis: null,
    addressedTopics: [],
    omittedRecommended: [],
    ...overrides,
  };
}
