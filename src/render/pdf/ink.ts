import type { PDFDocument, PDFFont, PDFPage, RGB } from "pdf-lib";
import type { Owner, Tagging } from "./tags";

/**
 * What the renderer draws on a page: text in a font, rectangles, lines. pdf-lib's drawText and
 * drawRectangle build a dozen operator objects per call (numbers, names, graphics-state pushes)
 * and look the font up in the page's resources every time; the MOU draws thousands of words. A
 * page's ink is written here as the content stream's own text and becomes one compressed stream
 * when the page is done; the text is encoded by pdf-lib (its font subset), once per string.
 *
 * Tagged: text is wrapped in marked content of the element the document's tagging says is
 * being drawn (BDC with an MCID), or of an artifact; every path (rules, fills, highlights) is an
 * artifact. A marked sequence opens at the first text of its owner and closes before a path,
 * at the end of a text object, or when the owner changes, so sequences nest in text objects.
 */
export interface Ink {
  /** `spaced`: the space that follows the text is drawn with it (a glyph that draws nothing). */
  text(font: PDFFont, text: string, x: number, y: number, size: number, color: RGB, spaced?: boolean): void;
  /** A rectangle filled with `fill` and/or outlined with `stroke`. */
  rect(
    x: number,
    y: number,
    width: number,
    height: number,
    fill: RGB | null,
    stroke?: { readonly color: RGB; readonly width: number },
  ): void;
  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: RGB): void;
}

/** Ink for the dry pass, which only finds where things fall. */
export const NO_INK: Ink = { text: () => undefined, rect: () => undefined, line: () => undefined };

/** A number rounded as a content stream writes it (three decimals). */
function rounded(n: number): number {
  return Math.round(n * 1000) / 1000;
}
/** A number as a content stream writes it: at most three decimals, no exponent. */
function num(n: number): string {
  const r = rounded(n);
  return r === 0 ? "0" : String(r);
}
/** Colours are a handful of constants: each is written once. */
const rgbText = new WeakMap<RGB, string>();
function rgbOf(c: RGB): string {
  let text = rgbText.get(c);
  if (text === undefined) rgbText.set(c, (text = `${num(c.red)} ${num(c.green)} ${num(c.blue)}`));
  return text;
}

/** Each string's encoding in each font (glyph ids of the font's subset), per document. */
const encoded = new WeakMap<PDFFont, Map<string, string>>();
function hexOf(font: PDFFont, text: string): string {
  let byText = encoded.get(font);
  if (!byText) {
    byText = new Map();
    encoded.set(font, byText);
  }
  let hex = byText.get(text);
  if (hex === undefined) {
    hex = font.encodeText(text).toString();
    byText.set(text, hex);
  }
  return hex;
}

/** A string's encoding followed by the space's glyph (see PageInk.text), per document. */
const encodedSpaced = new WeakMap<PDFFont, Map<string, string>>();
function spacedHexOf(font: PDFFont, text: string): string {
  let byText = encodedSpaced.get(font);
  if (!byText) {
    byText = new Map();
    encodedSpaced.set(font, byText);
  }
  let hex = byText.get(text);
  if (hex === undefined) {
    // the space's glyph id joins the text's (two-byte codes): the text is not shaped again
    hex = `${hexOf(font, text).slice(0, -1)}${hexOf(font, " ").slice(1)}`;
    byText.set(text, hex);
  }
  return hex;
}

/**
 * Consecutive text stays in one text object (BT … ET): the font and colour are set only when
 * they change, and each string is placed by a move from the previous one (Td), as the moves
 * were written (rounded), so positions do not drift.
 */
