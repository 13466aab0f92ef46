import { toRoman } from "./docx-numbering";

/**
 * The numbering styles agreements use. Each style takes a level the first time it appears, in
 * the order it appears (an article holds sections, a section holds (a)…), as outline readers do.
 */
export type NumberStyle =
  | "article"
  | "section"
  | "decimal"
  | "decimal2"
  | "decimal3"
  | "decimal4"
  | "roman"
  | "upper"
  | "lowerDot"
  | "lowerParen"
  | "numberParen"
  | "romanParen";

export interface LeadingNumber {
  /** As printed, without trailing spaces: "Article IV", "Section 4.01", "1.1", "(a)". */
  readonly printed: string;
  readonly style: NumberStyle;
  /** The number's value within its style (4 for "IV", 1 for "(a)"), to tell a roman "I." from a letter. */
  readonly value: number;
  /** What follows the number. */
  readonly rest: string;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;

export function romanValue(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = values[lower[i] ?? ""] ?? 0;
    const next = values[lower[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** What came before, to tell "C." (third letter) from "C." (roman 100), "(i)" (ninth letter) from "(i)" (roman 1). */
export interface NumberContext {
  readonly last: Partial<Record<NumberStyle, number>>;
}

const letterValue = (c: string) => c.toLowerCase().charCodeAt(0) - 96;

function letterOrRoman(
  token: string,
  ctx: NumberContext,
  letterStyle: NumberStyle,
  romanStyle: NumberStyle,
): { style: NumberStyle; value: number } {
  const roman = romanValue(token);
  const letter = token.length === 1 ? letterValue(token) : null;
  if (roman === null || letter === null)
    return roman !== null ? { style: romanStyle, value: roman } : { style: letterStyle, value: letter ?? 0 };
  const lastRoman = ctx.last[romanStyle];
  const lastLetter = ctx.last[letterStyle];
  if (lastRoman !== undefined && toRoman(lastRoman + 1) === token.toLowerCase())
    return { style: romanStyle, value: roman };
  if (lastLetter !== undefined && lastLetter + 1 === letter) return { style: letterStyle, value: letter };
  // a fresh "i" or "I" starts a roman list; any other lone letter a lettered one
  if (roman === 1 && lastLetter === undefined) return { style: romanStyle, value: 1 };
  return { style: letterStyle, value: letter };
}

/**
 * The number a paragraph starts with, in the forms agreements print: "ARTICLE 4", "Article IV",
 * "Section 1.01", "§ 3", "1.", "1.1", "1.1.1", "IV.", "A.", "a.", "(a)", "(1)", "(iv)", "1)".
 * Null when the paragraph is not numbered (a plain paragraph, or a sentence that starts with a year
 * or an amount).
 */
export function leadingNumber(text: string, ctx: NumberContext): LeadingNumber | null {
  let m = /^(article)\s+([ivxlcdm]+|\d{1,3})\b[.:]?\s*/i.exec(text);
  if (m) {
    const token = m[2] ?? "";
    const value = /^\d/.test(token) ? Number(token) : (romanValue(token) ?? 0);
    return { printed: `${m[1]} ${token}`, style: "article", value, rest: text.slice(m[0].length) };
  }
  m = /^(section|sec\.|§)\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?(?=\s|$)\s*/i.exec(text);
  if (m) {
    const printed = m[1] === "§" ? `§ ${m[2]}` : `${m[1]} ${m[2]}`;
    const value = Number((m[2] ?? "0").split(".").at(-1));
    return { printed, style: "section", value, rest: text.slice(m[0].length) };
  }
  m = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s)\s*/.exec(text);
  if (m) {
    const depth = (m[1] ?? "").split(".").length;
    const style: NumberStyle = depth === 2 ? "decimal2" : depth === 3 ? "decimal3" : "decimal4";
    return {
      printed: m[1] ?? "",
      style,
      value: Number((m[1] ?? "").split(".").at(-1)),
      rest: text.slice(m[0].length),
    };
  }
  m = /^(\d{1,3})[.)](?=\s)\s*(?=\S)/.exec(text);
  if (m)
    return {
      printed: `${m[1]}${text[m[1]?.length ?? 0]}`,
      style: "decimal",
      value: Number(m[1]),
      rest: text.slice(m[0].length),
    };
  m = /^([A-Z]|[IVXL]{2,6})\.(?=\s)\s*(?=\S)/.exec(text);
  if (m) {
    const { style, value } = letterOrRoman(m[1] ?? "", ctx, "upper", "roman");
    return { printed: `${m[1]}.`, style, value, rest: text.slice(m[0].length) };
  }
  m = /^([a-z])\.(?=\s)\s*(?=\S)/.exec(text);
  if (m)
    return {
      printed: `${m[1]}.`,
      style: "lowerDot",
      value: letterValue(m[1] ?? "a"),
      rest: text.slice(m[0].length),
    };
  m = /^\(([a-z]{1,5})\)\s*(?=\S)/.exec(text);
  if (m) {
    const token = m[1] ?? "";
    if (token.length > 1 && romanValue(token) === null) return null;
    const { style, value } = letterOrRoman(token, ctx, "lowerParen", "romanParen");
    return { printed: `(${token})`, style, value, rest: text.slice(m[0].length) };
  }
  m = /^\((\d{1,2})\)\s*(?=\S)/.exec(text);
  if (m)
    return { printed: `(${m[1]})`, style: "numberParen", value: Number(m[1]), rest: text.slice(m[0].length) };
  return null;
}

/** The heading a numbered paragraph prints after its number, and the text after it. */
export function splitHeading(rest: string): { heading: string | null; text: string } {
  // "ARTICLE 4 - COSTS", "Section 2: Term"
  const trimmed = rest.trim().replace(/^[-–—:.]\s*/, "");
  if (trimmed === "") return { heading: null, text: "" };
  // the whole line is a heading: short, and not a sentence
  if (isHeadingLine(trimmed)) return { heading: trimmed.replace(/[.:]$/, ""), text: "" };
  // "Selection. The Agency shall…", "TRAINING: Each SRO…", "Term – This MOU…"
  const m = /^([A-Z][^.:;!?]{1,70}?)(?:\.|:|\s[–—-])\s+(?=[A-Z("“])/.exec(trimmed);
  if (m && isTitleCase(m[1] ?? "")) return { heading: (m[1] ?? "").trim(), text: trimmed.slice(m[0].length) };
  return { heading: null, text: trimmed };
}

const MINOR = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "between",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "its",
]);

function isTitleCase(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 8) return false;
  return words.every((w, i) => /^[^a-z]/.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** A line that is a heading: short, no sentence in it, in capitals or title case. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 90) return false;
  const words = t.split(/\s+/);
  if (words.length > 10) return false;
  if (/[.;,]$/.test(t) && !/^[A-Z0-9 ,&'’/()-]+\.$/.test(t)) return false;
  if (/\b(shall|will|must|may)\b/i.test(t) && t !== t.toUpperCase()) return false;
  const letters = t.replace(/[^A-Za-z]/g, "");
  if (letters.length < 3) return false;
  return t === t.toUpperCase() || isTitleCase(t.replace(/[.:]$/, ""));
}
