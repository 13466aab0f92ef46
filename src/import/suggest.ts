import type { TopicDefinition } from "../topics/types";
import type { NumberMatch } from "./numbers";
import { numbersIn } from "./numbers";
import type { ImportedClause, SuggestedAnswer, SuggestedValue } from "./types";

/** One sentence of a clause, with its offsets in the clause's text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits at a full stop, semicolon, question or exclamation mark followed by a capital or bracket. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // walk the text, cutting after ". " + capital, but not after "No." or an initial
  const cut = /(?<!\b(?:No|Sec|St|Mr|Ms|Dr|U\.S|[A-Z]))[.;!?](?=\s+[A-Z("“])/g;
  for (const m of text.matchAll(cut)) {
    const end = m.index + 1;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** What a rule takes from a sentence: the value, and where it is printed. */
interface Take {
  readonly value: SuggestedValue;
  readonly start: number;
  readonly end: number;
}

/**
 * A value a sentence can state for a field: the sentence (or the clause so far, see `context`) must
 * match `when`, and the sentence not `unless`;
 * `take` finds the value in it. `fieldKey` null: a value the MOU states that no field holds
 * (the check-up still shows it).
 */
interface Rule {
  readonly topicId: string;
  readonly fieldKey: string | null;
  readonly label?: string;
  readonly when: RegExp;
  readonly unless?: RegExp;
  /**
   * "clause": `when` may match anywhere in the clause up to the end of the sentence, for values an
   * earlier sentence gives the subject of ("The District may ask that a deputy be removed. The
   * Sheriff shall meet with the District within ten (10) days."). `unless` still reads the sentence.
   */
  readonly context?: "clause";
  readonly take: (s: string) => Take | null;
}

/** The first number followed by the unit (e.g. "years?"), with what lies between allowed by `gap`. */
function numberBefore(
  unit: string,
  gap = String.raw`(?:\s+(?:consecutive|full|calendar|business|school|working|additional|more|further))*`,
) {
  const after = new RegExp(String.raw`^\s*${gap}\s*(?:${unit})\b`, "i");
  return (s: string): Take | null => {
    for (const n of numbersIn(s))
      if (after.test(s.slice(n.end))) return { value: n.value, start: n.start, end: n.end };
    return null;
  };
}

function percentOf(side: "agency" | "district") {
  const own =
    side === "district"
      ? /\b(?:district|board|schools?)\b/i
      : /\b(?:agency|department|sheriff|city|county|police|office)\b/i;
  const other =
    side === "district" ? /\b(?:agency|department|sheriff|city|county|police)\b/i : /\b(?:district|board)\b/i;
  return (s: string): Take | null => {
    const percents = numbersIn(s).filter(
      (n: NumberMatch) =>
        /^\s*(?:%|percent|per cent)/i.test(s.slice(n.end)) ||
        /(?:%|per\s*cent\s*\(\S+)\)$/i.test(s.slice(n.start, n.end)),
    );
    for (const n of percents) {
      // the Party named last before the verb of paying (or before the number) pays it
      const verb = lastIndex(s.slice(0, n.start), PAYS);
      const before = s.slice(0, verb >= 0 ? verb : n.start);
      const lastOwn = lastIndex(before, own);
      const lastOther = lastIndex(before, other);
      if (lastOwn > lastOther) return { value: n.value, start: n.start, end: n.end };
    }
    return null;
  };
}

const PAYS = /\b(?:pay|pays|paid|reimburse|reimburses|bear|bears|contribute|contributes|responsible)\b/i;

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(re.source, "gi"))) last = m.index;
  return last;
}

