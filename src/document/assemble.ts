import { TOPICS } from "../topics";
import { isBlank, isVisible } from "../topics/define";
import type { Answers, TableField, TopicDefinition } from "../topics/types";
import { GROUP_TITLES, TOPIC_GROUPS } from "../topics/types";
import { formatDate, formatNumber } from "../format/values";
import { factsKey as keyOfFacts, projectFacts } from "../project/facts";
import type { OpenItem } from "../project/open-items";
import { REASON_LABELS, isIncluded, openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import { isKnownValid, markValid } from "../project/validated";
import { SCHOOL_LEVEL_NAMES, exhibitRows, signatureBlocks } from "./parts";
import type { Block, DocumentMode, Flag, Inline, MouDocument } from "./ir";
import { text } from "./ir";
import { buildTemplateContext } from "./template-context";
import { renderTemplate } from "./templates";
import { definitions } from "./definitions";
import { punctuateLists } from "./lists";
import { flagOf, markOpenItems, openItemsSection } from "./open-marks";
import type { PlannedTopic } from "./annexes";
import { alignmentAnnex, departuresAnnex, reviewAppendix } from "./annexes";
import { sanitizeUserText, splitTokens } from "./tokens";
import { fingerprintOf } from "./text";
import {
  AUTHOR,
  AUTHOR_INITIALS,
  DRAFT_FOOTER,
  LANGUAGE,
  PAGE_LABEL,
  SIGNATURE_LABELS,
  fingerprintFooter,
  makeFlag,
} from "./words";

/**
 * Project updates are immutable, so an unchanged topic keeps its answers object: its validation
 * and rendered clauses are remembered, and the live preview re-renders only what was edited.
 */
const rendered = new WeakMap<object, { key: string; lines: string[] }>();

function clauseLines(
  topic: TopicDefinition,
  answers: Answers,
  facts: ReturnType<typeof projectFacts>,
  factsKey: string,
  exhibits: ReadonlyMap<string, string>,
): string[] {
  const key = `${topic.id}\u0000${factsKey}\u0000${exhibits.size === 0 ? "" : JSON.stringify([...exhibits])}`;
  const hit = rendered.get(answers);
  if (hit && hit.key === key) return hit.lines;
  const lines = renderTemplate(topic.template, buildTemplateContext(topic, answers, facts, exhibits));
  rendered.set(answers, { key, lines });
  return lines;
}

export class OpenItemsError extends Error {
  constructor(readonly items: readonly OpenItem[]) {
    super(`The MOU still has ${items.length} open item(s); a signature-ready version needs none.`);
  }
}

export interface AssembleOptions {
  readonly mode: DocumentMode;
  /** Number each open item of a draft where it sits ("[Open 3]"); the review assembler does it last. */
  readonly openMarks?: boolean;
  /** Print the annex of departures from the recommendations, with the Parties' reasons. */
  readonly departuresAnnex?: boolean;
  /** Print the alignment annex: every topic against its recommendation, then the departures (instead of the departures annex). */
  readonly alignmentAnnex?: boolean;
  /** Shown in the document properties, e.g. "2026-27 draft 3". */
  readonly version?: string;
}

/** Marks a cross-reference until the clauses are numbered; never in user text (private use). */
const REF = "\uE002";
/** Marks the clause a label names ("parties-and-term#exhibit-changes") until the clauses are numbered. */
const LABEL = "\uE003";
const UNRESOLVED = "[a clause this MOU does not contain]";

/** "5.6 (Selection of SROs)": the clause cited, with its topic's title to say what is there. */
function refText(target: string, numbers: ReadonlyMap<string, string>): string {
  const number = numbers.get(target);
  const title = TOPICS.find((t) => t.id === target.split("#")[0])?.title;
  return number && title ? `${number} (${title})` : UNRESOLVED;
}

/**
 * Replaces each cross-reference with the number of the clause it cites: the first clause of the
 * topic it names ("7.3"), or the clause a label marks in it ("7.5", "7.5(b)").
 */
function resolveRefs(blocks: Block[]): Block[] {
  const numbers = new Map<string, string>();
  let level1 = "";
  for (const b of blocks) {
    if (b.kind !== "clause") continue;
    if (b.level === 1) level1 = b.number;
    if (b.level === 1 && b.topicId && !numbers.has(b.topicId)) numbers.set(b.topicId, b.number);
    for (const i of b.inlines)
      if (i.kind === "text" && i.text.startsWith(LABEL))
        numbers.set(i.text.slice(1), b.level === 1 ? b.number : `${level1}${b.number}`);
  }
  const marked = (i: Inline) => i.kind === "text" && (i.text.startsWith(LABEL) || i.text.startsWith(REF));
  const fix = (inlines: readonly Inline[]): Inline[] =>
    inlines
      .filter((i) => !(i.kind === "text" && i.text.startsWith(LABEL)))
      .map((i) =>
        i.kind === "text" && i.text.startsWith(REF) ? { ...i, text: refText(i.text.slice(1), numbers) } : i,
      );
  return blocks.map((b) =>
    (b.kind === "clause" || b.kind === "paragraph") && b.inlines.some(marked)
      ? { ...b, inlines: fix(b.inlines) }
      : b,
  );
}

/** a, b, … z, aa, ab: as a word processor letters the 27th item of a list. */
function subLetter(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

function letter(n: number): string {
  return String.fromCharCode("A".charCodeAt(0) + n);
}

interface TopicPlan extends PlannedTopic {
  readonly exhibits: Map<string, string>;
}

/** The inlines of a topic's remembered clause lines that have no blank, by line. */
const plainInlines = new WeakMap<readonly string[], Array<Inline[] | undefined>>();

function linesInlines(lines: readonly string[]): Array<Inline[] | undefined> {
  const known = plainInlines.get(lines);
  if (known) return known;
  const fresh: Array<Inline[] | undefined> = [];
  plainInlines.set(lines, fresh);
  return fresh;
}

/** Turns one rendered clause line into inlines, resolving blank tokens to flagged blanks. */
function lineInlines(
  line: string,
  topic: TopicDefinition,
  items: readonly OpenItem[],
  placed: Set<OpenItem>,
  all: readonly OpenItem[],
): Inline[] {
  return splitTokens(line).map((piece): Inline => {
    if ("text" in piece) return text(piece.text);
    if ("ref" in piece) return text(`${REF}${piece.ref}${piece.label ? `#${piece.label}` : ""}`);
    if ("label" in piece) return text(`${LABEL}${topic.id}#${piece.label}`);
    const field = topic.fields.find((f) => f.key === piece.blank);
    const item = items.find((i) => i.reason === "blank" && i.field === piece.blank);
    if (item) placed.add(item);
    const flags: Flag[] = item
      ? [flagOf(item, all)]
      : [makeFlag(REASON_LABELS.blank, `${field?.label ?? piece.blank} is missing.`, ["agency", "district"])];
    return { kind: "blank", label: field?.label ?? piece.blank, flags };
  });
}

/** Builds the document model of the MOU. It decides all content; renderers only format it. */
export function assemble(project: Project, options: AssembleOptions): MouDocument {
  const items = openItems(project);
  if (options.mode === "final" && items.length > 0) throw new OpenItemsError(items);
  const facts = projectFacts(project);
  // what every topic's remembered clauses were rendered with, worked out once per document
  const factsKey = keyOfFacts(facts);
  const { agency, district } = project.parties;
  const placed = new Set<OpenItem>();
  const partyBlank = (path: string, label: string, value: string): Inline => {
    if (value.trim() !== "") return text(sanitizeUserText(value));
    const item = items.find((i) => i.field === path);
    if (item) placed.add(item);
    return { kind: "blank", label, flags: item ? [flagOf(item, items)] : [] };
  };

  // Exhibits: A is always the schedule of schools; each table answer adds the next letter.
  let exhibitCount = 1;
  const plans: TopicPlan[] = [];
  const exhibitBlocks: Block[] = [];
  for (const topic of TOPICS) {
    const state = project.topics[topic.id];
    if (!isIncluded(topic, state)) continue;
    const answers = (state?.answers ?? {}) as Answers;
    // templates render only validated data; loadProject and the actions keep it so
    const valid = isKnownValid(answers) ? { success: true as const } : topic.schema.safeParse(answers);
    if (valid.success) markValid(answers);
    else {
      const where = valid.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`The answers of "${topic.title}" are not valid (${where}).`);
    }
    const exhibits = new Map<string, string>();
    for (const field of topic.fields) {
      if (field.kind !== "table" || !isVisible(field, answers) || isBlank(answers[field.key])) continue;
      const name = `Exhibit ${letter(exhibitCount++)}`;
      exhibits.set(field.key, name);
      exhibitBlocks.push(...tableExhibit(name, field, answers));
    }
    plans.push({ topic, answers, exhibits });
  }

  const blocks: Block[] = [];
  const agencyName = agency.name.trim() || "[Agency]";
  const districtName = district.name.trim() || "[District]";
  blocks.push({
    kind: "title",
    lines: [
      facts.documentKind,
      `between ${sanitizeUserText(agencyName)} and ${sanitizeUserText(districtName)}`,
      "for a School Resource Officer Program",
    ],
  });
  const termLine = [
    facts.effectiveDate ? `Effective ${formatDate(facts.effectiveDate)}` : "Effective date not yet answered",
    facts.termYears
      ? `term of ${facts.termYears} ${facts.termYears === 1 ? "year" : "years"}`
      : "term not yet answered",
  ].join("; ");
  blocks.push({ kind: "paragraph", align: "center", inlines: [text(termLine, { italic: true })] });
  if (options.mode === "draft") blocks.push(...openItemsSection(items));

  blocks.push({
    kind: "paragraph",
    inlines: [
      text(`This ${facts.documentKind} is made between `),
      partyBlank("parties.agency.name", "Agency name", agency.name),
      ...(agency.address.trim() ? [text(`, of ${sanitizeUserText(agency.address)}`)] : []),
      text(' ("the Agency"), and '),
      partyBlank("parties.district.name", "District name", district.name),
      ...(district.address.trim() ? [text(`, of ${sanitizeUserText(district.address)}`)] : []),
      text(' ("the District"), each a "Party" and together the "Parties".'),
    ],
  });
  const recitals = plans.flatMap((p) =>
    (p.topic.recitals?.(p.answers, facts) ?? []).map((r) => sanitizeUserText(r)),
  );
  if (recitals.length > 0) blocks.push({ kind: "heading", number: null, text: "Background", level: 1 });
  recitals.forEach((r, i) =>
    blocks.push({
      kind: "clause",
      level: 1,
      number: `${letter(i)}.`,
      inlines: [text(r)],
      topicId: null,
      listed: { list: "recitals", level: 0 },
    }),
  );

  // 1. Definitions go here once the rest is written: only the terms the MOU uses
  const definitionsAt = blocks.length;

  let section = 1;
  for (const group of TOPIC_GROUPS) {
    const inGroup = plans.filter((p) => p.topic.group === group);
    if (inGroup.length === 0) continue;
    section += 1;
    blocks.push({
      kind: "heading",
      number: `${section}.`,
      text: GROUP_TITLES[group],
      level: 1,
      listed: { list: "body", level: 0 },
    });
    let clause = 0;
    for (const plan of inGroup) {
      const { topic, answers, exhibits } = plan;
      const topicItems = items.filter((i) => i.topicId === topic.id);
      const lines = clauseLines(topic, answers, facts, factsKey, exhibits);
      const custom = sanitizeUserText(project.topics[topic.id]?.customClause ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
      const clauseBlocks: Block[] = [];
      let sub = 0;
      const known = linesInlines(lines);
      for (const [k, line] of [...lines, ...custom].entries()) {
        const isSub = line.startsWith("- ") && clause > 0 && clauseBlocks.length > 0;
        const body = line.startsWith("- ") ? line.slice(2) : line;
        const inlines = known[k] ?? lineInlines(body, topic, topicItems, placed, items);
        // a template line without blanks reads the same whatever is open: remember it with the lines
        if (k < lines.length && known[k] === undefined && !inlines.some((i) => i.kind === "blank"))
          known[k] = inlines;
        if (isSub) {
          sub += 1;
          clauseBlocks.push({
            kind: "clause",
            level: 2,
            number: `(${subLetter(sub)})`,
            inlines,
            topicId: topic.id,
            listed: { list: "body", level: 2 },
          });
        } else {
          clause += 1;
          sub = 0;
          clauseBlocks.push({
            kind: "clause",
            level: 1,
            number: `${section}.${clause}`,
            inlines,
            topicId: topic.id,
            listed: { list: "body", level: 1 },
          });
        }
      }
      // Items not shown at a blank are flagged on the topic's run-in heading.
      const headingFlags = topicItems.filter((i) => !placed.has(i)).map((i) => flagOf(i, items));
      const heading = text(`${topic.title}. `, {
        bold: true,
        ...(headingFlags.length > 0 ? { flags: headingFlags } : {}),
      });
      const first = clauseBlocks[0];
      if (first && first.kind === "clause") {
        clauseBlocks[0] = { ...first, inlines: [heading, ...first.inlines] };
      } else {
        clause += 1;
        clauseBlocks.push({
          kind: "clause",
          level: 1,
          number: `${section}.${clause}`,
          inlines: [heading],
          topicId: topic.id,
          listed: { list: "body", level: 1 },
        });
      }
      blocks.push(...clauseBlocks);
    }
  }

  blocks.push({ kind: "heading", number: null, text: "Signatures", level: 1 });
  blocks.push({
    kind: "paragraph",
    inlines: [
      text(
        "The Parties have signed this MOU by their authorized representatives on the dates written below.",
      ),
    ],
  });
  if (options.mode === "final") {
    blocks.push({
      kind: "paragraph",
      inlines: [
        text(
          "The fingerprint at the foot of each page identifies the agreed text: it is computed from every word of this MOU (SHA-256, first 16 characters), so a copy whose words differ in any way has a different fingerprint. Each signer can check that the fingerprint on the pages signed is the one both Parties agreed.",
          { italic: true },
        ),
      ],
    });
  }
  blocks.push({ kind: "signatures", blocks: signatureBlocks(project), labels: SIGNATURE_LABELS });

  blocks.push({ kind: "pageBreak" });
  blocks.push({
    kind: "heading",
    number: null,
    text: "Exhibit A: Schedule of Schools and Officers",
    level: 1,
  });
  blocks.push({
    kind: "table",
    header: ["School", "Level", "Address", "SROs assigned"],
    widths: [4, 2, 5, 2],
    rows: [
      ...project.schools.map((s) => [
        [text(sanitizeUserText(s.name) || "[unnamed school]")],
        [text(SCHOOL_LEVEL_NAMES[s.level])],
        [text(sanitizeUserText(s.address))],
        [text(formatNumber(s.officers))],
      ]),
      [
        [text("Total", { bold: true })],
        [text("")],
        [text("")],
        [text(formatNumber(facts.totalOfficers), { bold: true })],
      ],
    ],
  });
  blocks.push(...exhibitBlocks);

  if (project.review) blocks.push(...reviewAppendix(project, plans));
  // an annex explains the MOU: its words (topic titles among them) define no term of the MOU
  const annex = options.alignmentAnnex
    ? alignmentAnnex(project, blocks)
    : options.departuresAnnex
      ? departuresAnnex(project)
      : [];
  blocks.splice(0, blocks.length, ...punctuateLists(resolveRefs(blocks)));
  blocks.splice(definitionsAt, 0, ...definitions(blocks, facts));
  blocks.push(...annex);

  const status = options.mode === "final" ? "Signature-ready" : "Draft";
  const title = `${facts.documentKind} between ${agencyName} and ${districtName} for a School Resource Officer Program`;
  const print = options.mode === "final" ? fingerprintOf(blocks) : undefined;
  const doc: MouDocument = {
    mode: options.mode,
    openItems: items,
    blocks,
    meta: {
      title,
      subject: "School Resource Officer program MOU",
      agencyName,
      districtName,
      status,
      version: options.version ?? project.updatedAt.slice(0, 10),
      header: `SRO Program MOU: ${agencyName} and ${districtName}${options.mode === "draft" ? " (DRAFT)" : ""}`,
      pageLabel: PAGE_LABEL,
      footer: print ? fingerprintFooter(print.short) : DRAFT_FOOTER,
      ...(print ? { fingerprint: print } : {}),
      redline: false,
      author: AUTHOR,
      authorInitials: AUTHOR_INITIALS,
      keywords: ["SRO", "MOU", agencyName, districtName, status, ...(print ? [print.short] : [])],
      language: LANGUAGE,
    },
  };
  return options.openMarks === false ? doc : markOpenItems(doc);
}

/** A table answer's exhibit, remembered with the topic's answers (they are never changed in place). */
const exhibitCache = new WeakMap<object, Map<string, Block[]>>();

function tableExhibit(name: string, field: TableField, answers: Answers): Block[] {
  const key = `${field.key}\u0000${name}`;
  let known = exhibitCache.get(answers);
  const hit = known?.get(key);
  if (hit) return hit;
  const blocks = exhibitBlocksOf(name, field, answers);
  if (!known) exhibitCache.set(answers, (known = new Map()));
  known.set(key, blocks);
  return blocks;
}

function exhibitBlocksOf(name: string, field: TableField, answers: Answers): Block[] {
  const rows = exhibitRows(field, answers);
  return [
    { kind: "pageBreak" },
    { kind: "heading", number: null, text: `${name}: ${field.exhibitTitle}`, level: 1 },
    {
      kind: "table",
      header: field.columns.map((c) => c.label),
      widths: field.columns.map((c) => (c.kind === "text" ? 4 : 2)),
      rows: rows.map((r) => r.map((cell) => [text(cell)])),
    },
  ];
}
