/**
 * Characters a printed MOU cannot carry. XML 1.0 (and so a DOCX) has no place for C0 controls
 * other than tab, newline and carriage return, for lone surrogates or for U+FFFE/U+FFFF: one of
 * them makes Word and LibreOffice refuse the whole file. Other controls and Unicode
 * noncharacters print nothing, and the line and page breaks below break lines in some formats
 * and not in others. What is found is named by where it is, so a field can say what it changed.
 */

/** What becomes of a character that cannot be printed: a line break, a space, or nothing. */
export type Fate = "break" | "space" | "removed";

export interface Unprintable {
  /** Index in the string (UTF-16 code units). */
  readonly index: number;
  readonly codePoint: number;
  /** "form feed (U+000C)" */
  readonly name: string;
  /** In a field of several lines; a one-line field gets a space where this says "break". */
  readonly fate: Fate;
}

const NAMES: Readonly<Record<number, string>> = {
  0x00: "null character",
  0x08: "backspace",
  0x0b: "vertical tab",
  0x0c: "form feed",
  0x1b: "escape character",
  0x7f: "delete character",
  0x85: "next-line character",
  0x2028: "line separator",
  0x2029: "paragraph separator",
  0xfffe: "noncharacter",
  0xffff: "noncharacter",
};

/** Line and page breaks a field of several lines keeps as a new line. */
const BREAKS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

function nameOf(cp: number, lone: boolean): string {
  if (lone) return `unpaired surrogate (${hex(cp)})`;
  const known = NAMES[cp];
  if (known) return `${known} (${hex(cp)})`;
  if (cp >= 0xe000 && cp <= 0xe002) return `character reserved by this app (${hex(cp)})`;
  if (isNoncharacter(cp)) return `noncharacter (${hex(cp)})`;
  return `control character (${hex(cp)})`;
}

function isNoncharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

/** Whether a code point cannot be printed (see the top of this file). Tab, newline and CR can. */
function isUnprintable(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (cp === 0x2028 || cp === 0x2029) return true;
  // the private-use characters the document model uses for its blanks (document/tokens.ts)
  if (cp >= 0xe000 && cp <= 0xe002) return true;
  return isNoncharacter(cp);
}

/** A quick test for the common case, before the walk that names each character. */
const ANY =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ue000-\ue002\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;

/** Every character of `text` that cannot be printed, in order, with where it is and its name. */
export function findUnprintable(text: string): Unprintable[] {
  if (!ANY.test(text)) return [];
  const out: Unprintable[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let cp = unit;
    let lone = false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = text.codePointAt(i) ?? unit;
        if (isUnprintable(cp))
          out.push({ index: i, codePoint: cp, name: nameOf(cp, false), fate: "removed" });
        i++;
        continue;
      }
      lone = true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) lone = true;
    if (lone || isUnprintable(cp)) {
      const fate: Fate = lone ? "removed" : BREAKS.has(cp) ? "break" : "removed";
      out.push({ index: i, codePoint: cp, name: nameOf(cp, lone), fate });
    }
  }
  return out;
}

export interface Replaced {
  readonly text: string;
  readonly found: readonly Unprintable[];
}

/**
 * The text with every character that cannot be printed replaced: a line or page break by a new
 * line (by a space in a one-line field), anything else removed.
 */
export function replaceUnprintable(text: string, multiline: boolean): Replaced {
  const found = findUnprintable(text);
  if (found.length === 0) return { text, found };
  let out = "";
  let last = 0;
  for (const u of found) {
    out += text.slice(last, u.index);
    if (u.fate === "break") out += multiline ? "\n" : " ";
    last = u.index + (u.codePoint > 0xffff ? 2 : 1);
  }
  out += text.slice(last);
  return { text: out, found };
}

/** Where a caret at `caret` in the original text sits once the text is replaced. */
export function caretAfterReplace(found: readonly Unprintable[], caret: number): number {
  let shift = 0;
  for (const u of found) {
    if (u.index >= caret) break;
    // a break keeps one character in its place, anything else takes its code units away
    shift += u.fate === "break" ? 0 : u.codePoint > 0xffff ? 2 : 1;
  }
  return caret - shift;
}

/**
 * One sentence saying what was replaced, for the field or the notice that names it:
 * "A form feed (U+000C) at character 12 cannot be printed: it was replaced by a new line."
 */
export function describeReplaced(found: readonly Unprintable[], multiline: boolean): string {
  const first = found[0];
  if (!first) return "";
  const what = (u: Unprintable) =>
    u.fate === "removed" ? "removed" : multiline ? "replaced by a new line" : "replaced by a space";
  if (found.length === 1)
    return `A ${first.name} at character ${first.index + 1} cannot be printed: it was ${what(first)}.`;
  const names = [...new Set(found.map((u) => u.name))];
  const list = names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and others`;
  const fates = [...new Set(found.map(what))];
  return `${found.length} characters that cannot be printed (${list}), the first at character ${first.index + 1}, were ${fates.join(" or ")}.`;
}
