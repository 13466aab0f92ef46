import { TOPICS } from "../topics";
import { CROSS_TOPIC_RULES } from "../topics/consistency";
import { getTopic } from "../topics/registry";
import { isBlank, isEmptyRow, isVisible, visibleAnswers } from "../topics/define";
import type { Answers, ProjectFacts, TableField, TableRow, TopicDefinition } from "../topics/types";
import { factsKey, isIncluded, projectFacts } from "./facts";
import { targetKey } from "./merge-targets";
import { checkSource, chosenProfiles, requirementSource } from "../profiles";
import type { ProfileSource } from "../profiles";
import type { Agreement, Baseline, MergeConflict, Message, Side, TopicState } from "./schema";
import { SIDE_NAMES, SIDES } from "./schema";

export const OPEN_REASONS = [
  "question",
  "conflict",
  "required-by-law",
  "blank",
  "invalid",
  "departure",
  "objection",
  "not-agreed",
] as const;
export type OpenReason = (typeof OPEN_REASONS)[number];

export const REASON_LABELS: Record<OpenReason, string> = {
  question: "Question to answer",
  conflict: "Changed differently by both offices",
  "required-by-law": "Required by a chosen law or grant",
  blank: "Required answer missing",
  invalid: "Inconsistent answers",
  departure: "Departure from the recommendation not acknowledged",
  objection: "Objection",
  "not-agreed": "Not yet agreed",
};

export interface OpenItem {
  readonly topicId: string;
  readonly topicTitle: string;
  readonly reason: OpenReason;
  /** The field concerned: a topic field key, or a path such as "parties.agency.name". */
  readonly field: string | null;
  readonly message: string;
  /** Who must act to settle it. */
  readonly waitingOn: readonly Side[];
  readonly note: string | null;
  /** For a chosen law's or grant's demand: the provision, our summary of it, when it was checked. */
  readonly source?: ProfileSource;
}

export { isIncluded };

const PARTY_FIELDS: ReadonlyArray<[string, string, (a: Agreement) => string]> = [
  ["parties.agency.name", "Agency name", (a) => a.parties.agency.name],
  ["parties.district.name", "District name", (a) => a.parties.district.name],
];

/** Blanks in the Parties' details: names, and who signs for each Party. */
function partyBlanks(agreement: Agreement): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const [path, label, read] of PARTY_FIELDS) {
    if (read(agreement).trim() === "") out.push({ field: path, message: `${label} is missing.` });
  }
  for (const side of SIDES) {
    const signs = agreement.parties.signatories.some((s) => s.side === side && s.role === "signatory");
    if (!signs) {
      out.push({
        field: `parties.signatories.${side}`,
        message: `Nobody signs for the ${SIDE_NAMES[side]}: add a signatory.`,
      });
    }
  }
  agreement.parties.signatories.forEach((s, i) => {
    if (s.name.trim() === "") {
      const title = s.title.trim() ? ` (${s.title.trim()})` : "";
      out.push({ field: `signatories[${i}].name`, message: `Signatory ${i + 1}${title} has no name.` });
    }
  });
  agreement.schools.forEach((s, i) => {
    if (s.name.trim() === "")
      out.push({ field: `schools[${i}].name`, message: `School ${i + 1} has no name.` });
  });
  return out;
}

/**
 * An agreement, with the fields a merge left to settle and the conversation between the
 * offices when it is a project's.
 */
export type Draft = Agreement & {
  readonly conflicts?: readonly MergeConflict[];
  readonly conversation?: readonly Message[];
  /** A review's signed version: one imported from an existing MOU carries its wording. */
  readonly baseline?: Pick<Baseline, "imported"> | null;
};

/** The questions on a topic that the other side has not answered. */
function questionItems(topicId: string, agreement: Draft): OpenItem[] {
  const conversation = agreement.conversation ?? [];
  if (conversation.length === 0) return [];
  const answered = new Set(conversation.flatMap((m) => (m.answers === null ? [] : [m.answers])));
  return conversation
    .filter((m) => m.topicId === topicId && m.kind === "question" && !answered.has(m.id))
    .map((m) => {
      const to: Side = m.side === "agency" ? "district" : "agency";
      const asker = m.by ? `${m.by} (${SIDE_NAMES[m.side]})` : `The ${SIDE_NAMES[m.side]}`;
      return {
        topicId,
        topicTitle: getTopic(topicId)?.title ?? topicId,
        reason: "question" as const,
        field: `question.${m.id}`,
        message: `${asker} asks the ${SIDE_NAMES[to]}: ${m.text}`,
        waitingOn: [to],
        note: null,
      };
    });
}