const DAYS = "days?";
/** Ending the agreement early, however it is worded ("withdraw from this agreement" too). */
const TERMINATES = /terminat|\bend this|cancel|withdraw\w* from (?:this|the)\b/i;
export const RULES: readonly Rule[] = [
  {
    topicId: "selection",
    fieldKey: "minYearsExperience",
    when: /experience|sworn|service as/i,
    take: numberBefore("years?", String.raw`(?:\s+of)?(?:\s+(?:full-time|sworn|law enforcement))*`),
  },
  {
    topicId: "training",
    fieldKey: "preAssignmentHours",
    when: /training|course/i,
    unless: /each year|annual|per year|yearly/i,
    take: numberBefore("hours?"),
  },
  { topicId: "probation", fieldKey: "probationMonths", when: /probation/i, take: numberBefore("months?") },
  {
    topicId: "termination-and-renewal",
    fieldKey: "nonRenewalDays",
    when: /renew/i,
    unless: /terminat\w* (?:this|the) \w+ (?:for any reason|without cause|at any time)/i,
    take: numberBefore(DAYS),
  },
  {
    topicId: "termination-and-renewal",
    fieldKey: "cureDays",
    when: /\bcure|breach/i,
    take: numberBefore(DAYS),
  },
  {
    topicId: "termination-and-renewal",
    fieldKey: "withoutCauseDays",
    when: TERMINATES,
    unless: /renew|\bcure|breach|for cause/i,
    take: numberBefore(DAYS),
  },
  {
    topicId: "termination-and-renewal",
    fieldKey: "withoutCauseMonths",
    when: TERMINATES,
    unless: /renew|\bcure|breach|for cause/i,
    take: numberBefore("months?"),
  },
  {
    topicId: "termination-and-renewal",
    fieldKey: "renewalYears",
    when: /renew/i,
    take: (s) => numberBefore("years?")(s) ?? oneYear(s),
  },
  {
    topicId: "parties-and-term",
    fieldKey: "termYears",
    when: /\bterm\b|remains? in effect|continues|runs for|lasts?\b|in force/i,
    unless: /experience|renew\w* (?:automatically|for)/i,
    take: numberBefore("years?"),
  },
  {
    topicId: "expenses",
    fieldKey: "costSchedule.districtPct",
    label: "District share of the cost",
    when: /\bpay|reimburse|cost|share|responsible/i,
    take: percentOf("district"),
  },
  {
    topicId: "expenses",
    fieldKey: "costSchedule.agencyPct",
    label: "Agency share of the cost",
    when: /\bpay|reimburse|cost|share|responsible/i,
    take: percentOf("agency"),
  },
  {
    topicId: "billing",
    fieldKey: "dueDays",
    when: /\bpays?\b|payment|paid/i,
    unless: /terminat|notice/i,
    take: numberBefore(DAYS),
  },
  {
    topicId: "complaints",
    fieldKey: "responseDays",
    when: /complain/i,
    context: "clause",
    take: numberBefore(DAYS),
  },
  {
    topicId: "substitutes",
    fieldKey: "substituteAfterDays",
    when: /absen|substitute/i,
    take: numberBefore(DAYS),
  },
  {
    topicId: "rotation-and-removal",
    fieldKey: "responseDays",
    when: /remov|replace|reassign/i,
    context: "clause",
    take: numberBefore(DAYS),
  },
  {
    topicId: "staffing",
    fieldKey: "totalOfficers",
    when: /\bassign|provide|staff/i,
    unless: /hours?\b/i,
    take: numberBefore("(?:full-time\\s+)?(?:officers?|deputies|deputy|sros?|school resource officers?)", ""),
  },
  {
    topicId: "hours-on-campus",
    fieldKey: "minutesBeforeFirstBell",
    when: /before/i,
    take: numberBefore("minutes?\\s+before"),
  },
  {
    topicId: "hours-on-campus",
    fieldKey: "minutesAfterLastBell",
    when: /after/i,
    take: numberBefore("minutes?\\s+after"),
  },
  {
    topicId: "hours-on-campus",
    fieldKey: null,
    label: "Hours on campus per day",
    when: /per day|a day|each day|daily/i,
    take: numberBefore("hours?\\s+(?:per|a|each)\\s+(?:school\\s+)?day"),
  },
  {
    topicId: "hours-on-campus",
    fieldKey: null,
    label: "Hours on campus per week",
    when: /week/i,
    take: numberBefore("hours?\\s+(?:per|a|each)\\s+week"),
  },
];

/** "additional one-year terms": a term of 1 year printed as an adjective. */
function oneYear(s: string): Take | null {
  const m = /\b(one|1)-year\b/i.exec(s);
  return m ? { value: 1, start: m.index, end: m.index + (m[1]?.length ?? 0) } : null;
}

/**
 * Values that clauses state for topics' fields, each with the sentence it came from and the
 * offsets of the sentence and the value in the clause's text. Only values a field could hold are
 * proposed (within its limits); nothing is applied.
 */
export function suggestAnswers(
  clauses: readonly ImportedClause[],
  topics: readonly TopicDefinition[],
): SuggestedAnswer[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const out: SuggestedAnswer[] = [];
  for (const clause of clauses) {
    if (clause.part === "signatures" || clause.text === "") continue;
    for (const s of sentences(clause.text)) {
      const taken = new Set<string>();
      for (const rule of RULES) {
        const topic = byId.get(rule.topicId);
        const subject = rule.context === "clause" ? clause.text.slice(0, s.end) : s.text;
        if (!topic || !rule.when.test(subject) || rule.unless?.test(s.text)) continue;
        const key = `${rule.topicId}/${rule.fieldKey ?? rule.label ?? ""}`;
        if (taken.has(key)) continue;
        const take = rule.take(s.text);
        if (!take) continue;
        const [fieldName, column] = (rule.fieldKey ?? "").split(".");
        const field = rule.fieldKey === null ? null : topic.fields.find((f) => f.key === fieldName);
        if (rule.fieldKey !== null && !field) continue;
        const limits =
          field && "min" in field && column === undefined
            ? { min: field.min, max: field.max }
            : field?.kind === "table"
              ? { min: 0, max: 100 }
              : { min: 0, max: Infinity };
        if (typeof take.value === "number" && (take.value < limits.min || take.value > limits.max)) continue;
        // one value per sentence for fields that share a number (the same "30 days" is not two notices)
        if (
          [...out].some(
            (o) =>
              o.clauseId === clause.id &&
              o.valueStart === s.start + take.start &&
              o.topicId === rule.topicId &&
              o.fieldKey !== null &&
              rule.fieldKey !== null,
          )
        )
          continue;
        taken.add(key);
        out.push({
          id: `s${out.length + 1}`,
          clauseId: clause.id,
          topicId: rule.topicId,
          fieldKey: rule.fieldKey,
          fieldLabel: rule.label ?? field?.label ?? rule.fieldKey ?? "",
          value: take.value,
          printed: s.text.slice(take.start, take.end),
          sentence: s.text,
          start: s.start,
          end: s.end,
          valueStart: s.start + take.start,
          valueEnd: s.start + take.end,
        });
      }
    }
  }
  return out;
}
