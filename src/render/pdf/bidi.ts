import bidiFactory from "bidi-js";
import type { Bidi } from "bidi-js";

/**
 * Right-to-left text in the PDF (UAX #9). The paragraph's embedding levels come from bidi-js;
 * the renderer breaks lines in typing (logical) order and then orders each line's runs for the
 * eye with `visualOrder` (rule L2 applies per line, after line breaking).
 *
 * Base direction: rule P2/P3, the paragraph's first strong character. The MOU's own words are
 * English, so a clause from a template starts with a left-to-right letter and stays
 * left-to-right with any name typed into it; a paragraph that is all the user's (a custom
 * clause, a school's name in a table cell) takes the direction of the language it was typed in.
 */

/** Letters of right-to-left scripts, Arabic digits and bidi controls: only text with one needs the algorithm. */
const TRIGGER =
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

let instance: Bidi | undefined;
function bidi(): Bidi {
  instance ??= bidiFactory();
  return instance;
}

/** A BMP character of each bidi class, standing in for a character beyond the BMP. */
const STAND_IN: Readonly<Record<string, string>> = {
  L: "a",
  R: "\u05d0",
  AL: "\u0627",
  EN: "0",
  AN: "\u0660",
  NSM: "\u0300",
  BN: "\u200b",
  WS: " ",
  ET: "#",
  ES: "+",
  CS: ",",
  ON: "!",
};

export interface BidiParagraph {
  /** The embedding level of each UTF-16 code unit of the text. */
  readonly levels: Uint8Array;
  /** 0 for a left-to-right paragraph, 1 for a right-to-left one. */
  readonly baseLevel: number;
  /** Characters a right-to-left run prints as their mirror image ("(" as ")"), by index. */
  readonly mirrored: ReadonlyMap<number, string>;
}

/** Levels of one paragraph's text; null when nothing in it runs right to left (all level 0). */
export function resolveBidi(text: string): BidiParagraph | null {
  if (!TRIGGER.test(text)) return null;
  const b = bidi();
  // bidi-js reads UTF-16 code units: a character beyond the BMP (an emoji, a letter of an
  // ancient script) is given, for both its halves, a BMP character of its own bidi class
  const typed = text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, (pair) =>
    (STAND_IN[b.getBidiCharTypeName(pair)] ?? "!").repeat(2),
  );
  const embedding = b.getEmbeddingLevels(typed, "auto");
  const baseLevel = embedding.paragraphs[0]?.level ?? 0;
  const mirrored = b.getMirroredCharactersMap(typed, embedding.levels);
  return { levels: embedding.levels, baseLevel, mirrored };
}

/**
 * Rule L2 over a line's runs: from the highest level down to the lowest odd one, every maximal
 * sequence of runs at that level or higher is reversed. Returns the runs' indices left to right.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_l, i) => i);
  if (levels.length === 0) return order;
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const l of levels) {
    if (l > highest) highest = l;
    if (l % 2 === 1 && l < lowestOdd) lowestOdd = l;
  }
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if ((levels[order[i] ?? 0] ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < order.length && (levels[order[j + 1] ?? 0] ?? 0) >= level) j++;
      const run = order.slice(i, j + 1).reverse();
      order.splice(i, run.length, ...run);
      i = j + 1;
    }
  }
  return order;
}
