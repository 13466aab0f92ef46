import { PDFDocument, rgb } from "pdf-lib";
import type { PDFFont, PDFPage } from "pdf-lib";
import { fontkitAdapter } from "./fontkit-adapter";
import type { Block, Inline, MouDocument, SignatureBlock, SignatureLabels } from "../../document/ir";
import { PAGELESS, pageLabelText, signatureRows } from "../../document/ir";
import type { FontSet, FontStyle, Line } from "./text-layout";
import { toWords, wrap } from "./text-layout";

import type { FontName } from "../registry";
import { printableDocument } from "../printable";
export type { FontName };

export interface PdfOptions {
  /** Supplies TTF bytes; "emoji" and "cjk" are asked for only when the text needs them. */
  readonly loadFont: (name: FontName) => Promise<Uint8Array>;
  readonly now?: Date;
}

// US Letter, in points (1/72 inch).
const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN_X = 72;
const TOP = PAGE_H - 72;
const BOTTOM = 72;
const BODY = 10.5;
const LEADING = 1.38;
const INK = rgb(0.1, 0.1, 0.12);
const HIGHLIGHT = rgb(1, 0.93, 0.35);
const MARKER = rgb(0.85, 0.45, 0.0);
const INSERT = rgb(0.05, 0.35, 0.75);
const DELETE = rgb(0.75, 0.1, 0.1);

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const EMOJI = /[\u{1f000}-\u{1faff}\u2600-\u27bf]/u;

/**
 * A page that draws nothing, for the dry pass that only finds where things fall. pdf-lib has no
 * such page: the cast gives the three drawing calls the renderer makes, as no-ops.
 */
const DRY_PAGE = {
  drawText: () => undefined,
  drawRectangle: () => undefined,
  drawLine: () => undefined,
} as unknown as PDFPage;

class Pager {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = TOP;
  /** With no document, a dry pager: it counts pages and draws nothing. */
  constructor(private readonly pdf: PDFDocument | null) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.pdf ? this.pdf.addPage([PAGE_W, PAGE_H]) : DRY_PAGE;
    this.pages.push(this.page);
    this.y = TOP;
  }
  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM && this.y < TOP) this.newPage();
  }
  get room(): number {
    return this.y - BOTTOM;
  }
}

/** The anchor a table cell refers to, when the cell is a page reference. */
function pageRefOf(cell: readonly Inline[] | undefined): string | undefined {
  const only = cell?.length === 1 ? cell[0] : undefined;
  return only?.kind === "pageRef" ? only.target : undefined;
}

function lineHeight(size: number): number {
  return size * LEADING;
}

/** Draws one line of words at (x, baseline); justified unless it is a paragraph's last line. */
function drawLine(
  page: PDFPage,
  line: Line,
  x: number,
  baseline: number,
  maxWidth: number,
  justify: boolean,
  size: number,
  space: number,
  draft: boolean,
): void {
  const gaps = line.words.filter((w, i) => i > 0 && w.spaceBefore).length;
  const extra = justify && !line.last && gaps > 0 ? (maxWidth - line.width) / gaps : 0;
  let cx = x;
  let flaggedLine = false;
  line.words.forEach((word, i) => {
    if (i > 0 && word.spaceBefore) {
      const prev = line.words[i - 1]?.segments.at(-1);
      // a flagged phrase is one band, spaces included
      if (draft && prev?.flagged && word.segments[0]?.flagged) {
        page.drawRectangle({
          x: cx,
          y: baseline - size * 0.28,
          width: space + extra,
          height: size * 1.2,
          color: HIGHLIGHT,
        });
      }
      cx += space + extra;
    }
    for (const seg of word.segments) {
      if (draft && seg.flagged) {
        flaggedLine = true;
        page.drawRectangle({
          x: cx - 0.5,
          y: baseline - size * 0.28,
          width: seg.width + 1,
          height: size * 1.2,
          color: HIGHLIGHT,
        });
      }
      const color = seg.change?.type === "ins" ? INSERT : seg.change?.type === "del" ? DELETE : INK;
      page.drawText(seg.text, { x: cx, y: baseline, size: seg.size, font: seg.font, color });
      if (seg.change) {
        const y = seg.change.type === "ins" ? baseline - 1.5 : baseline + size * 0.3;
        page.drawLine({ start: { x: cx, y }, end: { x: cx + seg.width, y }, thickness: 0.7, color });
      }
      cx += seg.width;
    }
  });
  if (flaggedLine) {
    page.drawRectangle({
      x: MARGIN_X - 14,
      y: baseline - size * 0.3,
      width: 4,
      height: size * 1.25,
      color: MARKER,
    });
  }
}

