import { formatList } from "../format/values";
import { TOPICS } from "../topics";
import { visibleAnswers } from "../topics/define";
import { NASRO, NASRO_FAQ } from "../topics/sources";
import type { Answers, TopicDefinition } from "../topics/types";
import { isIncluded, projectFacts } from "../project/facts";
import type { Agreement, Side, TopicState } from "../project/schema";
import { SIDES, SIDE_NAMES } from "../project/schema";
import type { Block, Inline } from "./ir";
import { text } from "./ir";
import { sanitizeUserText } from "./tokens";

/** Where a topic stands against the recommendation. */
export const ALIGNMENT_STATUSES = [
  "follows",
  "departs-acknowledged",
  "departs-open",
  "not-addressed",
  "left-out-agreed",
  "left-out-open",
] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

export const ALIGNMENT_LABELS: Record<AlignmentStatus, string> = {
  follows: "Follows the recommendation",
  "departs-acknowledged": "Departs, as the Parties acknowledged",
  "departs-open": "Departs; not yet acknowledged",
  "not-addressed": "Not addressed in this MOU",
  "left-out-agreed": "Left out by agreement",
  "left-out-open": "Left out; not yet agreed",
};

/** How a count of topics in each status reads in the summary sentence: one, and more than one. */
const SUMMARY: Record<AlignmentStatus, readonly [string, string]> = {
  follows: ["follows the recommendation", "follow the recommendation"],
  "departs-acknowledged": [
    "departs from it as the Parties acknowledged",
    "depart from it as the Parties acknowledged",
  ],
  "departs-open": [
    "departs from it without the Parties' acknowledgement yet",
    "depart from it without the Parties' acknowledgement yet",
  ],
  "not-addressed": ["is not addressed in this MOU", "are not addressed in this MOU"],
  "left-out-agreed": ["is left out by agreement", "are left out by agreement"],
  "left-out-open": [
    "is left out without both Parties' agreement yet",
    "are left out without both Parties' agreement yet",
  ],
};

export interface DepartureAlignment {
  readonly id: string;
  /** What the MOU provides, stated neutrally. */
  readonly message: string;
  /** What is recommended instead, and by whom. */
  readonly recommendation: string;
  /** The acknowledgement, with the Parties' note as given (user text, sanitized); null while none. */
  readonly acknowledged: { readonly side: Side; readonly note: string } | null;
}

export interface TopicAlignment {
  readonly topicId: string;
  readonly title: string;
  readonly status: AlignmentStatus;
  /** Whose recommendation the topic is measured against: "NASRO", "NASRO (FAQ)", "Common practice". */
  readonly recommendedBy: string;
  /** The departures the MOU makes in this topic; empty unless the status is a departure. */
  readonly departures: readonly DepartureAlignment[];
}

function recommendedBy(topic: TopicDefinition): string {
  if (topic.sources.includes(NASRO)) return "NASRO";
  if (topic.sources.includes(NASRO_FAQ)) return "NASRO (FAQ)";
  return "Common practice";
}

function leftOutStatus(topic: TopicDefinition, state: TopicState | undefined): AlignmentStatus {
  const stances = SIDES.map((s) => state?.positions[s].stance ?? "none");
  // as the open items have it: the side that proposes leaving it out consents, and leaving out a
  // recommended topic, or one a Party acted on, needs both
  if (stances.every((s) => s === "agree" || s === "propose")) return "left-out-agreed";
  const touched = stances.some((s) => s !== "none");
  return topic.required || touched ? "left-out-open" : "not-addressed";
}

/**
 * Every topic, in document order, with where the MOU stands against its recommendation: it
 * follows it, departs from it (each departure acknowledged or not, with the Parties' note), or
 * leaves the topic out (by agreement, not yet agreed, or simply not addressed). Pure.
 */
