import { replaceUnprintable } from "../format/printable";

/**
 * Unanswered blanks travel through the clause templates as tokens made of private-use
 * characters, so no text a user can type is ever mistaken for one.
 */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const TOKEN = /\uE000([^\uE000\uE001]*)\uE001/g;

export function blankToken(fieldKey: string): string {
  return `${OPEN}${fieldKey}${CLOSE}`;
}

/** A reference to the clauses of another topic, numbered by the assembler ("section 7.3"). */
export function refToken(topicId: string): string {
  return `${OPEN}@${topicId}${CLOSE}`;
}

/**
 * User text as the model may carry it: without the token characters, and without any character
 * a DOCX cannot hold or a page cannot print (format/printable.ts), a line or page break kept as a
 * new line. Fields and the loader replace these first and say so; this is the last guard.
 */
export function sanitizeUserText(text: string): string {
  return replaceUnprintable(text, true).text;
}

export type TextPiece = { readonly text: string } | { readonly blank: string } | { readonly ref: string };

/** Splits rendered clause text into plain text, blanks and cross-references. */
export function splitTokens(line: string): TextPiece[] {
  const out: TextPiece[] = [];
  let last = 0;
  for (const m of line.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: line.slice(last, m.index) });
    const name = m[1] ?? "";
    out.push(name.startsWith("@") ? { ref: name.slice(1) } : { blank: name });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last) });
  return out;
}
