import type { PDFFont } from "pdf-lib";
import type { ChangeMark, Flag, Inline } from "../../document/ir";
import { inlineFlags, inlineText } from "../../document/ir";
import type { BidiParagraph } from "./bidi";
import { resolveBidi } from "./bidi";
import { firstCovering, fontForCluster, graphemes } from "./scripts";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

/** Picks, per character, the first font of the chain that has a glyph for it. */
export interface FontSet {
  readonly chain: (style: FontStyle) => readonly PDFFont[];
}

/** A piece of text in one font, style and bidi level. */
export interface Segment {
  /** The characters in typing order (a right-to-left run's mirrored brackets already swapped). */
  readonly text: string;
  /** What pdf-lib is given to draw, so that the glyphs come out left to right (see drawnText). */
  readonly draw: string;
  readonly font: PDFFont;
  readonly size: number;
  readonly width: number;
  /** Bidi embedding level: odd runs right to left. */
  readonly level: number;
  readonly flagged: boolean;
  readonly flags: readonly Flag[];
  readonly change: ChangeMark | null;
  /** Anchors of the words, for page references (see renderPdf). */
  readonly anchors: readonly string[];
}

/** An unbreakable unit: segments with no space between them. */
export interface Word {
  readonly segments: Segment[];
  readonly width: number;
  /** Whether a space separates this word from the previous one. */
  readonly spaceBefore: boolean;
  /** The bidi level of that space. */
  readonly spaceLevel: number;
}

/** A paragraph's words in typing order, and its direction. */
export interface Paragraph {
  readonly words: readonly Word[];
  /** A right-to-left paragraph (its first strong character is): lines not justified sit at the right. */
  readonly rtl: boolean;
}

