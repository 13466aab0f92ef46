import MiniSearch from "minisearch";
import type { TopicDefinition } from "../topics/types";
import { isHeadingLine } from "./numbering-forms";
import type { ClauseMapping, ImportedClause, SignalHit, TopicCandidate } from "./types";
import { STOPWORDS, countPhrase, indexWords, words } from "./words";

/** Raw clause templates, read as text: the topic's own wording is one of its signals. */
const TEMPLATES = import.meta.glob<string>("../../templates/*.hbs", {
  eager: true,
  query: "?raw",
  import: "default",
});

function templateWording(topic: TopicDefinition): string {
  const entry = Object.entries(TEMPLATES).find(([path]) => path.endsWith(`/${topic.template}.hbs`));
  return (entry?.[1] ?? "").replace(/\{\{[^}]*\}\}/g, " ");
}

/** The topic's own words: its clause template, title, summary and the labels and help of its fields. */
function topicWording(t: TopicDefinition): string {
  const fields = t.fields.map((f) => `${f.label} ${f.help ?? ""}`).join(" ");
  return `${templateWording(t)} ${t.title} ${t.summary} ${fields}`;
}

interface Phrase {
  readonly phrase: string;
  readonly words: readonly string[];
  /** Rarer phrases (declared by fewer topics) and longer ones weigh more. */
  readonly weight: number;
}

interface TopicSignals {
  readonly topic: TopicDefinition;
  readonly phrases: readonly Phrase[];
  readonly titleWords: readonly string[];
}

/** What the scoring counts, in one place so a screen can explain it. */
export const SCORING = {
  /** A signal found in the clause's own heading counts this many times more. */
  headingFactor: 2,
  /** Each word of the topic's title found in a heading adds this much. */
  titleWord: 1.5,
  /**
   * The topic's own wording (clause template, title, summary, field labels and help; BM25 by
   * minisearch, the best topic scaled to this) adds at most this much: alone, enough to propose a
   * topic with a low confidence, for a person to confirm.
   */
  wordingMax: 3,
  /** The wording counts only when the clause shares at least this many words with it. */
  wordingTerms: 2,
  /** Below this score no topic is proposed: the clause stays among the other provisions. */
  minScore: 2.5,
} as const;

export interface TopicScorer {
  /** Scores one clause against every topic; `context` is the heading it sits under. */
  score(clause: ImportedClause, context: string | null): TopicCandidate[];
}

export function topicScorer(topics: readonly TopicDefinition[]): TopicScorer {
  const df = new Map<string, number>();
  for (const t of topics)
    for (const p of new Set((t.signals ?? []).map((s) => words(s).join(" "))))
      df.set(p, (df.get(p) ?? 0) + 1);
  const n = topics.length;
  const profiles: TopicSignals[] = topics.map((topic) => ({
    topic,
    phrases: [...new Set(topic.signals ?? [])].map((phrase) => {
      const w = words(phrase);
      const idf = Math.log(1 + n / (df.get(w.join(" ")) ?? 1));
      return { phrase, words: w, weight: idf * (1 + 0.5 * (w.length - 1)) };
    }),
    titleWords: words(topic.title).filter((w) => !STOPWORDS.has(w)),
  }));
  const mini = new MiniSearch<{ id: string; wording: string }>({
    fields: ["wording"],
    processTerm: (term) => {
      const [w] = words(term);
      return w === undefined || STOPWORDS.has(w) ? null : w;
    },
  });
  mini.addAll(topics.map((t) => ({ id: t.id, wording: topicWording(t) })));

  return {
    score(clause, context) {
      const heading = indexWords(words(clause.heading ?? ""));
      // the heading a clause sits under counts as its own words, not as its heading
      const body = indexWords(words(`${clause.text} ${context ?? ""}`));
      const wording = new Map<string, { score: number; terms: string[] }>();
      const query = `${clause.heading ?? ""} ${clause.text}`.trim();
      if (query !== "")
        for (const r of mini.search(query, { combineWith: "OR" }))
          wording.set(String(r.id), { score: r.score, terms: r.terms });
      const maxWording = Math.max(1, ...[...wording.values()].map((w) => w.score));
      const out: TopicCandidate[] = [];
      for (const p of profiles) {
        const reasons: SignalHit[] = [];
        for (const ph of p.phrases) {
          const inHeading = countPhrase(heading, ph.words);
          const inBody = countPhrase(body, ph.words);
          const count = inHeading + inBody;
          if (count === 0) continue;
          const weight = ph.weight * (1 + Math.log(count)) * (inHeading > 0 ? SCORING.headingFactor : 1);
          reasons.push({ phrase: ph.phrase, source: "signal", count, weight });
        }
        for (const w of p.titleWords) {
          const count = heading.at.get(w)?.length ?? 0;
          if (count > 0) reasons.push({ phrase: w, source: "title", count, weight: SCORING.titleWord });
        }
        const wd = wording.get(p.topic.id);
        // one shared word is chance: the wording counts from two words the topic uses
        if (wd && wd.terms.length >= SCORING.wordingTerms) {
          const weight = (SCORING.wordingMax * wd.score) / maxWording;
          reasons.push({
            phrase: wd.terms.slice(0, 6).join(", "),
            source: "wording",
            count: wd.terms.length,
            weight,
          });
        }
        const score = reasons.reduce((s, r) => s + r.weight, 0);
        if (score > 0)
          out.push({
            topicId: p.topic.id,
            topicTitle: p.topic.title,
            score: round(score),
            reasons: reasons
              .sort((a, b) => b.weight - a.weight)
              .map((r) => ({ ...r, weight: round(r.weight) })),
          });
      }
      return out.sort((a, b) => b.score - a.score);
    },
  };
}

