import { NASRO } from "../topics/sources";
import { TOPICS } from "../topics";
import { recommendedAnswers } from "../topics/registry";
import type { Answers, ProjectFacts, TopicDefinition } from "../topics/types";
import type { RequirementProfile } from "../profiles";
import type { ImportResult, ImportedClause, SuggestedAnswer } from "./types";

export const CHECKUP_STATUSES = ["addressed", "partly", "notAddressed"] as const;
export type CheckupStatus = (typeof CHECKUP_STATUSES)[number];
export const CHECKUP_LABELS: Record<CheckupStatus, string> = {
  addressed: "Addressed",
  partly: "Partly addressed",
  notAddressed: "Not addressed",
};

/** A clause of the MOU quoted as evidence. */
export interface QuotedClause {
  readonly clauseId: string;
  /** "Section 4.01", "4.2(a)", or null for an unnumbered paragraph. */
  readonly number: string | null;
  readonly heading: string | null;
  readonly page: number | null;
  readonly part: ImportedClause["part"];
  readonly text: string;
  readonly confidence: number;
}

export interface FoundDeparture {
  readonly id: string;
  readonly message: string;
  readonly recommendation: string;
  /** The suggested values that show it. */
  readonly suggestionIds: readonly string[];
}

export interface TopicCheck {
  readonly topicId: string;
  readonly title: string;
  /** Our short summary of the recommendation: the first sentences of the topic's guidance. */
  readonly summary: string;
  readonly status: CheckupStatus;
  /** Why this status, in a sentence. */
  readonly reason: string;
  readonly clauses: readonly QuotedClause[];
  readonly suggestions: readonly SuggestedAnswer[];
  readonly departures: readonly FoundDeparture[];
}

export interface RequirementCheck {
  readonly profileId: string;
  readonly profileLabel: string;
  readonly topicId: string;
  readonly topicTitle: string;
  /** What the law or grant asks, in a sentence. */
  readonly requirement: string;
  readonly status: CheckupStatus;
  readonly reason: string;
}

export interface Checkup {
  /** The topics the recommendations name, in the order of the MOU. */
  readonly topics: readonly TopicCheck[];
  /** Other topics (common practice) the imported MOU addresses. */
  readonly otherTopics: readonly TopicCheck[];
  readonly requirements: readonly RequirementCheck[];
  readonly profiles: readonly RequirementProfile[];
  readonly totals: Readonly<Record<CheckupStatus, number>>;
  /** Clauses that fit no topic: kept verbatim as other provisions. */
  readonly otherProvisions: readonly QuotedClause[];
}

/** A clause counts as evidence from this confidence on; below, it only partly addresses a topic. */
export const CLEAR_MATCH = 0.35;
/** Fewer words than this only mention a topic. */
export const BRIEF_WORDS = 12;

/**
 * The topic's guidance cut to its first sentences (at most about 300 characters): the
 * recommendation itself, before the reasons and the options.
 */
export function shortSummary(summary: string): string {
  const sentences = summary.match(/[^.!?]+(?:[.!?]+(?=\s+[A-Z]|\s*$))/g) ?? [summary];
  let out = "";
  for (const s of sentences) {
    if (out !== "" && out.length + s.length > 300) break;
    out += s;
  }
  return out.trim();
}

const isRecommended = (t: TopicDefinition) => t.required && t.sources.includes(NASRO);

