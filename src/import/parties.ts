import type { Found, ImportedClause, ImportedParties, ImportedSignatory, SuggestedAnswer } from "./types";

const AGENCY = /\b(?:police|sheriff'?s?|public safety|law enforcement|marshal|constable|constabulary)\b/i;
const DISTRICT = /\b(?:school|schools|board of education|unified|independent school|isd|usd|district)\b/i;

/** Which side a body named in the agreement is on, by its name. */
export function sideOf(name: string): "agency" | "district" | null {
  if (AGENCY.test(name)) return "agency";
  if (DISTRICT.test(name)) return "district";
  if (/\b(?:city|county|town|village|township)\b/i.test(name)) return "agency";
  return null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(?:${MONTHS.join("|")})`;
const DATE = new RegExp(
  String.raw`\b(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(${MONTH}),?\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`,
  "gi",
);

const iso = (y: number, m: number, d: number): string | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1950 && y <= 2100
    ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    : null;

/** The dates a text names, as ISO dates, with their places. */
export function datesIn(text: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.slice(1);
    const month = (name: string | undefined) => MONTHS.indexOf((name ?? "").toLowerCase()) + 1;
    const value =
      g[0] !== undefined
        ? iso(Number(g[2]), month(g[0]), Number(g[1]))
        : g[4] !== undefined
          ? iso(Number(g[5]), month(g[4]), Number(g[3]))
          : g[8] !== undefined
            ? iso(Number(g[8]), Number(g[6]), Number(g[7]))
            : iso(Number(g[9]), Number(g[10]), Number(g[11]));
    if (value) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const clean = (name: string) =>
  name
    .replace(/^(?:the)\s+/i, "")
    .replace(/[\s,;:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/** "by and between A ("X") and B ("Y")": the two bodies a parties paragraph names. */
function partiesParagraph(
  clauses: readonly ImportedClause[],
): { clause: ImportedClause; names: string[]; quote: string } | null {
  for (const c of clauses) {
    if (c.part !== "preamble" && c.part !== "body") continue;
    const m =
      /\bbetween\s+(?:the\s+)?(.+?)\s*(?:\([^)]*\)\s*)?,?\s+and\s+(?:the\s+)?(.+?)\s*(?:\(|,|(?<!\bNo)\.(?:\s|$)|;|\s+for\s+|$)/i.exec(
        c.text,
      );
    if (m && m[1] && m[2] && m[1].length <= 120 && m[2].length <= 120)
      return { clause: c, names: [clean(m[1]), clean(m[2])], quote: m[0].trim() };
  }
  return null;
}

function findEffectiveDate(clauses: readonly ImportedClause[]): Found<string> | null {
  for (const c of clauses) {
    if (c.part === "signatures" || c.part === "exhibit") continue;
    for (const sentence of c.text.split(/(?<=[.;])\s+/)) {
      if (!/effective|takes effect|commenc|begins on|beginning on|as of/i.test(sentence)) continue;
      const dates = datesIn(sentence);
      // "as of July 15, 2024 (the "Effective Date")", "takes effect on August 1, 2025"
      const near = dates.find((d) =>
        /effective|takes effect|commenc|begins on|beginning on|as of/i.test(
          sentence.slice(Math.max(0, d.start - 40), d.end + 30),
        ),
      );
      if (near) return { value: near.value, clauseId: c.id, quote: sentence.trim() };
    }
  }
  return null;
}

const LABEL = /^(?:by|name|printed name|title|date|signature)\s*:\s*(.*)$/i;
const BLANK = /^[_\s.]*$/;

/** Signature blocks: a caption (the party, "Approved as to form", "Attest"), then By/Name/Title lines. */
function signatories(
  clauses: readonly ImportedClause[],
  agency: string | null,
  district: string | null,
): ImportedSignatory[] {
  const out: ImportedSignatory[] = [];
  let block: {
    organization: string;
    name: string;
    title: string;
    role: ImportedSignatory["role"];
    clauseId: string;
  } | null = null;
  /** Whether the block has had a By/Name/Title line: before one, a caption may wrap to a second line. */
  let labelled = false;
  const close = () => {
    labelled = false;
    if (block && block.name !== "") {
      const named = `${block.organization} ${block.title}`;
      const side =
        agency && block.organization.toLowerCase().includes(agency.toLowerCase())
          ? "agency"
          : district && block.organization.toLowerCase().includes(district.toLowerCase())
            ? "district"
            : (sideOf(named) ?? "other");
      out.push({ ...block, side });
    }
    block = null;
  };
  for (const c of clauses) {
    if (c.part !== "signatures") continue;
    for (const line of c.text.split(/\n/)) {
      const t = line.trim();
      if (t === "" || /^in witness whereof/i.test(t) || /^(?:signed|signatures?|executed)\b[\s:.]*$/i.test(t))
        continue;
      const label = LABEL.exec(t);
      if (label) {
        const [, value = ""] = label;
        const key = t.slice(0, t.indexOf(":")).toLowerCase();
        const v = BLANK.test(value) ? "" : value.replace(/^_+\s*/, "").trim();
        if (!block) block = { organization: "", name: "", title: "", role: "signatory", clauseId: c.id };
        labelled = true;
        if (key === "title" && v) block.title = v;
        else if ((key === "name" || key === "printed name") && v) block.name = v;
        else if (key === "by" && v && /[a-z]/i.test(v)) block.name = v;
        continue;
      }
      if (BLANK.test(t)) continue;
      const role: ImportedSignatory["role"] | null = /^approved as to (?:legal )?form/i.test(t)
        ? "approved-as-to-form"
        : /^attest/i.test(t)
          ? "attest"
          : null;
      // "Jordan Reyes, Chief of Police" under a signature line
      const nameTitle = /^([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s*(.{2,80})$/.exec(t);
      if (block && block.name === "" && nameTitle && t !== t.toUpperCase()) {
        block.name = nameTitle[1] ?? "";
        block.title = nameTitle[2] ?? "";
        continue;
      }
      if (role) {
        close();
        block = { organization: t.replace(/[:.]$/, ""), name: "", title: "", role, clauseId: c.id };
        continue;
      }
      if (t === t.toUpperCase() || sideOf(t) !== null) {
        // a caption: the party the next block signs for
        if (
          block &&
          block.name === "" &&
          block.organization !== "" &&
          (block.role !== "signatory" || !labelled)
        ) {
          block.organization = `${block.organization} ${t}`;
          continue;
        }
        close();
        block = {
          organization: t.replace(/[:.]$/, "").replace(/^for\s+(?:the\s+)?/i, ""),
          name: "",
          title: "",
          role: "signatory",
          clauseId: c.id,
        };
      }
    }
  }
  close();
  return out;
}

/** The agreement's title: the heading lines it opens with. */
function titleOf(clauses: readonly ImportedClause[]): Found<string> | null {
  const lines: ImportedClause[] = [];
  for (const c of clauses) {
    if (c.part !== "preamble" || c.text.length > 140 || /[.;]$/.test(c.text)) break;
    lines.push(c);
  }
  const first = lines[0];
  if (!first) return null;
  const value = lines
    .map((l) => l.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return { value, clauseId: first.id, quote: value };
}

/**
 * The parties, title, effective date, term and signatories, read from the title, the parties
 * paragraph and recitals, the term clause and the signature blocks, each with the words it came
 * from. Absent facts are null: nothing is guessed.
 */
export function readParties(
  clauses: readonly ImportedClause[],
  suggestions: readonly SuggestedAnswer[],
): ImportedParties {
  const paragraph = partiesParagraph(clauses);
  let agency: Found<string> | null = null;
  let district: Found<string> | null = null;
  if (paragraph) {
    for (const name of paragraph.names) {
      const side = sideOf(name);
      const found = { value: name, clauseId: paragraph.clause.id, quote: paragraph.quote };
      if (side === "agency" && !agency) agency = found;
      else if (side === "district" && !district) district = found;
    }
  }
  // without a parties paragraph, the title may name them: "… BETWEEN A AND B FOR …"
  const title = titleOf(clauses);
  const named = title
    ? /\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?:\s+for\s+|\s*$)/i.exec(title.value)
    : null;
  if (title && named)
    for (const name of [named[1] ?? "", named[2] ?? ""].map(clean)) {
      const side = sideOf(name);
      const found = { value: name, clauseId: title.clauseId, quote: named[0].trim() };
      if (side === "agency" && !agency) agency = found;
      else if (side === "district" && !district) district = found;
    }
  const term = suggestions.find((s) => s.topicId === "parties-and-term" && s.fieldKey === "termYears");
  return {
    agency,
    district,
    title,
    effectiveDate: findEffectiveDate(clauses),
    termYears:
      term && typeof term.value === "number"
        ? { value: term.value, clauseId: term.clauseId, quote: term.sentence }
        : null,
    signatories: signatories(clauses, agency?.value ?? null, district?.value ?? null),
  };
}