/** The index of a topic list is built once: the registry does not change while the app runs. */
const scorers = new WeakMap<readonly TopicDefinition[], TopicScorer>();

const round = (x: number) => Math.round(x * 100) / 100;

function describe(c: TopicCandidate): string {
  const signals = c.reasons.filter((r) => r.source !== "wording").slice(0, 4);
  const said = signals.map((r) => `"${r.phrase}"${r.count > 1 ? ` ×${r.count}` : ""}`);
  return said.length > 0 ? `it says ${said.join(", ")}` : "its wording is close to the topic's clause";
}

/**
 * Proposes a topic for each clause: the best-scoring one when it scores enough, with a confidence
 * (how high the score is, and how far ahead of the next topic), the three best candidates and
 * the signals that matched. Signature blocks and clauses that score too low stay "other provisions".
 */
export function mapClauses(
  clauses: readonly ImportedClause[],
  topics: readonly TopicDefinition[],
): ClauseMapping[] {
  const scorer = scorers.get(topics) ?? topicScorer(topics);
  scorers.set(topics, scorer);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const contextOf = (c: ImportedClause): string | null => {
    const parts: string[] = [];
    let p = c.parentId ? byId.get(c.parentId) : undefined;
    for (let depth = 0; p && depth < 3; depth++) {
      if (p.heading) parts.push(p.heading);
      p = p.parentId ? byId.get(p.parentId) : undefined;
    }
    return parts.length > 0 ? parts.join(" ") : null;
  };
  // the title: the short lines without a full stop that open the agreement
  const title = new Set<string>();
  for (const c of clauses) {
    if (c.part !== "preamble" || c.text.length > 140 || /[.;:]$/.test(c.text)) break;
    title.add(c.id);
  }
  return clauses.map((c) => {
    if (c.part === "signatures")
      return {
        clauseId: c.id,
        topicId: null,
        confidence: 0,
        candidates: [],
        why: "Part of the signature blocks.",
      };
    if (c.part === "preamble" && (isHeadingLine(c.text) || title.has(c.id)))
      return { clauseId: c.id, topicId: null, confidence: 0, candidates: [], why: "Part of the title." };
    if (c.heading === null && c.text.trim() === "")
      return { clauseId: c.id, topicId: null, confidence: 0, candidates: [], why: "No words to assign." };
    const candidates = scorer.score(c, contextOf(c)).slice(0, 3);
    const [best, second] = candidates;
    if (!best || best.score < SCORING.minScore)
      return {
        clauseId: c.id,
        topicId: null,
        confidence: 0,
        candidates,
        why: best
          ? `No topic scores enough (best: ${best.topicTitle}, ${best.score}); kept verbatim among the other provisions.`
          : "No topic's signals occur in it; kept verbatim among the other provisions.",
      };
    const margin = second ? (best.score - second.score) / best.score : 1;
    const strength = Math.min(1, best.score / 10);
    const confidence = round(strength * (0.4 + 0.6 * margin));
    return {
      clauseId: c.id,
      topicId: best.topicId,
      confidence,
      candidates,
      why: `${best.topicTitle}: ${describe(best)} (score ${best.score}${second ? `; next, ${second.topicTitle}, ${second.score}` : ""}).`,
    };
  });
}
