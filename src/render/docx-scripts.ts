/**
 * Run properties for scripts that Word must be told about. Word orders right-to-left text
 * itself (its own bidi), but only text in a run marked right to left (w:rtl) is shaped and set
 * with the complex-script font, size and weight (w:cs, w:szCs, w:bCs); Korean is given its
 * East Asian font and language, so Word and LibreOffice pick a face with Hangul.
 */

/** Options a piece of text adds to its run's (the docx library's run options, and docx/xml.ts's). */
export interface ScriptOptions {
  readonly rightToLeft?: boolean;
  readonly font?: { readonly cs?: string; readonly eastAsia?: string; readonly hint?: string };
  readonly language?: { readonly eastAsia?: string; readonly bidirectional?: string };
}

export interface ScriptPiece {
  readonly text: string;
  readonly options: ScriptOptions;
}

const HEBREW = /\p{Script=Hebrew}/u;
const RTL_LETTER = "\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}";
/** Right-to-left letters, and the spaces and punctuation between two of them (they read with them). */
const RTL_RUN = new RegExp(`[${RTL_LETTER}]+(?:[\\s\\p{P}\\p{M}]+[${RTL_LETTER}]+)*`, "gu");
const HANGUL_RUN = /[\p{Script=Hangul}]+(?:\s+[\p{Script=Hangul}]+)*/gu;
const NEEDS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Complex-script font: Times New Roman has Hebrew and Arabic in Word; LibreOffice substitutes its own. */
const CS_FONT = "Times New Roman";
const KOREAN_FONT = "Malgun Gothic";

function rtlOptions(text: string): ScriptOptions {
  return {
    rightToLeft: true,
    font: { cs: CS_FONT, hint: "cs" },
    language: { bidirectional: HEBREW.test(text) ? "he-IL" : "ar-SA" },
  };
}

const KOREAN: ScriptOptions = {
  font: { eastAsia: KOREAN_FONT, hint: "eastAsia" },
  language: { eastAsia: "ko-KR" },
};

/**
 * Splits a run's text into pieces of right-to-left text, Korean text and the rest, each with the
 * run options it needs; text with neither is one piece with no options (the run as before).
 */
export function scriptPieces(text: string): ScriptPiece[] {
  if (!NEEDS.test(text)) return [{ text, options: {} }];
  const marks: Array<{ start: number; end: number; options: ScriptOptions }> = [];
  for (const m of text.matchAll(RTL_RUN))
    marks.push({ start: m.index, end: m.index + m[0].length, options: rtlOptions(m[0]) });
  for (const m of text.matchAll(HANGUL_RUN))
    marks.push({ start: m.index, end: m.index + m[0].length, options: KOREAN });
  marks.sort((a, b) => a.start - b.start);
  const pieces: ScriptPiece[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), options: {} });
    pieces.push({ text: text.slice(mark.start, mark.end), options: mark.options });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), options: {} });
  return pieces;
}