export interface Line {
  readonly words: readonly Word[];
  readonly width: number;
  readonly last: boolean;
  readonly rtl: boolean;
  /** The line was broken at a space (the text of the tags keeps it). */
  readonly breakSpace?: boolean;
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

/**
 * Letters of the scripts fontkit lays out right to left (it then gives the glyphs reversed):
 * Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. A
 * plain range test: it runs on every segment.
 */
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/;

interface Shaper {
  layout(text: string): {
    readonly direction: string;
    readonly glyphs: ReadonlyArray<{ readonly advanceWidth: number }>;
  };
  readonly unitsPerEm: number;
  readonly GSUB?: { readonly featureList?: ReadonlyArray<{ readonly tag: string }> };
}
/** The fontkit font behind a pdf-lib font (pdf-lib keeps it private). */
function shaperOf(font: PDFFont): Shaper {
  return (font as unknown as { embedder: { font: Shaper } }).embedder.font;
}

const mirrorsItself = new WeakMap<PDFFont, boolean>();
/** Whether the font mirrors brackets in right-to-left runs itself (OpenType rtlm). */
function hasRtlm(font: PDFFont): boolean {
  let has = mirrorsItself.get(font);
  if (has === undefined) {
    has = shaperOf(font).GSUB?.featureList?.some((f) => f.tag === "rtlm") ?? false;
    mirrorsItself.set(font, has);
  }
  return has;
}

/**
 * The string to give pdf-lib for a run, so that its glyphs come out in visual order. fontkit
 * shapes the string (Arabic joining forms need the letters in typing order) and reverses the
 * glyphs of a string whose first letter is of a right-to-left script. That is right for a
 * right-to-left run of such letters; a run whose direction differs from what fontkit guesses
 * (brackets alone in a right-to-left run, Arabic digits, which run left to right) is given with
 * its clusters reversed, so fontkit's order and the run's agree.
 */
export function drawnText(font: PDFFont, text: string, level: number): string {
  if (level === 0 && !RTL_SCRIPT.test(text)) return text;
  const fontkitRtl = shaperOf(font).layout(text).direction === "rtl";
  return fontkitRtl === (level % 2 === 1) ? text : graphemes(text).reverse().join("");
}

/**
 * Widths of strings in thousandths of the size, per parsed font: the parsed font (and its glyph
 * runs) lives as long as its bytes, so a string is measured once for every document. The sum is
 * pdf-lib's own (widthOfTextAtSize), to the last bit: the same lines break in the same places.
 */
const widths = new WeakMap<Shaper, Map<string, number>>();
export function textWidth(font: PDFFont, text: string, size: number): number {
  const shaper = shaperOf(font);
  let byText = widths.get(shaper);
  if (!byText) {
    byText = new Map();
    widths.set(shaper, byText);
  }
  let total = byText.get(text);
  if (total === undefined) {
    const scale = 1000 / shaper.unitsPerEm;
    total = 0;
    for (const glyph of shaper.layout(text).glyphs) total += glyph.advanceWidth * scale;
    if (byText.size > 100_000) byText.clear();
    byText.set(text, total);
  }
  return total * (size / 1000);
}

type SegmentBase = Pick<Segment, "size" | "flagged" | "flags" | "change" | "anchors">;

function makeSegment(base: SegmentBase, font: PDFFont, text: string, level: number): Segment {
  const draw = drawnText(font, text, level);
  return {
    text,
    draw,
    font,
    size: base.size,
    width: textWidth(font, draw, base.size),
    level,
    flagged: base.flagged,
    flags: base.flags,
    change: base.change,
    anchors: base.anchors,
  };
}

/**
 * Splits a word into runs of one font and one bidi level, cluster by cluster (an emoji
 * sequence, a letter with its marks stay in one font). `at` is the word's index in the
 * paragraph's text, for its levels.
 */
function splitRuns(
  text: string,
  at: number,
  fonts: readonly PDFFont[],
  bidi: BidiParagraph | null,
): Array<{ text: string; font: PDFFont; level: number }> {
  const out: Array<{ text: string; font: PDFFont; level: number }> = [];
  if (bidi === null && !/[^ -\u02ff]/.test(text)) {
    // Latin letters without marks, all left to right: a font per character, no clusters
    let start = 0;
    let current: PDFFont | undefined;
    for (let i = 0; i < text.length; i++) {
      const font = firstCovering(fonts, text.charCodeAt(i));
      if (font !== current) {
        if (current) out.push({ text: text.slice(start, i), font: current, level: 0 });
        current = font;
        start = i;
      }
    }
    if (current) out.push({ text: text.slice(start), font: current, level: 0 });
    return out;
  }
  let index = at;
  for (const cluster of graphemes(text)) {
    const chosen = fontForCluster(cluster, fonts);
    const level = bidi?.levels[index] ?? 0;
    let drawn = chosen.text;
    const mirror = level % 2 === 1 ? bidi?.mirrored.get(index) : undefined;
    if (mirror !== undefined && cluster.length === 1 && !hasRtlm(chosen.font)) drawn = mirror;
    index += cluster.length;
    const last = out[out.length - 1];
    if (last && last.font === chosen.font && last.level === level) last.text += drawn;
    else out.push({ text: drawn, font: chosen.font, level });
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

/** Breaks inlines into words made of font-resolved segments, with the paragraph's bidi levels. */
export function toWords(
  inlines: readonly Inline[],
  fonts: FontSet,
  size: number,
  base: FontStyle = "regular",
): Paragraph {
  const texts = inlines.map((inline) => inlineText(inline).replace(BREAKS, " ").replace(UNDRAWN, ""));
  const bidi = resolveBidi(texts.join(""));
  const words: Word[] = [];
  let current: Segment[] = [];
  let currentSpace = false;
  let currentSpaceLevel = 0;
  let pendingSpace = false;
  let spaceLevel = 0;
  const flush = () => {
    if (current.length > 0) {
      words.push({
        segments: current,
        width: current.reduce((s, x) => s + x.width, 0),
        spaceBefore: currentSpace,
        spaceLevel: currentSpaceLevel,
      });
    }
    current = [];
  };
  let offset = 0;
  inlines.forEach((inline, n) => {
    // a page reference is laid out by the renderer, which knows the pages (see renderPdf)
    const flags = inlineFlags(inline);
    const change = inline.kind === "text" ? (inline.change ?? null) : null;
    const anchors = inline.kind === "text" ? (inline.anchors ?? []) : [];
    const chain = fonts.chain(styleOf(inline, base));
    const common = { size, flagged: flags.length > 0, flags, change, anchors };
    // words and the runs of spaces between them, found by scanning (it runs on every paragraph)
    const text = texts[n] ?? "";
    let i = 0;
    while (i < text.length) {
      if (text.charCodeAt(i) === 32) {
        flush();
        if (!pendingSpace) spaceLevel = bidi?.levels[offset + i] ?? 0;
        pendingSpace = true;
        while (i < text.length && text.charCodeAt(i) === 32) i++;
        continue;
      }
      let end = text.indexOf(" ", i);
      if (end < 0) end = text.length;
      if (current.length === 0) {
        currentSpace = pendingSpace && words.length > 0;
        currentSpaceLevel = spaceLevel;
        pendingSpace = false;
      }
      for (const run of splitRuns(text.slice(i, end), offset + i, chain, bidi))
        current.push(makeSegment(common, run.font, run.text, run.level));
      i = end;
    }
    offset += text.length;
  });
  flush();
  return { words, rtl: (bidi?.baseLevel ?? 0) % 2 === 1 };
}

/** Splits a word wider than the line into pieces that fit (long URLs, long names), between clusters. */
function breakWide(word: Word, maxWidth: number): Word[] {
  if (word.width <= maxWidth) return [word];
  const out: Word[] = [];
  let segs: Segment[] = [];
  let width = 0;
  const push = () => {
    out.push({
      segments: segs,
      width: segs.reduce((s, x) => s + x.width, 0),
      spaceBefore: out.length === 0 ? word.spaceBefore : false,
      spaceLevel: word.spaceLevel,
    });
    segs = [];
    width = 0;
  };
  for (const seg of word.segments) {
    for (const cluster of graphemes(seg.text)) {
      const w = textWidth(seg.font, drawnText(seg.font, cluster, seg.level), seg.size);
      if (width + w > maxWidth && segs.length > 0) push();
      const last = segs[segs.length - 1];
      if (
        last &&
        last.font === seg.font &&
        last.level === seg.level &&
        last.flagged === seg.flagged &&
        last.change === seg.change
      ) {
        segs[segs.length - 1] = makeSegment(last, last.font, last.text + cluster, last.level);
      } else {
        segs.push(makeSegment(seg, seg.font, cluster, seg.level));
      }
      width += w;
    }
  }
  if (segs.length > 0) push();
  return out;
}

/** Greedy line breaking over words, in typing order (the order for the eye is drawLine's). */
export function wrap(paragraph: Paragraph, maxWidth: number, spaceWidth: number): Line[] {
  const { rtl } = paragraph;
  const lines: Line[] = [];
  let current: Word[] = [];
  let width = 0;
  for (const original of paragraph.words) {
    for (const word of breakWide(original, maxWidth)) {
      const gap = current.length > 0 && word.spaceBefore ? spaceWidth : 0;
      if (current.length > 0 && width + gap + word.width > maxWidth) {
        lines.push({ words: current, width, last: false, rtl, breakSpace: word.spaceBefore });
        current = [{ ...word, spaceBefore: false }];
        width = word.width;
      } else {
        current.push(word);
        width += gap + word.width;
      }
    }
  }
  if (current.length > 0) lines.push({ words: current, width, last: true, rtl });
  else lines.push({ words: [], width: 0, last: true, rtl });
  return lines;
}
