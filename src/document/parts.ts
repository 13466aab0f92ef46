import type { Answers, ColumnDef, TableField, TableRow } from "../topics/types";
import { isEmptyRow } from "../topics/define";
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
  // a row added and never filled in is no part of the answer, and prints nothing
  const rows = ((answers[field.key] ?? []) as readonly TableRow[]).filter((r) => !isEmptyRow(r));
  return rows.map((row) => field.columns.map((c) => formatCell(c, row[c.key] ?? null)));
}

const SIDE_ORDER = { agency: 0, district: 1, other: 2 } as const;
const ROLE_ORDER = { signatory: 0, attest: 1, "approved-as-to-form": 2 } as const;

/**
 * Every signature block the Parties named, grouped by Party: those who sign, then attest lines,
 * then approval as to form, each captioned with the Party it is for.
 */
export function signatureBlocks(project: Project): SignatureBlock[] {
  const { agency, district, signatories } = project.parties;
  const clean = sanitizeUserText;
  const partyName = (s: Project["parties"]["signatories"][number]): string => {
    if (s.side === "agency") return clean(agency.name) || "the Agency";
    if (s.side === "district") return clean(district.name) || "the District";
    return clean(s.organization) || "[organization]";
  };
  const caption = {
    signatory: "For",
    attest: "Attest for",
    "approved-as-to-form": "Approved as to form for",
  };
  return [...signatories]
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        SIDE_ORDER[a.s.side] - SIDE_ORDER[b.s.side] ||
        ROLE_ORDER[a.s.role] - ROLE_ORDER[b.s.role] ||
        a.i - b.i,
    )
    .map(({ s }, i, all) => ({
      id: `signatory-${s.id}`,
      caption: `${caption[s.role]} ${partyName(s)}`,
      name: clean(s.name),
      title: clean(s.title),
      startsParty: i === 0 || partyName(all[i - 1]?.s ?? s) !== partyName(s) || all[i - 1]?.s.side !== s.side,
    }));
}