export function topicAlignment(agreement: Agreement): TopicAlignment[] {
  const facts = projectFacts(agreement);
  return TOPICS.map((topic): TopicAlignment => {
    const state = agreement.topics[topic.id];
    const base = { topicId: topic.id, title: topic.title, recommendedBy: recommendedBy(topic) };
    if (!isIncluded(topic, state)) return { ...base, status: leftOutStatus(topic, state), departures: [] };
    const applying = visibleAnswers(topic.fields, (state?.answers ?? {}) as Answers);
    const acks = state?.acknowledgements ?? [];
    const departures = topic.departures
      .filter((d) => d.applies(applying, facts))
      .map((d): DepartureAlignment => {
        const ack = acks.find((a) => a.departureId === d.id);
        return {
          id: d.id,
          message: d.message,
          recommendation: d.recommendation,
          acknowledged: ack ? { side: ack.side, note: sanitizeUserText(ack.note).trim() } : null,
        };
      });
    const status: AlignmentStatus =
      departures.length === 0
        ? "follows"
        : departures.every((d) => d.acknowledged)
          ? "departs-acknowledged"
          : "departs-open";
    return { ...base, status, departures };
  });
}

/** The number of each topic's first clause, as the MOU's blocks print it ("11.9"). */
export function firstClauseNumbers(blocks: readonly Block[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const b of blocks)
    if (b.kind === "clause" && b.level === 1 && b.topicId && !first.has(b.topicId))
      first.set(b.topicId, b.number);
  return first;
}

/** "The Parties' reason" as the departures table prints it. */
export function reasonText(d: DepartureAlignment): string {
  if (!d.acknowledged) return "Not yet acknowledged.";
  const note = d.acknowledged.note || "No reason given.";
  return `${note} (acknowledged by the ${SIDE_NAMES[d.acknowledged.side]})`;
}

/** Each departure: the topic, what the MOU provides, what is recommended, the Parties' reason. */
export function departuresTable(rows: readonly TopicAlignment[]): Block | null {
  const cells = rows.flatMap((r) =>
    r.departures.map((d) => [
      [text(r.title)],
      [text(d.message)],
      [text(d.recommendation)],
      [text(reasonText(d))],
    ]),
  );
  if (cells.length === 0) return null;
  return {
    kind: "table",
    header: ["Topic", "What the MOU provides", "What is recommended", "The Parties' reason"],
    widths: [3, 4, 4, 4],
    rows: cells,
  };
}

/** Every topic: where its clauses are, whose recommendation it is measured against, its status. */
export function alignmentTable(
  rows: readonly TopicAlignment[],
  numbers: ReadonlyMap<string, string>,
  sectionHeader = "Section",
): Block {
  return {
    kind: "table",
    header: ["Topic", sectionHeader, "Recommended by", "Status"],
    widths: [5, 2, 3, 4],
    rows: rows.map((r) => [
      [text(r.title)],
      [text(numbers.get(r.topicId) ?? "—")],
      [text(r.recommendedBy)],
      [text(ALIGNMENT_LABELS[r.status])],
    ]),
  };
}

/** "Of the 46 topics, 30 follow the recommendation, 4 depart from it as the Parties acknowledged and …" */
export function summarySentence(rows: readonly TopicAlignment[]): string {
  const parts = ALIGNMENT_STATUSES.flatMap((s) => {
    const n = rows.filter((r) => r.status === s).length;
    return n === 0 ? [] : [`${n} ${SUMMARY[s][n === 1 ? 0 : 1]}`];
  });
  return `Of the ${rows.length} topics, ${formatList(parts)}.`;
}

/** What the annex and the report compare the MOU with, and what "follows" means. */
export const ALIGNMENT_BASIS =
  'Each topic is compared with the recommendations of the National Association of School Resource Officers (NASRO), "School Resource Officer Program Recommendations" (2021), and its published answers to frequently asked questions; a topic NASRO does not address is compared with common practice in published SRO agreements and state laws. A topic follows the recommendation when none of the departures checked for that topic applies.';

export const DEPARTURES_HEADING = "Departures and the Parties' Reasons";

/** The departures, under their own heading, with what the Parties said of them. */
export function departuresPart(rows: readonly TopicAlignment[], level: 1 | 2): Block[] {
  const table = departuresTable(rows);
  if (!table) return [];
  const open = rows.some((r) => r.status === "departs-open");
  const intro: Inline[] = [
    text(
      open
        ? "Where the MOU departs from a recommendation, the Parties give their reason when they acknowledge the departure; a departure not yet acknowledged is still open between them."
        : "Where the MOU departs from a recommendation, the Parties did so deliberately, for the reasons given below.",
    ),
  ];
  return [
    { kind: "heading", number: null, text: DEPARTURES_HEADING, level },
    { kind: "paragraph", inlines: intro },
    table,
  ];
}
