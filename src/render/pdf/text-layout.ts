import type { PDFFont } from "pdf-lib";
import type { ChangeMark, Flag, Inline } from "../../document/ir";
import { inlineFlags, inlineText } from "../../document/ir";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

/** Picks, per character, the first font of the chain that has a glyph for it. */
export interface FontSet {
  readonly chain: (style: FontStyle) => readonly PDFFont[];
}

/** A piece of text in one font and style. */
export interface Segment {
  readonly text: string;
  readonly font: PDFFont;
  readonly size: number;
  readonly width: number;
  readonly flagged: boolean;
  readonly flags: readonly Flag[];
  readonly change: ChangeMark | null;
  /** Anchors of the words, for page references (see renderPdf). */
  readonly anchors: readonly string[];
}

/** An unbreakable unit: segments with no space between them. */
interface Word {
  readonly segments: Segment[];
  readonly width: number;
  /** Whether a space separates this word from the previous one. */
  readonly spaceBefore: boolean;
}

export interface Line {
  readonly words: readonly Word[];
  readonly width: number;
  readonly last: boolean;
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

/**
 * Tabs, new lines and every other line or page break inside a paragraph's text print as a space
 * between words: a paragraph of the model is one block, so a break in its text starts no new
 * line (pdf-lib would start one while the words were measured on one line, and overprint the
 * next), and a form feed starts no page. A page or paragraph is the model's to make.
 */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Controls, noncharacters and lone surrogates draw nothing a reader could use: left out. */
const UNDRAWN =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\0-\x08\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters no font draws: joiners and variation selectors stay with the previous character. */
const ATTACHING = /^(?:\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}])$/u;

function splitByFont(text: string, fonts: readonly PDFFont[]): Array<{ text: string; font: PDFFont }> {
  const out: Array<{ text: string; font: PDFFont }> = [];
  const primary = fonts[0];
  if (!primary) throw new Error("No font to draw with.");
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = out[out.length - 1];
    let font = fonts.find((f) => covers(f, cp));
    if (!font) font = ATTACHING.test(ch) && last ? last.font : primary;
    if (last && last.font === font) out[out.length - 1] = { text: last.text + ch, font };
    else out.push({ text: ch, font });
  }
  return out;
}

function styleOf(inline: Inline, base: FontStyle): FontStyle {
  const bold =
    inline.kind === "blank" ||
    (inline.kind === "text" && inline.bold === true) ||
    base === "bold" ||
    base === "boldItalic";
  const italic =
    (inline.kind === "text" && inline.italic === true) || base === "italic" || base === "boldItalic";
  return bold && italic ? "boldItalic" : bold ? "bold" : italic ? "italic" : "regular";
}

/** Breaks inlines into words made of font-resolved segments. */
export function toWords(
  inlines: readonly Inline[],
  fonts: FontSet,
  size: number,
  base: FontStyle = "regular",
): Word[] {
  const words: Word[] = [];
  let current: Segment[] = [];
  let currentSpace = false;
  let pendingSpace = false;
  const flush = () => {
    if (current.length > 0) {
      words.push({
        segments: current,
        width: current.reduce((s, x) => s + x.width, 0),
        spaceBefore: currentSpace,
      });
    }
    current = [];
  };
  for (const inline of inlines) {
    // a page reference is laid out by the renderer, which knows the pages (see renderPdf)
    const text = inlineText(inline);
    const flags = inlineFlags(inline);
    const change = inline.kind === "text" ? (inline.change ?? null) : null;
    const anchors = inline.kind === "text" ? (inline.anchors ?? []) : [];
    const chain = fonts.chain(styleOf(inline, base));
    const parts = text.replace(BREAKS, " ").replace(UNDRAWN, "").split(/( +)/);
    for (const part of parts) {
      if (part === "") continue;
      if (/^ +$/.test(part)) {
        flush();
        pendingSpace = true;
        continue;
      }
      if (current.length === 0) {
        currentSpace = pendingSpace && words.length > 0;
        pendingSpace = false;
      }
      for (const piece of splitByFont(part, chain)) {
        current.push({
          text: piece.text,
          font: piece.font,
          size,
          width: piece.font.widthOfTextAtSize(piece.text, size),
          flagged: flags.length > 0,
          flags,
          change,
          anchors,
        });
      }
    }
  }
  flush();
  return words;
}

/** Splits a word wider than the line into pieces that fit (long URLs, long names). */
function breakWide(word: Word, maxWidth: number): Word[] {
  if (word.width <= maxWidth) return [word];
  const out: Word[] = [];
  let segs: Segment[] = [];
  let width = 0;
  for (const seg of word.segments) {
    for (const ch of seg.text) {
      const w = seg.font.widthOfTextAtSize(ch, seg.size);
      if (width + w > maxWidth && segs.length > 0) {
        out.push({ segments: segs, width, spaceBefore: out.length === 0 ? word.spaceBefore : false });
        segs = [];
        width = 0;
      }
      const last = segs[segs.length - 1];
      if (last && last.font === seg.font && last.flagged === seg.flagged && last.change === seg.change) {
        segs[segs.length - 1] = { ...last, text: last.text + ch, width: last.width + w };
      } else {
        segs.push({ ...seg, text: ch, width: w });
      }
      width += w;
    }
  }
  if (segs.length > 0)
    out.push({ segments: segs, width, spaceBefore: out.length === 0 ? word.spaceBefore : false });
  return out;
}

/** Greedy line breaking over words. */
export function wrap(words: readonly Word[], maxWidth: number, spaceWidth: number): Line[] {
  const lines: Line[] = [];
  let current: Word[] = [];
  let width = 0;
  for (const original of words) {
    for (const word of breakWide(original, maxWidth)) {
      const gap = current.length > 0 && word.spaceBefore ? spaceWidth : 0;
      if (current.length > 0 && width + gap + word.width > maxWidth) {
        lines.push({ words: current, width, last: false });
        current = [{ ...word, spaceBefore: false }];
        width = word.width;
      } else {
        current.push(word);
        width += gap + word.width;
      }
    }
  }
  if (current.length > 0) lines.push({ words: current, width, last: true });
  else lines.push({ words: [], width: 0, last: true });
  return lines;
}