interface TextBox {
  readonly inlines: readonly Inline[];
  readonly size: number;
  readonly style?: FontStyle;
  readonly x: number;
  readonly width: number;
  readonly justify: boolean;
  readonly center?: boolean;
  /** A label printed at `labelX` on the first line (clause numbers). */
  readonly label?: { readonly text: string; readonly x: number };
  readonly spaceAfter: number;
}

export async function renderPdf(input: MouDocument, options: PdfOptions): Promise<Uint8Array> {
  const doc = printableDocument(input);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitAdapter);
  const embed = async (name: FontName) => pdf.embedFont(await options.loadFont(name), { subset: true });
  const [regular, bold, italic, boldItalic] = await Promise.all([
    embed("regular"),
    embed("bold"),
    embed("italic"),
    embed("boldItalic"),
  ]);
  const allText = JSON.stringify(doc.blocks);
  const fallbacks: PDFFont[] = [];
  if (EMOJI.test(allText)) fallbacks.push(await embed("emoji"));
  if (CJK.test(allText)) fallbacks.push(await embed("cjk"));
  const byStyle: Record<FontStyle, PDFFont> = { regular, bold, italic, boldItalic };
  const fonts: FontSet = { chain: (style) => [byStyle[style], regular, ...fallbacks] };
  const draft = doc.mode === "draft";
  const textWidth = PAGE_W - 2 * MARGIN_X;
  const form = draft ? null : pdf.getForm();
  /**
   * Lays out and draws every block on the pager's pages; returns the page each anchor starts on.
   * Page references print the pages of `known` (a first, dry pass works them out).
   */
  const paint = (pager: Pager, known: ReadonlyMap<string, number>): Map<string, number> => {
    const anchorPages = new Map<string, number>();

    const layout = (box: TextBox): Line[] =>
      wrap(
        toWords(box.inlines, fonts, box.size, box.style),
        box.width,
        regular.widthOfTextAtSize(" ", box.size),
      );

    /** Draws a text box, splitting it across pages without leaving a single line alone. */
    const drawBox = (box: TextBox, keepLines = 2): void => {
      const lines = layout(box);
      const lh = lineHeight(box.size);
      const space = regular.widthOfTextAtSize(" ", box.size);
      let i = 0;
      let labelled = false;
      while (i < lines.length) {
        const left = lines.length - i;
        let fit = Math.floor(pager.room / lh);
        if (fit < Math.min(keepLines, left) && pager.y < TOP) {
          pager.newPage();
          continue;
        }
        fit = Math.max(1, fit);
        let take = Math.min(fit, left);
        if (take < left && left - take === 1 && take > 1) take -= 1; // no widow on the next page
        for (let k = 0; k < take; k++) {
          const line = lines[i + k];
          if (!line) continue;
          const baseline = pager.y - box.size;
          const x = box.center ? (PAGE_W - line.width) / 2 : box.x;
          // the number first, so text extraction reads "3.1 The SRO …"
          // page references point to the page of the words they anchor
          for (const w of line.words)
            for (const seg of w.segments)
              for (const a of seg.anchors) if (!anchorPages.has(a)) anchorPages.set(a, pager.pages.length);
          if (box.label && !labelled) {
            pager.page.drawText(box.label.text, {
              x: box.label.x,
              y: baseline,
              size: box.size,
              font: regular,
              color: INK,
            });
            labelled = true;
          }
          drawLine(pager.page, line, x, baseline, box.width, box.justify, box.size, space, draft);
          pager.y -= lh;
        }
        i += take;
        if (i < lines.length) pager.newPage();
      }
      pager.y -= box.spaceAfter;
    };

    const plain = (t: string): Inline[] => [{ kind: "text", text: t }];

    const drawTable = (block: Extract<Block, { kind: "table" }>): void => {
      const size = 9;
      const pad = 4;
      const total = block.widths.reduce((a, b) => a + b, 0);
      const widths = block.widths.map((w) => (w / total) * textWidth);
      const lh = lineHeight(size);
      const rowLines = (cells: ReadonlyArray<readonly Inline[]>, style: FontStyle) =>
        cells.map((c, i) =>
          wrap(
            toWords(c, fonts, size, style),
            (widths[i] ?? 50) - 2 * pad,
            regular.widthOfTextAtSize(" ", size),
          ),
        );
      const drawRow = (lines: Line[][], header: boolean) => {
        const height = Math.max(...lines.map((l) => l.length)) * lh + 2 * pad;
        if (pager.room < height) {
          pager.newPage();
          if (!header) drawRow(headerLines, true);
        }
        let x = MARGIN_X;
        const top = pager.y;
        lines.forEach((cellLines, c) => {
          const w = widths[c] ?? 50;
          if (header)
            pager.page.drawRectangle({ x, y: top - height, width: w, height, color: rgb(0.91, 0.93, 0.95) });
          pager.page.drawRectangle({
            x,
            y: top - height,
            width: w,
            height,
            borderColor: rgb(0.6, 0.62, 0.66),
            borderWidth: 0.5,
          });
          cellLines.forEach((line, k) => {
            drawLine(
              pager.page,
              line,
              x + pad,
              top - pad - size - k * lh,
              w - 2 * pad,
              false,
              size,
              regular.widthOfTextAtSize(" ", size),
              draft,
            );
          });
          x += w;
        });
        pager.y -= height;
      };
      const headerLines = rowLines(block.header.map(plain), "bold");
      pager.ensure(lh * 4);
      drawRow(headerLines, true);
      // a page reference prints the page its anchor starts on, known from the dry pass
      const resolved = (cell: readonly Inline[]) => {
        const ref = pageRefOf(cell);
        return ref ? plain(String(known.get(ref) ?? PAGELESS)) : cell;
      };
      for (const row of block.rows) drawRow(rowLines(row.map(resolved), "regular"), false);
      pager.y -= 10;
    };

    const addField = (name: string, value: string, page: PDFPage, x: number, y: number, width: number) => {
      if (!form) return;
      const field = form.createTextField(name);
      if (value) field.setText(value);
      field.addToPage(page, { x, y, width, height: 14, font: regular, borderWidth: 0 });
      // the printed name and title read at the size of their labels
      field.setFontSize(BODY);
    };
    const drawSignatures = (blocks: readonly SignatureBlock[], labels: SignatureLabels): void => {
      const colW = (textWidth - 24) / 2;
      const height = 150;
      const space = (size: number) => regular.widthOfTextAtSize(" ", size);
      const captionLines = (caption: string, x = MARGIN_X) =>
        layout({
          inlines: plain(caption),
          size: BODY,
          x,
          width: colW,
          justify: false,
          spaceAfter: 0,
          style: "bold",
        });
      for (const row of signatureRows(blocks)) {
        // a long caption ("Approved as to form for …") wraps, and the lines below it move down
        const extra = Math.max(0, ...row.map((s) => captionLines(s.caption).length - 1)) * lineHeight(BODY);
        if (pager.room < height + extra) pager.newPage();
        const page = pager.page;
        const first = pager.y;
        const top = first - extra;
        row.forEach((s, k) => {
          const x = MARGIN_X + k * (colW + 24);
          const text = (t: string, y: number, style: FontStyle, size = BODY) => {
            const line = layout({
              inlines: plain(t),
              size,
              x,
              width: colW,
              justify: false,
              spaceAfter: 0,
              style,
            })[0];
            if (line) drawLine(page, line, x, y, colW, false, size, space(size), draft);
          };
          captionLines(s.caption, x).forEach((line, n) =>
            drawLine(page, line, x, first - 12 - n * lineHeight(BODY), colW, false, BODY, space(BODY), draft),
          );
          page.drawLine({
            start: { x, y: top - 46 },
            end: { x: x + colW, y: top - 46 },
            thickness: 0.6,
            color: INK,
          });
          text(labels.signature, top - 57, "regular", 8);
          // signature-ready: printed name, title and date are fillable fields, filled in where known
          const nameLabel = form ? labels.name : `${labels.name} ${s.name}`;
          const titleLabel = form ? labels.title : `${labels.title} ${s.title}`;
          text(nameLabel, top - 78, "regular");
          text(titleLabel, top - 94, "regular");
          addField(`${s.id}.printedName`, s.name, page, x + 34, top - 81, colW - 34);
          addField(`${s.id}.title`, s.title, page, x + 34, top - 97, colW - 34);
          page.drawLine({
            start: { x, y: top - 124 },
            end: { x: x + colW * 0.6, y: top - 124 },
            thickness: 0.6,
            color: INK,
          });
          addField(`${s.id}.date`, "", page, x, top - 122, colW * 0.6);
          text(labels.date, top - 135, "regular", 8);
        });
        pager.y = top - height;
      }
    };

    /** The room the start of what follows a heading needs: its first lines, or a table's header and first row. */
    const startOf = (at: number): number => {
      const next = doc.blocks[at];
      const tableStart = 4 * lineHeight(9) + 16;
      if (next?.kind === "table") return tableStart;
      if (next?.kind === "paragraph") {
        const lines = layout({
          inlines: next.inlines,
          size: BODY,
          x: 0,
          width: textWidth,
          justify: false,
          spaceAfter: 0,
        });
        // a short introduction stays with the table it introduces
        const intro = lines.length <= 3 && doc.blocks[at + 1]?.kind === "table" ? tableStart + 7 : 0;
        return Math.min(lines.length, 3) * lineHeight(BODY) + intro;
      }
      return 3 * lineHeight(BODY);
    };

    doc.blocks.forEach((block, index) => {
      switch (block.kind) {
        case "title":
          pager.y -= 20;
          block.lines.forEach((l, i) =>
            drawBox({
              inlines: plain(l),
              size: i === 0 ? 18 : 13,
              style: i === 0 ? "bold" : "regular",
              x: MARGIN_X,
              width: textWidth,
              justify: false,
              center: true,
              spaceAfter: 4,
            }),
          );
          pager.y -= 6;
          break;
        case "heading": {
          // keep a heading with the start of what follows
          if (pager.room < lineHeight(13) + startOf(index + 1) + 14) pager.newPage();
          pager.y -= 10;
          const label = block.number ? { text: block.number, x: MARGIN_X } : undefined;
          drawBox({
            inlines: plain(block.text),
            size: 12.5,
            style: "bold",
            x: block.number ? MARGIN_X + 28 : MARGIN_X,
            width: textWidth - 28,
            justify: false,
            ...(label ? { label } : {}),
            spaceAfter: 4,
          });
          break;
        }
        case "paragraph":
          drawBox({
            inlines: block.inlines,
            size: BODY,
            x: MARGIN_X,
            width: textWidth,
            justify: block.align !== "center",
            center: block.align === "center",
            spaceAfter: 7,
          });
          break;
        case "clause": {
          const indent = block.level === 1 ? 34 : 62;
          const labelX = block.level === 1 ? MARGIN_X : MARGIN_X + 34;
          drawBox({
            inlines: block.inlines,
            size: BODY,
            x: MARGIN_X + indent,
            width: textWidth - indent,
            justify: true,
            label: { text: block.number, x: labelX },
            spaceAfter: 5,
          });
          break;
        }
        case "table":
          drawTable(block);
          break;
        case "signatures":
          drawSignatures(block.blocks, block.labels);
          break;
        case "pageBreak":
          if (pager.y < TOP) pager.newPage();
          break;
      }
    });
    return anchorPages;
  };

  // a document that refers to its own pages is laid out twice: once, dry, to find them
  const refersToPages = doc.blocks.some((b) => b.kind === "table" && b.rows.some((r) => r.some(pageRefOf)));
  const known = refersToPages ? paint(new Pager(null), new Map()) : new Map<string, number>();
  paint(new Pager(pdf), known);

  form?.updateFieldAppearances(regular);

  // Running header and footer, once the page count is known.
  const pages = pdf.getPages();
  const small = 8;
  pages.forEach((page, i) => {
    // the running header stays on one line: long party names get smaller type
    const header = doc.meta.header;
    const headerSize = Math.min(small, (small * textWidth) / regular.widthOfTextAtSize(header, small));
    const hw = regular.widthOfTextAtSize(header, headerSize);
    page.drawText(header, {
      x: PAGE_W - MARGIN_X - hw,
      y: PAGE_H - 42,
      size: headerSize,
      font: regular,
      color: INK,
    });
    const num = pageLabelText(doc.meta.pageLabel, i + 1, pages.length);
    page.drawText(num, {
      x: (PAGE_W - regular.widthOfTextAtSize(num, small)) / 2,
      y: 40,
      size: small,
      font: regular,
      color: INK,
    });
    const foot = doc.meta.footer;
    page.drawText(foot, {
      x: (PAGE_W - regular.widthOfTextAtSize(foot, 7)) / 2,
      y: 28,
      size: 7,
      font: regular,
      color: INK,
    });
  });

  const now = options.now ?? new Date();
  pdf.setTitle(doc.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(`${doc.meta.agencyName}; ${doc.meta.districtName}`);
  pdf.setSubject(`${doc.meta.subject} (${doc.meta.status}, version ${doc.meta.version})`);
  pdf.setKeywords([...doc.meta.keywords]);
  pdf.setCreator(doc.meta.author);
  pdf.setProducer(`${doc.meta.author} (pdf-lib)`);
  pdf.setLanguage(doc.meta.language);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return pdf.save();
}
