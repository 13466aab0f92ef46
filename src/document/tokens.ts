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

/** Removes the token characters from user text before it reaches a template. */
export function sanitizeUserText(text: string): string {
  return text.replace(/[\uE000-\uE002]/g, "");
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
