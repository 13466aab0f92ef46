import type { PDFFont } from "pdf-lib";
import type { FontName } from "../registry";

/**
 * Which fallback fonts a document's text needs, and which font draws each character.
 *
 * Tinos (the body face) has Latin, Greek, Cyrillic and Hebrew in all four styles; the others are
 * fallbacks of one style, embedded (as subsets) only when the document has a character of their
 * script: Noto Emoji, Noto Sans SC (Chinese and Japanese), Noto Sans KR (Hangul) and Amiri
 * (Arabic, a Naskh face that sits with a Times-like serif and maps each shaped glyph to one
 * letter, so copied text reads back).
 */
export type FallbackName = Extract<FontName, "emoji" | "cjk" | "korean" | "arabic">;

/** In the order of the font chain: the first font with a glyph draws a character. */
const NEEDS: ReadonlyArray<readonly [FallbackName, RegExp]> = [
  ["emoji", /[\u{1f000}-\u{1faff}\u2600-\u27bf]|\u20e3/u],
  ["cjk", /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u],
  // Hangul Jamo, compatibility Jamo, Jamo extended A and B, syllables
  ["korean", /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/],
  // Arabic, its supplement and extended blocks, presentation forms A and B
  ["arabic", /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]/],
];

/** The fallback fonts the text needs, in chain order. */
export function fallbacksFor(text: string): FallbackName[] {
  return NEEDS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * Characters that draw nothing of their own and that a font may lack without harm: joiners,
 * variation selectors, tag characters, the combining grapheme joiner. A cluster is drawn by a
 * font that has its other characters; these are left out where that font has no glyph for them
 * (an empty box otherwise).
 */
const IGNORABLE =
  /^(?:\u034f|[\u200b-\u200d\u2060]|[\ufe00-\ufe0f]|[\u{e0000}-\u{e007f}]|[\u{e0100}-\u{e01ef}])$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The text's grapheme clusters (a letter and its marks, an emoji sequence joined by ZWJ, a
 * flag): a cluster is never split between fonts or lines. Text of Latin letters without marks
 * is one cluster per character and skips the segmenter.
 */
export function graphemes(text: string): string[] {
  if (!/[^ -\u02ff]/.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const coverage = new WeakMap<PDFFont, Set<number>>();
function covers(font: PDFFont, codePoint: number): boolean {
  let set = coverage.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    coverage.set(font, set);
  }
  return set.has(codePoint);
}

/** The first font of the chain with the character, else the body face (its missing-glyph box). */
export function firstCovering(fonts: readonly PDFFont[], codePoint: number): PDFFont {
  for (const font of fonts) if (covers(font, codePoint)) return font;
  const primary = fonts[0];
  if (!primary) throw new Error("No font to draw with.");
  return primary;
}

/** Whether the font has every character of the cluster (joiners and selectors aside). */
export function coversCluster(font: PDFFont, cluster: string): boolean {
  for (const ch of cluster) if (!covers(font, ch.codePointAt(0) ?? 0) && !IGNORABLE.test(ch)) return false;
  return true;
}

/**
 * The font of a cluster: the first of the chain with every character of it (joiners and
 * selectors aside), else the first with its first character, else the body face (which draws
 * the missing-glyph box, as any reader would want to see); and the cluster as that font draws
 * it, without joiners or selectors the font lacks.
 */
export function fontForCluster(
  cluster: string,
  fonts: readonly PDFFont[],
): { readonly font: PDFFont; readonly text: string } {
  const primary = fonts[0];
  if (!primary) throw new Error("No font to draw with.");
  const first = cluster.codePointAt(0) ?? 0;
  const font = fonts.find((f) => coversCluster(f, cluster)) ?? fonts.find((f) => covers(f, first)) ?? primary;
  let text = cluster;
  if (cluster.length > 1) {
    text = "";
    for (const ch of cluster) if (!IGNORABLE.test(ch) || covers(font, ch.codePointAt(0) ?? 0)) text += ch;
    if (text === "") text = cluster;
  }
  return { font, text };
}
