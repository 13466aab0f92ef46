import type { Answers, ColumnDef, TableField, TableRow } from "../topics/types";
import { formatMoney, formatNumber, formatPercent } from "../format/values";
import type { Project } from "../project/schema";
import type { SignatureBlock } from "./ir";
import { sanitizeUserText } from "./tokens";

export const SCHOOL_LEVEL_NAMES: Record<Project["schools"][number]["level"], string> = {
  elementary: "Elementary",
  middle: "Middle",
  high: "High",
  "k-8": "K-8",
  alternative: "Alternative",
  other: "Other",
};

function formatCell(column: ColumnDef, value: TableRow[string]): string {
  if (value === null || value === undefined || value === "") return "";
  switch (column.kind) {
    case "text":
      return sanitizeUserText(String(value));
    case "choice":
      return column.options.find((o) => o.value === value)?.label ?? String(value);
    case "money":
      return formatMoney(Number(value));
    case "percent":
      return formatPercent(Number(value));
    default:
      return formatNumber(Number(value));
  }
}

/** The cells of a table answer, formatted for print. */
export function exhibitRows(field: TableField, answers: Answers): string[][] {
  const rows = (answers[field.key] ?? []) as readonly TableRow[];
  return rows.map((row) => field.columns.map((c) => formatCell(c, row[c.key] ?? null)));
}

/** Everyone who signs, in order: the Agency's head, the District's superintendent, the board chair, others, then counsel. */
export function signatureBlocks(project: Project): SignatureBlock[] {
  const { agency, district, signatories } = project.parties;
  const clean = sanitizeUserText;
  const out: SignatureBlock[] = [
    {
      id: "agency-head",
      party: clean(agency.name) || "the Agency",
      name: clean(agency.headName),
      title: clean(agency.headTitle),
      approvedAsToForm: false,
    },
    {
      id: "superintendent",
      party: clean(district.name) || "the District",
      name: clean(district.superintendentName),
      title: "Superintendent",
      approvedAsToForm: false,
    },
  ];
  if (district.boardChairName.trim()) {
    out.push({
      id: "board-chair",
      party: clean(district.name) || "the District",
      name: clean(district.boardChairName),
      title: "Chair, Board of Education",
      approvedAsToForm: false,
    });
  }
  const extra = [...signatories].sort(
    (a, b) => Number(a.role === "approved-as-to-form") - Number(b.role === "approved-as-to-form"),
  );
  for (const s of extra) {
    out.push({
      id: `signatory-${s.id}`,
      party: clean(s.organization),
      name: clean(s.name),
      title: clean(s.title),
      approvedAsToForm: s.role === "approved-as-to-form",
    });
  }
  return out;
}