function topicItems(topic: TopicDefinition, agreement: Draft, facts: ProjectFacts): OpenItem[] {
  const state = agreement.topics[topic.id];
  const base = { topicId: topic.id, topicTitle: topic.title, note: null } as const;
  const both: readonly Side[] = SIDES;
  // a question stays open even when the topic is left out
  const items: OpenItem[] = questionItems(topic.id, agreement);
  // a field both offices changed differently stays open even when the topic is left out
  for (const c of agreement.conflicts ?? []) {
    if ((c.topicId ?? (topic.coversParties ? topic.id : null)) !== topic.id) continue;
    items.push({
      ...base,
      reason: "conflict",
      field: targetKey(c.target),
      message: `${c.label}: both offices changed this differently; choose which stands.`,
      waitingOn: both,
    });
  }
  const included = isIncluded(topic, state);
  const answers: Answers = (state?.answers ?? {}) as Answers;
  const applying = visibleAnswers(topic.fields, answers);
  for (const profile of chosenProfiles(agreement.profiles)) {
    if (!included && profile.requires.includes(topic.id)) {
      const source = requirementSource(profile, topic.id);
      items.push({
        ...base,
        reason: "required-by-law",
        field: profile.id,
        message: `${profile.label}: the MOU must cover this topic (${source.citation}). Include it.`,
        waitingOn: both,
        source,
      });
    }
    for (const check of profile.checks) {
      if (included && check.topicId === topic.id && check.fails(applying)) {
        const source = checkSource(profile, check);
        items.push({
          ...base,
          reason: "required-by-law",
          field: profile.id,
          message: `${check.message} (${source.citation})`,
          waitingOn: both,
          source,
        });
      }
    }
  }
  if (!included) {
    // leaving a recommended topic out, or one a party acted on, needs both Parties' consent
    const touched = SIDES.some((s) => (state?.positions[s].stance ?? "none") !== "none");
    if (topic.required || touched) items.push(...positionItems(state, base, " to leave this topic out"));
    return items;
  }

  // in a review of an imported MOU, a topic that has no answers yet keeps its imported wording: it
  // is the signed text, so the questions the wizard asks are not blanks of it
  if (
    !topic.coversParties &&
    Object.keys(answers).length === 0 &&
    (agreement.baseline?.imported?.topics[topic.id]?.length ?? 0) > 0
  ) {
    items.push(...positionItems(state, base, ""));
    return items;
  }

  // a blank is for the side drafting the topic to fill; a Party's own details, for that Party
  const drafting: readonly Side[] = [drafter(state)];
  if (topic.coversParties) {
    for (const b of partyBlanks(agreement))
      items.push({ ...base, reason: "blank", ...b, waitingOn: ownerOf(b.field, drafting) });
  }
  for (const field of topic.fields) {
    if (field.required && isVisible(field, answers) && isBlank(answers[field.key])) {
      items.push({
        ...base,
        reason: "blank",
        field: field.key,
        message: `${field.label} is missing.`,
        waitingOn: drafting,
      });
    }
    if (field.kind === "table" && isVisible(field, answers))
      for (const b of rowBlanks(field, answers[field.key]))
        items.push({ ...base, reason: "blank", ...b, waitingOn: drafting });
  }
  for (const rule of topic.rules) {
    if (rule.fails(applying, facts)) {
      items.push({
        ...base,
        reason: "invalid",
        field: null,
        message: rule.message(applying, facts),
        waitingOn: both,
      });
    }
  }
  const acknowledged = new Set(state?.acknowledgements.map((a) => a.departureId));
  for (const d of topic.departures) {
    if (d.applies(applying, facts) && !acknowledged.has(d.id)) {
      items.push({
        ...base,
        reason: "departure",
        field: d.id,
        message: `${d.message} ${d.recommendation} Acknowledge the departure if it is deliberate.`,
        waitingOn: both,
      });
    }
  }
  items.push(...crossTopicItems(topic, agreement, facts, base));
  items.push(...positionItems(state, base, ""));
  return items;
}

/** Contradictions between this topic's clauses and an earlier topic's, on this (the later) topic. */
function crossTopicItems(
  topic: TopicDefinition,
  agreement: Draft,
  facts: ProjectFacts,
  base: ItemBase,
): OpenItem[] {
  const answersOf = (id: string): Answers => {
    const t = getTopic(id);
    const a = (agreement.topics[id]?.answers ?? {}) as Answers;
    return t ? visibleAnswers(t.fields, a) : a;
  };
  const inMou = (id: string) => {
    const t = getTopic(id);
    return t !== undefined && isIncluded(t, agreement.topics[id]);
  };
  return CROSS_TOPIC_RULES.filter(
    (r) => r.topics[1] === topic.id && inMou(r.topics[0]) && r.fails(answersOf, facts),
  ).map((r) => ({
    ...base,
    reason: "invalid" as const,
    field: r.id,
    message: `${r.message(answersOf, facts)} (${getTopic(r.topics[0])?.title ?? r.topics[0]} and ${topic.title})`,
    waitingOn: SIDES,
  }));
}

type ItemBase = Pick<OpenItem, "topicId" | "topicTitle" | "note">;

/**
 * A row of a table that says something but not what it is: its first column (the course, the
 * cost item, the post) is blank. An empty row answers nothing and is left alone.
 */
