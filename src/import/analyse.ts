import { TOPICS } from "../topics";
import type { TopicDefinition } from "../topics/types";
import type { PdfJs } from "../verify/extract-pdf";
import { readParties } from "./parties";
import { readSource } from "./read";
import { readText } from "./read-text";
import { mapClauses } from "./score";
import { splitClauses } from "./split";
import { suggestAnswers } from "./suggest";
import type { ImportResult, SourceText } from "./types";

/**
 * The whole import of an agreement's text: clauses, a proposed topic for each, suggested answers
 * and the parties found. Pure: the same text gives the same result, and nothing is applied.
 */
export function analyseSource(
  source: SourceText,
  name: string,
  topics: readonly TopicDefinition[] = TOPICS,
): ImportResult {
  const clauses = splitClauses(source);
  const mappings = mapClauses(clauses, topics);
  const suggestions = suggestAnswers(clauses, topics);
  const warnings = [...source.warnings];
  if (!clauses.some((c) => c.part === "body"))
    warnings.push("No numbered clauses or headings were found: each paragraph was taken as a clause.");
  return {
    kind: "sro-mou-import",
    format: 1,
    source: { name, format: source.format, pages: source.pages },
    clauses,
    mappings,
    suggestions,
    parties: readParties(clauses, suggestions),
    warnings,
  };
}

/** Imports pasted text. */
export function importText(text: string, name = "Pasted text"): ImportResult {
  return analyseSource(readText(text), name);
}

/** Imports a file (DOCX, PDF or text) from its bytes; pdf.js is loaded only for a PDF. */
export async function importFile(
  bytes: Uint8Array,
  name: string,
  loadPdfJs: () => Promise<PdfJs>,
): Promise<ImportResult> {
  return analyseSource(await readSource(bytes, loadPdfJs), name);
}
