import type { Block, Inline, MouDocument } from "../document/ir";
import { text } from "../document/ir";
import { sanitizeUserText } from "../document/tokens";
import { AUTHOR, AUTHOR_INITIALS, LANGUAGE, PAGE_LABEL } from "../document/words";
import type { Checkup, CheckupStatus, QuotedClause, TopicCheck } from "./checkup";
import { CHECKUP_LABELS, CHECKUP_STATUSES } from "./checkup";
import type { ImportResult, SuggestedAnswer } from "./types";

export const CHECKUP_TITLE = "Check-up of an Existing MOU";
export const CHECKUP_FOOTER =
  "A check-up of the MOU as imported, for the Parties and their counsel; not part of the MOU";
/** A quote longer than this is cut, with an ellipsis: the report points to the clause, it does not reprint it. */
const QUOTE_CHARS = 420;

const clean = (s: string) => sanitizeUserText(s).replace(/\s+/g, " ").trim();

/** "Section 4.01, page 2", "4.2(a)", "the opening paragraphs", "an unnumbered paragraph, page 3". */
export function clauseLabel(q: Pick<QuotedClause, "number" | "heading" | "page" | "part">): string {
  const name = q.number
    ? clean(q.number)
    : q.heading
      ? `"${clean(q.heading)}"`
      : q.part === "preamble"
        ? "the opening paragraphs"
        : "an unnumbered paragraph";
  return q.page !== null ? `${name}, page ${q.page}` : name;
}