function rowBlanks(field: TableField, value: unknown): { field: string; message: string }[] {
  const first = field.columns[0];
  if (!first || !Array.isArray(value)) return [];
  return (value as readonly TableRow[]).flatMap((row, r) => {
    if (isEmptyRow(row) || !isBlank(row[first.key] ?? null)) return [];
    return [
      {
        field: `${field.key}.${r}.${first.key}`,
        message: `${field.rowLabel} ${r + 1}: ${first.label} is missing.`,
      },
    ];
  });
}

/**
 * The side drafting a topic: the one whose proposal stands, or the agency before anyone has
 * proposed (the agency drafts by custom, and someone must be asked first).
 */
export function drafter(state: TopicState | undefined): Side {
  const p = state?.positions;
  return p?.district.stance === "propose" && p.agency.stance !== "propose" ? "district" : "agency";
}

/** A Party's own details (its name, its signatory) wait on that Party; the rest on the drafter. */
function ownerOf(field: string, drafting: readonly Side[]): readonly Side[] {
  for (const side of SIDES)
    if (field.startsWith(`parties.${side}.`) || field === `parties.signatories.${side}`) return [side];
  return drafting;
}

/** How soon an open item needs a person: an objection first, a blank last. */
const URGENCY: Record<OpenReason, number> = {
  objection: 0,
  question: 0,
  conflict: 1,
  invalid: 2,
  "required-by-law": 3,
  "not-agreed": 4,
  departure: 5,
  blank: 6,
};

/** Open items, most urgent first (objections, conflicts, contradictions … blanks); stable. */
export function rankOpenItems(items: readonly OpenItem[]): OpenItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => URGENCY[a.item.reason] - URGENCY[b.item.reason] || a.i - b.i)
    .map((x) => x.item);
}

/** Objections, and the sides that have not agreed yet (to the text, or to leaving the topic out). */
function positionItems(state: TopicState | undefined, base: ItemBase, what: string): OpenItem[] {
  const items: OpenItem[] = [];
  const silent: Side[] = [];
  for (const side of SIDES) {
    const position = state?.positions[side];
    if (!position || position.stance === "none") silent.push(side);
    else if (position.stance === "object") {
      const other: Side = side === "agency" ? "district" : "agency";
      items.push({
        ...base,
        reason: "objection",
        field: null,
        message: `The ${SIDE_NAMES[side]} objects${position.note ? `: ${position.note}` : "."}`,
        waitingOn: [other],
        note: position.note || null,
      });
    }
  }
  if (silent.length > 0) {
    const who = silent.map((s) => `the ${SIDE_NAMES[s]}`).join(" and ");
    items.push({
      ...base,
      reason: "not-agreed",
      field: null,
      message: `Waiting for ${who} to agree${what}.`,
      waitingOn: silent,
    });
  }
  return items;
}

/** The open items of each agreement seen (an immutable value), worked out once. */
const known = new WeakMap<Draft, readonly OpenItem[]>();

/** The topics whose answers each topic's cross-topic rules read (besides its own). */
const PEERS: ReadonlyMap<string, readonly string[]> = new Map(
  TOPICS.map((t) => [t.id, CROSS_TOPIC_RULES.filter((r) => r.topics[1] === t.id).map((r) => r.topics[0])]),
);

/**
 * Everything a topic's open items are worked out from besides its own state: the same values
 * (by identity, as updates are immutable; the facts by their words) give the same items.
 */
function inputsOf(topic: TopicDefinition, agreement: Draft, factsKey: string): readonly unknown[] {
  return [
    factsKey,
    agreement.conversation,
    agreement.conflicts,
    agreement.profiles,
    agreement.baseline?.imported,
    ...(topic.coversParties ? [agreement.parties, agreement.schools] : []),
    ...(PEERS.get(topic.id) ?? []).map((id) => agreement.topics[id]),
  ];
}

/** A topic's open items, by its state: an edit to one topic works out that topic's items again. */
const byTopic = new WeakMap<object, { readonly inputs: readonly unknown[]; readonly items: OpenItem[] }>();

function topicItemsOnce(topic: TopicDefinition, agreement: Draft, facts: ProjectFacts, factsKey: string) {
  const state = agreement.topics[topic.id];
  if (!state) return topicItems(topic, agreement, facts);
  const inputs = inputsOf(topic, agreement, factsKey);
  const hit = byTopic.get(state);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((v, i) => v === inputs[i]))
    return hit.items;
  const items = topicItems(topic, agreement, facts);
  byTopic.set(state, { inputs, items });
  return items;
}

/**
 * Everything unresolved in the MOU, topic by topic, in document order. Pure; the topic list, the
 * preview and an export of the same project share one list.
 */
export function openItems(agreement: Draft): readonly OpenItem[] {
  const hit = known.get(agreement);
  if (hit) return hit;
  const facts = projectFacts(agreement);
  const key = factsKey(facts);
  const items = Object.freeze(TOPICS.flatMap((t) => topicItemsOnce(t, agreement, facts, key)));
  known.set(agreement, items);
  return items;
}

export function openItemsOf(topicId: string, agreement: Draft): OpenItem[] {
  const topic = TOPICS.find((t) => t.id === topicId);
  return topic ? topicItems(topic, agreement, projectFacts(agreement)) : [];
}