/** The number a reader cites: "4.2(a)" for the "(a)" under 4.2, "Exhibit A" for an exhibit's paragraph. */
export function citedNumber(c: ImportedClause, byId: ReadonlyMap<string, ImportedClause>): string | null {
  const parent = c.parentId ? byId.get(c.parentId) : undefined;
  if (c.number === null) return c.exhibit !== null && parent?.number ? parent.number : null;
  if (/^\(/.test(c.number) && parent) {
    const up = citedNumber(parent, byId);
    return up ? `${up}${c.number}` : c.number;
  }
  return c.number;
}

function quote(
  c: ImportedClause,
  confidence: number,
  byId: ReadonlyMap<string, ImportedClause>,
): QuotedClause {
  return {
    clauseId: c.id,
    number: citedNumber(c, byId),
    heading: c.heading,
    page: c.page,
    part: c.part,
    text: c.text,
    confidence,
  };
}

/** The departures the suggested values show: those that apply with them and not with the recommended answers. */
function departuresOf(
  topic: TopicDefinition,
  suggestions: readonly SuggestedAnswer[],
  facts: ProjectFacts,
): FoundDeparture[] {
  const recommended = recommendedAnswers(topic);
  const stated: Record<string, Answers[string]> = {};
  for (const s of suggestions)
    if (s.fieldKey !== null && !s.fieldKey.includes(".")) stated[s.fieldKey] = s.value;
  if (Object.keys(stated).length === 0) return [];
  const answers: Answers = { ...recommended, ...stated };
  return topic.departures
    .filter((d) => {
      try {
        return d.applies(answers, facts) && !d.applies(recommended, facts);
      } catch {
        return false;
      }
    })
    .map((d) => ({
      id: d.id,
      message: d.message,
      recommendation: d.recommendation,
      suggestionIds: suggestions.filter((s) => s.fieldKey !== null && s.fieldKey in stated).map((s) => s.id),
    }));
}

function checkTopic(topic: TopicDefinition, result: ImportResult, facts: ProjectFacts): TopicCheck {
  const byId = new Map(result.clauses.map((c) => [c.id, c]));
  const quoted = result.mappings
    .filter((m) => m.topicId === topic.id)
    .flatMap((m) => {
      const c = byId.get(m.clauseId);
      // the recitals speak of the program in general: evidence only of the parties and the term
      const recital = c?.part === "preamble" && topic.id !== "parties-and-term";
      return c && !recital && c.text.trim() !== "" ? [quote(c, m.confidence, byId)] : [];
    });
  const suggestions = result.suggestions.filter((s) => s.topicId === topic.id);
  // a clause assigned elsewhere that states a value of this topic speaks to it too
  for (const s of suggestions) {
    const c = byId.get(s.clauseId);
    if (c && !quoted.some((q) => q.clauseId === c.id)) quoted.push(quote(c, 0, byId));
  }
  quoted.sort((a, b) => Number(a.clauseId.slice(1)) - Number(b.clauseId.slice(1)));
  const departures = departuresOf(topic, suggestions, facts);
  const clear = quoted.filter((q) => q.confidence >= CLEAR_MATCH);
  const words = quoted.reduce((n, q) => n + q.text.split(/\s+/).length, 0);
  let status: CheckupStatus;
  let reason: string;
  if (quoted.length === 0) {
    status = "notAddressed";
    reason = "No clause of the MOU was found on this topic.";
  } else if (departures.length > 0) {
    status = "partly";
    reason = `The MOU addresses the topic but departs from the recommendation (${departures.length === 1 ? "1 departure" : `${departures.length} departures`} below).`;
  } else if (clear.length === 0) {
    status = "partly";
    reason = "Only a weak match was found: confirm that the quoted words settle the topic.";
  } else if (words < BRIEF_WORDS) {
    status = "partly";
    reason = "The MOU mentions the topic only briefly.";
  } else {
    status = "addressed";
    reason = `The MOU settles the topic in ${quoted.length === 1 ? "1 clause" : `${quoted.length} clauses`}, with no departure found in the values it states.`;
  }
  return {
    topicId: topic.id,
    title: topic.title,
    summary: shortSummary(topic.summary),
    status,
    reason,
    clauses: quoted,
    suggestions,
    departures,
  };
}

/** Applies a profile check to the values the MOU states: met, departs, or cannot be told from the text. */
function checkRequirement(
  profile: RequirementProfile,
  topicCheck: TopicCheck | undefined,
  topic: TopicDefinition,
  requirement: string,
  fails: ((answers: Answers) => boolean) | null,
): RequirementCheck {
  const base = {
    profileId: profile.id,
    profileLabel: profile.label,
    topicId: topic.id,
    topicTitle: topic.title,
    requirement,
  };
  if (!topicCheck || topicCheck.status === "notAddressed")
    return { ...base, status: "notAddressed", reason: "The MOU has no clause on this topic." };
  if (fails === null) return { ...base, status: topicCheck.status, reason: topicCheck.reason };
  const stated: Record<string, Answers[string]> = {};
  for (const s of topicCheck.suggestions)
    if (s.fieldKey !== null && !s.fieldKey.includes(".")) stated[s.fieldKey] = s.value;
  const recommended = recommendedAnswers(topic);
  const safe = (a: Answers) => {
    try {
      return fails(a);
    } catch {
      return true;
    }
  };
  if (!safe(stated)) return { ...base, status: "addressed", reason: "The values the MOU states meet it." };
  if (safe({ ...recommended, ...stated }) && !safe(recommended))
    return { ...base, status: "partly", reason: "The values the MOU states do not meet it." };
  return {
    ...base,
    status: "partly",
    reason: "The MOU addresses the topic, but its text does not show that this is met: confirm it.",
  };
}

/**
 * The check-up of an imported MOU: every topic the recommendations name as addressed, partly
 * addressed or not addressed, with the MOU's own clauses, our summary, the values it states and
 * the departures they show; then each requirement of the chosen profiles.
 */
export function buildCheckup(
  result: ImportResult,
  facts: ProjectFacts,
  profiles: readonly RequirementProfile[] = [],
): Checkup {
  const all = TOPICS.map((t) => checkTopic(t, result, facts));
  const topics = all.filter((c) => isRecommended(TOPICS.find((t) => t.id === c.topicId) as TopicDefinition));
  const otherTopics = all.filter((c) => !topics.includes(c) && c.status !== "notAddressed");
  const byTopic = new Map(all.map((c) => [c.topicId, c]));
  const requirements: RequirementCheck[] = [];
  for (const profile of profiles) {
    for (const id of profile.requires) {
      const topic = TOPICS.find((t) => t.id === id);
      if (topic)
        requirements.push(
          checkRequirement(
            profile,
            byTopic.get(id),
            topic,
            `The MOU must address ${topic.title.toLowerCase()}.`,
            null,
          ),
        );
    }
    for (const check of profile.checks) {
      const topic = TOPICS.find((t) => t.id === check.topicId);
      if (topic)
        requirements.push(
          checkRequirement(profile, byTopic.get(topic.id), topic, check.message, check.fails),
        );
    }
  }
  const totals = { addressed: 0, partly: 0, notAddressed: 0 };
  for (const c of topics) totals[c.status] += 1;
  const byId = new Map(result.clauses.map((c) => [c.id, c]));
  const otherProvisions = result.mappings
    .filter((m) => m.topicId === null)
    .flatMap((m) => {
      const c = byId.get(m.clauseId);
      return c && c.part !== "signatures" && c.part !== "preamble" && c.text.trim() !== ""
        ? [quote(c, 0, byId)]
        : [];
    });
  return { topics, otherTopics, requirements, profiles, totals, otherProvisions };
}
