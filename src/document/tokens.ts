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

/**
 * A reference to another topic's clauses, numbered by the assembler: its first clause ("section
 * 7.3"), or the clause a label marks in it ("section 7.5").
 */
export function refToken(topicId: string, label?: string): string {
  return `${OPEN}@${topicId}${label ? `#${label}` : ""}${CLOSE}`;
}

/** Marks the clause it sits in, so a reference can name that clause's number rather than the topic's first. */
export function labelToken(label: string): string {
  return `${OPEN}#${label}${CLOSE}`;
}

/**
 * User text as the model may carry it: without the token characters, and without any character
 * a DOCX cannot hold or a page cannot print (format/printable.ts), a line or page break kept as a
 * new line. Fields and the loader replace these first and say so; this is the last guard.
 */
export function sanitizeUserText(text: string): string {
  return replaceUnprintable(text, true).text;
}

export type TextPiece =
  | { readonly text: string }
  | { readonly blank: string }
  | { readonly ref: string; readonly label?: string }
  | { readonly label: string };

/** Splits rendered clause text into plain text, blanks and cross-references. */
export function splitTokens(line: string): TextPiece[] {
  const out: TextPiece[] = [];
  let last = 0;
  for (const m of line.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: line.slice(last, m.index) });
    const name = m[1] ?? "";
    if (name.startsWith("@")) {
      const [ref = "", label] = name.slice(1).split("#");
      out.push(label ? { ref, label } : { ref });
    } else if (name.startsWith("#")) out.push({ label: name.slice(1) });
    else out.push({ blank: name });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last) });
  return out;
}