function quoteText(q: QuotedClause): string {
  const t = clean(q.text);
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS).replace(/\s+\S*$/, "")}…` : t;
}

function valueText(s: SuggestedAnswer): string {
  const shown = typeof s.value === "boolean" ? (s.value ? "yes" : "no") : String(s.value);
  return `${s.fieldLabel}: ${shown} (“${clean(s.printed)}”)`;
}

function paragraph(...inlines: Inline[]): Block {
  return { kind: "paragraph", inlines };
}

function topicPart(check: TopicCheck, n: number): Block[] {
  const blocks: Block[] = [
    { kind: "heading", number: `${n}.`, text: `${check.title}: ${CHECKUP_LABELS[check.status]}`, level: 2 },
    paragraph(text(check.reason)),
  ];
  for (const q of check.clauses)
    blocks.push(
      paragraph(
        text(`The MOU, ${clauseLabel(q)}: `, { bold: true }),
        text(`“${quoteText(q)}”`, { italic: true }),
      ),
    );
  if (check.suggestions.length > 0)
    blocks.push(
      paragraph(
        text("Values it states: ", { bold: true }),
        text(`${check.suggestions.map(valueText).join("; ")}.`),
      ),
    );
  for (const d of check.departures)
    blocks.push(paragraph(text("Departure: ", { bold: true }), text(`${d.message} ${d.recommendation}`)));
  blocks.push(paragraph(text("The recommendation, in short: ", { bold: true }), text(check.summary)));
  return blocks;
}

function statusTable(checks: readonly TopicCheck[]): Block {
  return {
    kind: "table",
    header: ["Topic", "Status", "Where the MOU says it"],
    widths: [3, 2, 3],
    rows: checks.map((c) => [
      [text(c.title)],
      [text(CHECKUP_LABELS[c.status])],
      [text(c.clauses.length > 0 ? c.clauses.map(clauseLabel).join("; ") : "—")],
    ]),
  };
}

function totalsSentence(totals: Readonly<Record<CheckupStatus, number>>): string {
  const n = CHECKUP_STATUSES.reduce((s, k) => s + totals[k], 0);
  return `Of the ${n} topics the NASRO recommendations name, the MOU addresses ${totals.addressed}, partly addresses ${totals.partly} and does not address ${totals.notAddressed}.`;
}

/**
 * The check-up as a document model, rendered by the registry like any other document: totals at
 * the top, a table of every recommended topic, then each topic with the MOU's own words, the
 * values it states, the departures found and our summary of the recommendation; the chosen laws'
 * requirements; the other provisions.
 */
export function buildCheckupDocument(
  result: ImportResult,
  checkup: Checkup,
  options: { date: string },
): MouDocument {
  const title = result.parties.title ? clean(result.parties.title.value) : clean(result.source.name);
  const agencyName = result.parties.agency ? clean(result.parties.agency.value) : "[Agency]";
  const districtName = result.parties.district ? clean(result.parties.district.value) : "[District]";
  const clauses = result.clauses.filter((c) => c.part === "body" || c.part === "exhibit").length;
  const blocks: Block[] = [
    { kind: "title", lines: [CHECKUP_TITLE, "against the NASRO Recommendations", title] },
    {
      kind: "paragraph",
      align: "center",
      inlines: [
        text(
          `${clean(result.source.name)}, imported on ${options.date}: ${clauses} clauses${result.source.pages !== null ? ` on ${result.source.pages} pages` : ""}.`,
          { italic: true },
        ),
      ],
    },
    paragraph(text(totalsSentence(checkup.totals), { bold: true })),
    {
      kind: "table",
      header: ["Status", "Topics"],
      widths: [3, 1],
      rows: CHECKUP_STATUSES.map((s) => [[text(CHECKUP_LABELS[s])], [text(String(checkup.totals[s]))]]),
    },
    paragraph(
      text(
        "Each clause of the MOU was assigned to the topic whose words it uses most; the assignment, the statuses and the values below were found by the software and are for the Parties to confirm. A topic is partly addressed when only a weak or brief match was found, or when a value the MOU states departs from the recommendation. The recommendations are summarised in our own words.",
      ),
    ),
  ];
  const parties = [
    result.parties.agency ? `Agency: ${clean(result.parties.agency.value)}` : null,
    result.parties.district ? `District: ${clean(result.parties.district.value)}` : null,
    result.parties.effectiveDate ? `effective ${result.parties.effectiveDate.value}` : null,
    result.parties.termYears
      ? `term ${result.parties.termYears.value} ${result.parties.termYears.value === 1 ? "year" : "years"}`
      : null,
    ...(["signatory", "approved-as-to-form", "attest"] as const).map((role) => {
      const people = result.parties.signatories.filter((s) => s.role === role);
      const verb =
        role === "signatory" ? "signed by" : role === "attest" ? "attested by" : "approved as to form by";
      return people.length > 0
        ? `${verb} ${people.map((s) => clean([s.name, s.title].filter(Boolean).join(", "))).join("; ")}`
        : null;
    }),
  ].filter((s): s is string => s !== null);
  if (parties.length > 0)
    blocks.push(paragraph(text("As the MOU names them: ", { bold: true }), text(`${parties.join("; ")}.`)));

  blocks.push(
    { kind: "heading", number: null, text: "Topics the Recommendations Name", level: 1 },
    statusTable(checkup.topics),
  );
  checkup.topics.forEach((c, i) => blocks.push(...topicPart(c, i + 1)));

  if (checkup.profiles.length > 0) {
    blocks.push({
      kind: "heading",
      number: null,
      text: "Requirements of the Chosen Laws and Grants",
      level: 1,
    });
    for (const p of checkup.profiles) {
      blocks.push(paragraph(text(`${p.label} (${p.citation}): `, { bold: true }), text(p.summary)));
      const rows = checkup.requirements.filter((r) => r.profileId === p.id);
      if (rows.length === 0)
        blocks.push(
          paragraph(
            text("It names no topic beyond the recommended ones above; check its conditions with counsel."),
          ),
        );
      else
        blocks.push({
          kind: "table",
          header: ["Requirement", "Status", "Why"],
          widths: [4, 2, 3],
          rows: rows.map((r) => [[text(r.requirement)], [text(CHECKUP_LABELS[r.status])], [text(r.reason)]]),
        });
    }
  }

  if (checkup.otherTopics.length > 0) {
    blocks.push(
      { kind: "heading", number: null, text: "Other Topics the MOU Settles", level: 1 },
      paragraph(text("Topics beyond the NASRO list that real agreements and state laws often settle.")),
      statusTable(checkup.otherTopics),
    );
  }
  if (checkup.otherProvisions.length > 0) {
    blocks.push(
      { kind: "heading", number: null, text: "Other Provisions", level: 1 },
      paragraph(text("Clauses that fit no topic. They are kept word for word with the imported MOU.")),
    );
    for (const q of checkup.otherProvisions)
      blocks.push(
        paragraph(text(`${clauseLabel(q)}: `, { bold: true }), text(`“${quoteText(q)}”`, { italic: true })),
      );
  }

  return {
    mode: "draft",
    openItems: [],
    blocks,
    meta: {
      title: `${CHECKUP_TITLE}: ${title}`,
      subject:
        "Check-up of an existing School Resource Officer program MOU against the NASRO recommendations",
      agencyName,
      districtName,
      status: "Draft",
      version: options.date,
      header: `${CHECKUP_TITLE}: ${title}`,
      pageLabel: PAGE_LABEL,
      footer: CHECKUP_FOOTER,
      redline: false,
      author: AUTHOR,
      authorInitials: AUTHOR_INITIALS,
      keywords: ["SRO", "MOU", "NASRO", "check-up", "import"],
      language: LANGUAGE,
    },
  };
}
