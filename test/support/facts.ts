import type { AnswerValue, FieldDef, ProjectFacts, TableRow } from "../../src/topics/types";

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
    reviewYears: 1,
    nextReviewDate: null,
    dayCount: "calendar",
    entireAgreement: false,
    partyAddresses: { agency: "100 Main Street, Springfield, Illinois 62701", district: null },
    signers: [],
    ...overrides,
  };
}

/** A value of the field's kind that passes its schema, to render every branch with data. */
export function sampleValue(field: FieldDef): AnswerValue {
  switch (field.kind) {
    case "text":
      return 'Sample & <text> "quoted" {{not a template}}';
    case "longText":
      return "First paragraph of custom terms.";
    case "integer":
    case "days":
      return Math.max(field.min, Math.min(field.max, 30));
    case "decimal":
    case "money":
    case "percent":
    case "hours":
      return Math.max(field.min, Math.min(field.max, 40));
    case "boolean":
      return false;
    case "choice":
      return field.options[field.options.length - 1]?.value ?? "";
    case "multi":
      return field.options.map((o) => o.value);
    case "date":
      return "2026-09-01";
    case "time":
      return "15:30";
    case "list":
      return ["First item", "Second item"];
    case "table": {
      const row: Record<string, string | number> = {};
      for (const c of field.columns) {
        row[c.key] = c.kind === "text" ? "Row text" : c.kind === "choice" ? (c.options[0]?.value ?? "") : 50;
      }
      return [row as TableRow];
    }
  }
}
