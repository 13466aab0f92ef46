/**
 * Numbers as agreements print them: "40", "forty (40)", "seventy-five percent (75%)", "7.5",
 * "one-half". Each match keeps its place in the text, so the words can be highlighted.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const WORD = `(?:${[...Object.keys(TENS), ...Object.keys(UNITS)].join("|")})`;
/** "forty", "seventy-five", "one hundred", "one hundred twenty", "seven and one-half". */
const WORDS = `(?:${WORD}(?:[- ]${WORD})?(?:\\s+hundred(?:\\s+(?:and\\s+)?${WORD}(?:[- ]${WORD})?)?)?(?:\\s+and\\s+one[- ]half)?)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?)`;

/** A number in words, digits, or both ("forty (40)"), with an optional percent sign inside the brackets. */
export const NUMBER = new RegExp(
  String.raw`\b(?:(${WORDS})(?:\s+per\s*cent)?\s*\((${DIGITS})\s*%?\)|(${DIGITS})(?!\.\d)|(${WORDS}))(?![\w])`,
  "gi",
);

export function wordsToNumber(text: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of text.toLowerCase().split(/[\s-]+/)) {
    if (raw === "and") continue;
    if (raw === "half") {
      total += 0.5;
      continue;
    }
    if (raw in UNITS) current += UNITS[raw] ?? 0;
    else if (raw in TENS) current += TENS[raw] ?? 0;
    else if (raw === "hundred") current = (current || 1) * 100;
    else return null;
    any = true;
  }
  // "seven and one-half": the "one" before "half" was added as 1; take it back
  if (/one[- ]half$/i.test(text.trim())) current -= 1;
  return any ? total + current : null;
}

export interface NumberMatch {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** Every number in a text, in order. Digits in brackets win over the words before them. */
export function numbersIn(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, words, bracketed, digits, wordsOnly] = m;
    const raw = bracketed ?? digits;
    const value = raw !== undefined ? Number(raw.replace(/,/g, "")) : wordsToNumber(words ?? wordsOnly ?? "");
    if (value === null || !Number.isFinite(value)) continue;
    out.push({ value, start: m.index, end: m.index + whole.length });
  }
  return out;
}
