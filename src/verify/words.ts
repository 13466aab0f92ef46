import type { Block, MouDocument } from "../document/ir";
import { blockLines } from "../document/text";

/**
 * Characters that print the same or not at all: compatibility forms (ligatures such as "ﬁ"),
 * curly and straight quotes, non-breaking and zero-width spaces, soft hyphens. A word processor or
 * a PDF reader may turn one into the other without anyone changing a word.
 */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "");
}

export function splitWords(text: string): string[] {
  return text.split(/[\s\u00a0\u2028\u2029]+/).filter((w) => w !== "");
}

/** What a word of the agreed text is, for the differences a signed copy may rightly have. */
export type WordRole =
  /** A clause or section number a word processor computes (absent from a DOCX's text). */
  | "number"
  /** A word of a signature block: its captions, labels and the names and titles typed in. */
  | "signature"
  | "text";

export interface AgreedWord {
  readonly word: string;
  readonly key: string;
  readonly role: WordRole;
  /** The block of the document model it belongs to. */
  readonly block: number;
}

/** The words of the agreed text, as the fingerprint reads them (see `fingerprintOf`). */
export function agreedWords(doc: MouDocument): AgreedWord[] {
  return doc.blocks.flatMap((block, index) => {
    const numberWords =
      (block.kind === "clause" || block.kind === "heading") && block.listed && block.number
        ? splitWords(block.number).length
        : 0;
    return blockLines(block).flatMap((line, l) =>
      splitWords(line).map((word, w): AgreedWord => ({
        word,
        key: normalizeWord(word),
        role: block.kind === "signatures" ? "signature" : l === 0 && w < numberWords ? "number" : "text",
        block: index,
      })),
    );
  });
}

const trimNumber = (n: string) => n.replace(/\.$/, "");

/**
 * Where each block sits, as a reader names it: "clause 5.3", "clause 5.3(a)", "recital B",
 * "section 5 (Staffing)", "Exhibit A: Schedule of Schools and Officers". A paragraph or table
 * is named by the heading above it.
 */
export function blockPlaces(blocks: readonly Block[]): string[] {
  let heading = "the opening of the MOU";
  let clause = "";
  return blocks.map((b) => {
    switch (b.kind) {
      case "title":
        return "the title";
      case "heading":
        heading = b.number ? `section ${trimNumber(b.number)} (${b.text})` : `“${b.text}”`;
        clause = "";
        return heading;
      case "clause":
        if (b.listed?.list === "recitals") return `recital ${trimNumber(b.number)}`;
        if (b.level === 1) {
          clause = trimNumber(b.number);
          return `clause ${clause}`;
        }
        return clause ? `clause ${clause}${b.number}` : `clause ${b.number}`;
      default:
        return heading;
    }
  });
}

/** A word of the copy, with the page it is printed on (PDF; null for a DOCX). */
export interface CopyWord {
  readonly word: string;
  readonly key: string;
  readonly page: number | null;
}

/** Matches one word of a running header or footer: its own text, a page number, or any fingerprint. */
type Matcher = string | RegExp;

export const FINGERPRINT_PATTERN = /\b[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}\b/g;

/**
 * The words printed at the top and foot of every page, which are not part of the agreed text:
 * the running header, the page label ("Page 3 of 12") and the footer with its fingerprint (any
 * fingerprint: a copy of another version still has its footer taken out, and its words compared).
 */
export function runningWords(doc: MouDocument): Matcher[][] {
  const PAGE = "\u0001";
  const label = doc.meta.pageLabel.map((p) => (typeof p === "string" ? p : ` ${PAGE} `)).join("");
  const print = doc.meta.fingerprint?.short;
  const footer = print ? doc.meta.footer.replace(print, ` ${PAGE}print `) : doc.meta.footer;
  const matchers = (text: string): Matcher[] =>
    splitWords(text).map((w) =>
      w === PAGE ? /^\d+$/ : w === `${PAGE}print` ? /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/ : normalizeWord(w),
    );
  return [matchers(doc.meta.header), matchers(label), matchers(footer)].filter((m) => m.length > 0);
}

function findSequence(keys: readonly string[], seq: readonly Matcher[]): number {
  outer: for (let i = 0; i + seq.length <= keys.length; i++) {
    for (let k = 0; k < seq.length; k++) {
      const m = seq[k];
      const key = keys[i + k] ?? "";
      if (m === undefined || (typeof m === "string" ? key !== m : !m.test(key))) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * A word broken at the end of a line, joined again when the agreed text has it whole: "agree-" +
 * "ment" (a hyphen the layout added), "long-" + "term" (a hyphenated word broken at its hyphen),
 * or "Elementa" + "ry" (a word too long for a narrow table column, broken without a hyphen; joined
 * only when a part alone is not an agreed word, so "in" + "to" stay two words).
 */
function joinAcrossLine(prev: string, next: string, vocabulary: ReadonlySet<string>): string | null {
  const has = (w: string) => vocabulary.has(normalizeWord(w));
  if (/[-\u00ad]$/.test(prev) && prev.length > 1) {
    const stem = prev.slice(0, -1);
    if (has(stem + next)) return stem + next;
    if (has(prev + next)) return prev + next;
    return null;
  }
  return (!has(prev) || !has(next)) && has(prev + next) ? prev + next : null;
}

/**
 * The words of a copy's page, in reading order, without its running header, page label and
 * footer. A word broken at the end of a line by a hyphen is joined again when the agreed text
 * has it whole ("agree-" + "ment"), and kept hyphenated when the agreed text has it so.
 */
export function pageWords(
  text: string,
  page: number | null,
  running: readonly (readonly Matcher[])[],
  vocabulary: ReadonlySet<string>,
): CopyWord[] {
  const tokens = text
    .split("\n")
    .flatMap((line) =>
      splitWords(line).map((word, i) => ({ word, key: normalizeWord(word), lineStart: i === 0 })),
    );
  // the running header and footer first, so no word of theirs is joined to the body's
  for (const seq of running) {
    const at = findSequence(
      tokens.map((t) => t.key),
      seq,
    );
    if (at >= 0) tokens.splice(at, seq.length);
  }
  const out: CopyWord[] = [];
  for (const t of tokens) {
    if (t.key === "") continue;
    const prev = out.at(-1);
    // the first word of a line may finish the last word of the line before
    const joined = t.lineStart && prev ? joinAcrossLine(prev.word, t.word, vocabulary) : null;
    if (prev && joined !== null) out[out.length - 1] = { word: joined, key: normalizeWord(joined), page };
    else out.push({ word: t.word, key: t.key, page });
  }
  return out;
}
