import { rgb } from "pdf-lib";
import type { PDFFont } from "pdf-lib";
import { visualOrder } from "./bidi";
import type { Ink } from "./ink";
import { coversCluster } from "./scripts";
import type { Line, Segment } from "./text-layout";

export const INK = rgb(0.1, 0.1, 0.12);

const spaceGlyph = new WeakMap<PDFFont, boolean>();
/** Whether the font has a space glyph (the emoji face has none). */
function hasSpace(font: PDFFont): boolean {
  let has = spaceGlyph.get(font);
  if (has === undefined) spaceGlyph.set(font, (has = coversCluster(font, " ")));
  return has;
}
const HIGHLIGHT = rgb(1, 0.93, 0.35);
const MARKER = rgb(0.85, 0.45, 0.0);
const INSERT = rgb(0.05, 0.35, 0.75);
const DELETE = rgb(0.75, 0.1, 0.1);

/** A line's pieces in typing order: its segments and the spaces between its words. */
type Piece =
  | { readonly kind: "segment"; readonly segment: Segment; readonly level: number }
  | { readonly kind: "space"; readonly level: number };

/** The line's pieces left to right: in typing order, reordered by bidi rule L2 when any runs right to left. */
export function visualPieces(line: Line): Piece[] {
  const pieces: Piece[] = [];
  let mixed = line.rtl;
  line.words.forEach((word, i) => {
    if (i > 0 && word.spaceBefore) pieces.push({ kind: "space", level: word.spaceLevel });
    for (const segment of word.segments) {
      if (segment.level > 0) mixed = true;
      pieces.push({ kind: "segment", segment, level: segment.level });
    }
  });
  if (!mixed) return pieces;
  return visualOrder(pieces.map((p) => p.level)).map((i) => pieces[i] as Piece);
}

export interface LineBox {
  readonly x: number;
  readonly baseline: number;
  readonly maxWidth: number;
  /** Stretch the spaces to fill the width (never a paragraph's last line). */
  readonly justify: boolean;
  readonly size: number;
  readonly space: number;
  readonly draft: boolean;
  /** Where the margin marker of a flagged line goes. */
  readonly markerX: number;
}

/**
 * Draws one line of words; justified unless it is a paragraph's last line; a line of a
 * right-to-left paragraph that is not justified sits at the right of its box.
 */
export function drawLine(ink: Ink, line: Line, box: LineBox): void {
  const { baseline, size, space, draft } = box;
  const gaps = line.words.filter((w, i) => i > 0 && w.spaceBefore).length;
  const stretch = box.justify && !line.last && gaps > 0;
  const extra = stretch ? (box.maxWidth - line.width) / gaps : 0;
  let cx = box.x + (line.rtl && !stretch ? Math.max(0, box.maxWidth - line.width) : 0);
  let flaggedLine = false;
  const pieces = visualPieces(line);
  pieces.forEach((piece, i) => {
    if (piece.kind === "space") {
      const prev = pieces[i - 1];
      const next = pieces[i + 1];
      // a flagged phrase is one band, spaces included
      if (
        draft &&
        prev?.kind === "segment" &&
        prev.segment.flagged &&
        next?.kind === "segment" &&
        next.segment.flagged
      ) {
        ink.rect(cx, baseline - size * 0.28, space + extra, size * 1.2, HIGHLIGHT);
      }
      cx += space + extra;
      return;
    }
    const seg = piece.segment;
    if (draft && seg.flagged) {
      flaggedLine = true;
      ink.rect(cx - 0.5, baseline - size * 0.28, seg.width + 1, size * 1.2, HIGHLIGHT);
    }
    const color = seg.change?.type === "ins" ? INSERT : seg.change?.type === "del" ? DELETE : INK;
    // a word followed by a space carries the space glyph (it draws nothing, and the next word is
    // placed on its own), so a reader that takes the text of the tags gets its spaces; not in a
    // right-to-left run, whose glyphs the font reverses
    const next =
      i + 1 < pieces.length ? pieces[i + 1]?.kind === "space" : line.breakSpace === true && !line.rtl;
    const spaced = next && seg.level === 0 && hasSpace(seg.font);
    ink.text(seg.font, seg.draw, cx, baseline, seg.size, color, spaced);
    if (seg.change) {
      const y = seg.change.type === "ins" ? baseline - 1.5 : baseline + size * 0.3;
      ink.line(cx, y, cx + seg.width, y, 0.7, color);
    }
    cx += seg.width;
  });
  if (flaggedLine) {
    ink.rect(box.markerX, baseline - size * 0.3, 4, size * 1.25, MARKER);
  }
}
