import { TOPICS } from "../topics";
import { ImportReadError } from "./errors";
import { MAX_IMPORT_BYTES } from "./read";
import type { ClauseMapping, ImportResult, SuggestedAnswer } from "./types";

/**
 * What a person decided on the mapping screen: the topic of each clause (null: other provisions,
 * kept verbatim) and the suggested answers they took. Pure data; the screens only show it.
 */
export type TopicChoices = Readonly<Record<string, string | null>>;

/** The proposed topic of every clause, as the import scored it. */
export function proposedChoices(result: ImportResult): TopicChoices {
  return Object.fromEntries(result.mappings.map((m) => [m.clauseId, m.topicId]));
}

/**
 * The import with the person's topics: a clause whose topic they changed counts as a sure match
 * (confidence 1, "assigned by you"); the rest keep the scoring's proposal and reasons.
 */
export function withChoices(result: ImportResult, choices: TopicChoices): ImportResult {
  const mappings = result.mappings.map((m): ClauseMapping => {
    const chosen = choices[m.clauseId];
    if (chosen === undefined || chosen === m.topicId) return m;
    return {
      ...m,
      topicId: chosen,
      confidence: 1,
      why:
        chosen === null
          ? "You kept it among the other provisions."
          : `You assigned it to ${topicTitle(chosen)}.`,
    };
  });
  return { ...result, mappings };
}

export function topicTitle(topicId: string | null): string {
  if (topicId === null) return "Other provisions";
  return TOPICS.find((t) => t.id === topicId)?.title ?? topicId;
}

/** The choices of the topic select: the scoring's candidates first, then every topic, then "other provisions". */
export function topicOptions(mapping: ClauseMapping | undefined): Array<{ value: string; label: string }> {
  const first = (mapping?.candidates ?? []).map((c) => c.topicId);
  const rest = TOPICS.map((t) => t.id).filter((id) => !first.includes(id));
  return [
    ...[...first, ...rest].map((id) => ({ value: id, label: topicTitle(id) })),
    { value: "", label: "Other provisions (kept word for word)" },
  ];
}

/** "High", "medium" or "low", with the percentage: how clearly the proposed topic wins. */
export function confidenceLabel(confidence: number): string {
  const pct = Math.round(confidence * 100);
  const level = confidence >= 0.6 ? "high" : confidence >= 0.35 ? "medium" : "low";
  return `${level} confidence (${pct}%)`;
}

/** The words that matched, as the screen lists them under "why". */
export function matchedSignals(mapping: ClauseMapping | undefined, topicId: string | null): string[] {
  const candidate = mapping?.candidates.find((c) => c.topicId === topicId);
  return (candidate?.reasons ?? [])
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 6)
    .map((r) => (r.count > 1 ? `“${r.phrase}” ×${r.count}` : `“${r.phrase}”`));
}

/** A suggestion can be taken as an answer only when a field holds it (not a table column or a fact the check-up alone reads). */
export function canTake(s: SuggestedAnswer): boolean {
  return s.fieldKey !== null && !s.fieldKey.includes(".");
}

/** The sentence of a suggestion cut around its value, so the screen can highlight the value. */
export function highlightParts(
  clauseText: string,
  s: SuggestedAnswer,
): { before: string; value: string; after: string } {
  const start = Math.max(s.start, Math.min(s.valueStart, s.end));
  const end = Math.min(s.end, Math.max(s.valueEnd, start));
  return {
    before: clauseText.slice(s.start, start),
    value: clauseText.slice(start, end),
    after: clauseText.slice(end, s.end),
  };
}

/** Refuses a file before reading it, when its size alone says it is not an MOU; null when it may be read. */
export function checkFileSize(file: { readonly name: string; readonly size: number }): string | null {
  if (file.size === 0) return `“${file.name}” is empty: there is nothing to import. Choose another file.`;
  if (file.size > MAX_IMPORT_BYTES)
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; an MOU is far smaller (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB is read), so it was not read. Choose the agreement itself.`;
  return null;
}

/** The reasons where pasting the agreement's text is the way on. */
const PASTE_INSTEAD: ReadonlySet<ImportReadError["reason"]> = new Set([
  "notSupported",
  "damaged",
  "encrypted",
  "noText",
]);

/** What to tell the person when a file could not be imported: what is wrong and what to do. Nothing is lost. */
export function importErrorMessage(error: unknown, fileName: string): string {
  if (error instanceof ImportReadError)
    return `“${fileName}” could not be imported. ${error.message}${PASTE_INSTEAD.has(error.reason) ? " You can also paste its text below." : ""}`;
  const why = error instanceof Error ? error.message : String(error);
  return `“${fileName}” could not be imported (${why}). Try another file, or paste its text below.`;
}