export class PageInk implements Ink {
  private readonly ops: string[] = [];
  private readonly fontKeys = new Map<PDFFont, string>();
  private inText = false;
  private font = "";
  private color = "";
  private x = 0;
  private y = 0;
  /** The owner of the marked-content sequence open now. */
  private open: Owner | null = null;
  constructor(
    readonly page: PDFPage,
    private readonly tags: Tagging | null = null,
    /** The page's index in the document, for its MCIDs. */
    private readonly index = 0,
    /**
     * The document's font for a font that text was measured with (render.ts lays text out with
     * fonts kept for the process, and draws it with the document's own, of the same file).
     */
    private readonly faces: ReadonlyMap<PDFFont, PDFFont> = new Map(),
  ) {}

  private markFor(owner: Owner): void {
    if (owner === this.open || !this.tags) return;
    this.closeMark();
    if ("artifact" in owner) {
      const sub = owner.artifact === "Pagination" ? "" : ` /Subtype /${owner.artifact}`;
      this.ops.push(`/Artifact <</Type /Pagination${sub}>> BDC`);
    } else {
      this.ops.push(`/${owner.type} <</MCID ${this.tags.mark(this.index, owner)}>> BDC`);
    }
    this.open = owner;
  }

  private closeMark(): void {
    if (this.open === null) return;
    this.ops.push("EMC");
    this.open = null;
  }

  text(
    measured: PDFFont,
    text: string,
    x: number,
    y: number,
    size: number,
    color: RGB,
    spaced = false,
  ): void {
    if (text === "") return;
    const font = this.faces.get(measured) ?? measured;
    let key = this.fontKeys.get(font);
    if (key === undefined) {
      key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.fontKeys.set(font, key);
    }
    if (!this.inText) {
      this.ops.push("BT");
      this.inText = true;
      this.font = "";
      this.color = "";
      this.x = 0;
      this.y = 0;
    }
    if (this.tags) this.markFor(this.tags.current);
    const tf = `${key} ${num(size)} Tf`;
    if (tf !== this.font) {
      this.ops.push(tf);
      this.font = tf;
    }
    const rg = rgbOf(color);
    if (rg !== this.color) {
      this.ops.push(`${rg} rg`);
      this.color = rg;
    }
    const dx = rounded(x - this.x);
    const dy = rounded(y - this.y);
    this.x += dx;
    this.y += dy;
    const hex = spaced ? spacedHexOf(font, text) : hexOf(font, text);
    this.ops.push(`${dx === 0 ? "0" : dx} ${dy === 0 ? "0" : dy} Td ${hex} Tj`);
  }

  /** Ends the text object before a path: paths cannot be drawn inside one. */
  private endText(): void {
    if (!this.inText) return;
    this.closeMark();
    this.ops.push("ET");
    this.inText = false;
  }

  rect(
    x: number,
    y: number,
    width: number,
    height: number,
    fill: RGB | null,
    stroke?: { readonly color: RGB; readonly width: number },
  ): void {
    this.endText();
    const box = `${num(x)} ${num(y)} ${num(width)} ${num(height)} re`;
    if (fill && stroke)
      this.path(`q ${rgbOf(fill)} rg ${rgbOf(stroke.color)} RG ${num(stroke.width)} w ${box} B Q`);
    else if (fill) this.path(`q ${rgbOf(fill)} rg ${box} f Q`);
    else if (stroke) this.path(`q ${rgbOf(stroke.color)} RG ${num(stroke.width)} w ${box} S Q`);
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: RGB): void {
    this.endText();
    this.path(`q ${rgbOf(color)} RG ${num(thickness)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`);
  }

  /** A path: an artifact of a tagged page (a rule, a fill, a highlight says nothing a reader needs). */
  private path(ops: string): void {
    this.ops.push(this.tags ? `/Artifact BMC ${ops} EMC` : ops);
  }

  /** Writes the page's ink as one compressed content stream. */
  finish(pdf: PDFDocument): void {
    this.endText();
    if (this.ops.length === 0) return;
    const stream = pdf.context.flateStream(this.ops.join("\n"));
    this.page.node.addContentStream(pdf.context.register(stream));
    this.ops.length = 0;
  }
}
