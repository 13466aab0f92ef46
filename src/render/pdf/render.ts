import { PDFDocument, rgb } from "pdf-lib";
import type { PDFFont, PDFPage, PDFTextField } from "pdf-lib";
import { drawLine, INK } from "./draw-line";
import { fontkitAdapter } from "./fontkit-adapter";
import type { Ink } from "./ink";
import { NO_INK, PageInk } from "./ink";
import { coversCluster, fallbacksFor, graphemes } from "./scripts";
import type { StructElem } from "./tags";
import { drawRunning } from "./running";
import { describeField, PAGINATION, Tagging } from "./tags";
import type { Block, Inline, MouDocument, SignatureBlock, SignatureLabels } from "../../document/ir";
import { PAGELESS, signatureRows } from "../../document/ir";
import type { FontSet, FontStyle, Line } from "./text-layout";
import { toWords, wrap } from "./text-layout";

import type { FontName } from "../registry";
import { printableDocument } from "../printable";
export type { FontName };

export interface PdfOptions {
  /** Supplies TTF bytes; the fallback fonts are asked for only when the text needs them. */
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
const HEADER_FILL = rgb(0.91, 0.93, 0.95);
const RULE = rgb(0.6, 0.62, 0.66);

/**
 * Where blocks go: a cursor on the current page, and the page's ink. A dry pager (no document)
 * counts pages and draws nothing; it has no PDF page, so it adds no form field either (only a
 * signature-ready copy has fields, and only a draft is laid out dry first).
 */
class Pager {
  readonly pages: Array<PageInk | null> = [];
  page: PDFPage | null = null;
  ink: Ink = NO_INK;
  y = TOP;
  /** The document's structure, built as it is drawn (the dry pass builds one it throws away). */
  readonly tags = new Tagging();
  constructor(
    private readonly pdf: PDFDocument | null,
    private readonly faces: ReadonlyMap<PDFFont, PDFFont> = new Map(),
  ) {
    this.newPage();
  }
  newPage(): void {
    const page = this.pdf ? this.pdf.addPage([PAGE_W, PAGE_H]) : null;
    const ink = page ? new PageInk(page, this.tags, this.pages.length, this.faces) : null;
    this.page = page;
    this.ink = ink ?? NO_INK;
    this.pages.push(ink);
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

interface TextBox {
  readonly inlines: readonly Inline[];
  readonly size: number;
  readonly style?: FontStyle;
  readonly x: number;
  readonly width: number;
  readonly justify: boolean;
  readonly center?: boolean;
  /** A label printed at `labelX` on the first line (clause numbers), tagged as `tag` when given. */
  readonly label?: { readonly text: string; readonly x: number; readonly tag?: StructElem };
  readonly spaceAfter: number;
}

/**
 * Fonts that text is measured and laid out with, one per font file, kept for the process (each
 * in a document of its own that is never saved): a paragraph's lines can then be kept from one
 * document to the next (see `renderPdf`), and each page's ink draws them with the document's
 * own font of the same file. A weak map: a font file no longer used takes its font with it.
 */
const measuring = new WeakMap<Uint8Array, Promise<PDFFont>>();
function measuringFont(bytes: Uint8Array): Promise<PDFFont> {
  let font = measuring.get(bytes);
  if (!font) {
    font = PDFDocument.create({ updateMetadata: false }).then((own) => {
      own.registerFontkit(fontkitAdapter);
      return own.embedFont(bytes, { subset: true });
    });
    measuring.set(bytes, font);
  }
  return font;
}

/** A number per measuring font, for the keys of laid-out paragraphs. */
const fontIds = new WeakMap<PDFFont, number>();
let nextFontId = 0;
function fontId(font: PDFFont): number {
  let id = fontIds.get(font);
  if (id === undefined) fontIds.set(font, (id = nextFontId++));
  return id;
}

/**
 * Paragraphs laid out with a set of measuring fonts (keyed by its body face), by their fonts,
 * size, style, width and content: an MOU's clauses are mostly the same words from one MOU to
 * the next, and the next export of the same MOU has all of them.
 */
const laidOutByFonts = new WeakMap<PDFFont, Map<string, Line[]>>();
const MAX_LAID_OUT = 20_000;

export async function renderPdf(input: MouDocument, options: PdfOptions): Promise<Uint8Array> {
  const doc = printableDocument(input);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitAdapter);
  /** The document's font and the process's measuring font of the same file. */
  const faces = new Map<PDFFont, PDFFont>();
  const embed = async (name: FontName): Promise<readonly [PDFFont, PDFFont]> => {
    const bytes = await options.loadFont(name);
    const [own, measure] = [pdf.embedFont(bytes, { subset: true }), measuringFont(bytes)];
    return [await own, await measure];
  };
  const embedded = await Promise.all([embed("regular"), embed("bold"), embed("italic"), embed("boldItalic")]);
  // the fallback fonts the text needs, and only those (a document in Latin letters loads none)
  const allText = JSON.stringify([doc.blocks, doc.meta.header, doc.meta.footer]);
  const fallbackNames = fallbacksFor(allText);
  const embeddedFallbacks = await Promise.all(fallbackNames.map(embed));
  for (const [own, measure] of [...embedded, ...embeddedFallbacks]) faces.set(measure, own);
  const [regular, mRegular, mBold, mItalic, mBoldItalic] = [
    embedded[0][0],
    ...embedded.map(([, measure]) => measure),
  ] as [PDFFont, PDFFont, PDFFont, PDFFont, PDFFont];
  const fallbacks: PDFFont[] = embeddedFallbacks.map(([own]) => own);
  const mFallbacks = embeddedFallbacks.map(([, m]) => m);
  const byStyle: Record<FontStyle, PDFFont> = {
    regular: mRegular,
    bold: mBold,
    italic: mItalic,
    boldItalic: mBoldItalic,
  };
  /** Text is laid out with the measuring fonts; the pages' ink draws it with the document's. */
  const fonts: FontSet = { chain: (style) => [byStyle[style], mRegular, ...mFallbacks] };
  const draft = doc.mode === "draft";
  let kept = laidOutByFonts.get(mRegular);
  if (!kept) laidOutByFonts.set(mRegular, (kept = new Map()));
  const keptLines = kept;
  const fontsKey = [mRegular, mBold, mItalic, mBoldItalic, ...mFallbacks].map(fontId).join(",");
  /**
   * A paragraph's lines at a size, style and width, worked out once per document (a document
   * that refers to its own pages is painted twice, and a heading's next paragraph is measured
   * before it is drawn), and kept by content for the documents that follow.
   */
  const laidOut = new WeakMap<readonly Inline[], Map<string, Line[]>>();
  const lines = (inlines: readonly Inline[], size: number, style: FontStyle, width: number): Line[] => {
    let byKey = laidOut.get(inlines);
    if (!byKey) {
      byKey = new Map();
      laidOut.set(inlines, byKey);
    }
    const key = `${size}|${style}|${width}`;
    let out = byKey.get(key);
    if (!out) {
      const content = `${fontsKey}|${key}|${JSON.stringify(inlines)}`;
      out = keptLines.get(content);
      if (!out) {
        out = wrap(toWords(inlines, fonts, size, style), width, regular.widthOfTextAtSize(" ", size));
        if (keptLines.size >= MAX_LAID_OUT) keptLines.clear();
        keptLines.set(content, out);
      }
      byKey.set(key, out);
    }
    return out;
  };
  const textWidth = PAGE_W - 2 * MARGIN_X;
  const form = draft ? null : pdf.getForm();
  const filled: Array<{ readonly field: PDFTextField; readonly value: string }> = [];
  const covering = (font: PDFFont, value: string) =>
    graphemes(value).every((c) => c.trim() === "" || coversCluster(font, c));
  const needsFallback = (value: string) => value !== "" && !covering(regular, value);
  /**
   * Lays out and draws every block on the pager's pages; returns the page each anchor starts on.
   * Page references print the pages of `known` (a first, dry pass works them out).
   */
  const paint = (pager: Pager, known: ReadonlyMap<string, number>): Map<string, number> => {
    const anchorPages = new Map<string, number>();
    const tags = pager.tags;
    /** Where blocks' elements go: the document, or a list's item body for a sub-clause's list. */
    let lists: { top?: StructElem; body?: StructElem; sub?: StructElem } = {};
    /** Starts an element under the document and draws what follows as its content. */
    const element = (type: Parameters<StructElem["add"]>[0], parent = tags.root): StructElem => {
      const e = parent.add(type);
      tags.current = e;
      return e;
    };
    const put = (
      ink: Ink,
      line: Line,
      x: number,
      baseline: number,
      maxWidth: number,
      justify: boolean,
      size: number,
    ): void =>
      drawLine(ink, line, {
        x,
        baseline,
        maxWidth,
        justify,
        size,
        space: regular.widthOfTextAtSize(" ", size),
        draft,
        markerX: MARGIN_X - 14,
      });

    const layout = (box: TextBox): Line[] => lines(box.inlines, box.size, box.style ?? "regular", box.width);

    /** Draws a text box, splitting it across pages without leaving a single line alone. */
    const drawBox = (box: TextBox, keepLines = 2): void => {
      const lines = layout(box);
      const lh = lineHeight(box.size);
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
            const body = tags.current;
            if (box.label.tag) tags.current = box.label.tag;
            // with the space that follows it in the text (a glyph that draws nothing)
            const spaced = coversCluster(regular, " ");
            pager.ink.text(regular, box.label.text, box.label.x, baseline, box.size, INK, spaced);
            tags.current = body;
            labelled = true;
          }
          put(pager.ink, line, x, baseline, box.center ? line.width : box.width, box.justify, box.size);
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
        cells.map((c, i) => lines(c, size, style, (widths[i] ?? 50) - 2 * pad));
      const table = element("Table");
      /** Draws a row: tagged as a row of the table, or (`tr` null) a header repeated on a new page. */
      const drawRow = (lines: Line[][], header: boolean, tr: StructElem | null) => {
        const height = Math.max(...lines.map((l) => l.length)) * lh + 2 * pad;
        if (pager.room < height) {
          pager.newPage();
          if (!header) drawRow(headerLines, true, null);
        }
        let x = MARGIN_X;
        const top = pager.y;
        lines.forEach((cellLines, c) => {
          const w = widths[c] ?? 50;
          tags.current = tr
            ? tr.add(header ? "TH" : "TD", header ? { owner: "Table", scope: "Column" } : undefined)
            : PAGINATION;
          if (header) pager.ink.rect(x, top - height, w, height, HEADER_FILL);
          pager.ink.rect(x, top - height, w, height, null, { color: RULE, width: 0.5 });
          cellLines.forEach((line, k) => {
            put(pager.ink, line, x + pad, top - pad - size - k * lh, w - 2 * pad, false, size);
          });
          x += w;
        });
        pager.y -= height;
      };
      const headerLines = rowLines(block.header.map(plain), "bold");
      pager.ensure(lh * 4);
      drawRow(headerLines, true, table.add("TR"));
      // a page reference prints the page its anchor starts on, known from the dry pass
      const resolved = (cell: readonly Inline[]) => {
        const ref = pageRefOf(cell);
        return ref ? plain(String(known.get(ref) ?? PAGELESS)) : cell;
      };
      for (const row of block.rows) drawRow(rowLines(row.map(resolved), "regular"), false, table.add("TR"));
      pager.y -= 10;
    };

    const addField = (
      name: string,
      value: string,
      page: PDFPage | null,
      x: number,
      y: number,
      width: number,
      description: string,
      owner: StructElem,
    ) => {
      if (!form || !page) return;
      const field = form.createTextField(name);
      if (value) field.setText(value);
      field.addToPage(page, { x, y, width, height: 14, font: regular, borderWidth: 0 });
      // a screen reader names the field by its description, and finds it in the structure
      describeField(field.acroField.dict, description);
      const widget = field.acroField.getWidgets()[0];
      const ref = widget && pdf.context.getObjectRef(widget.dict);
      if (ref) tags.annotation(owner.add("Form"), pager.pages.length - 1, ref);
      // a value the body face cannot print gets a fallback face (below)
      if (needsFallback(value)) filled.push({ field, value });
      // the printed name and title read at the size of their labels
      field.setFontSize(BODY);
    };
    const drawSignatures = (blocks: readonly SignatureBlock[], labels: SignatureLabels): void => {
      const colW = (textWidth - 24) / 2;
      const height = 150;
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
        const ink = pager.ink;
        const first = pager.y;
        const top = first - extra;
        row.forEach((s, k) => {
          const x = MARGIN_X + k * (colW + 24);
          const div = tags.root.add("Div");
          const text = (t: string, y: number, style: FontStyle, size = BODY) => {
            tags.current = div.add("P");
            const line = layout({
              inlines: plain(t),
              size,
              x,
              width: colW,
              justify: false,
              spaceAfter: 0,
              style,
            })[0];
            if (line) put(ink, line, x, y, colW, false, size);
          };
          tags.current = div.add("P");
          captionLines(s.caption, x).forEach((line, n) =>
            put(ink, line, x, first - 12 - n * lineHeight(BODY), colW, false, BODY),
          );
          ink.line(x, top - 46, x + colW, top - 46, 0.6, INK);
          text(labels.signature, top - 57, "regular", 8);
          // signature-ready: printed name, title and date are fillable fields, filled in where known
          const nameLabel = form ? labels.name : `${labels.name} ${s.name}`;
          const titleLabel = form ? labels.title : `${labels.title} ${s.title}`;
          // each field after its label, as a reader meets them
          const field = (label: string) => `${label.replace(/:$/, "")}, ${s.caption}`;
          text(nameLabel, top - 78, "regular");
          addField(`${s.id}.printedName`, s.name, page, x + 34, top - 81, colW - 34, field(labels.name), div);
          text(titleLabel, top - 94, "regular");
          addField(`${s.id}.title`, s.title, page, x + 34, top - 97, colW - 34, field(labels.title), div);
          ink.line(x, top - 124, x + colW * 0.6, top - 124, 0.6, INK);
          text(labels.date, top - 135, "regular", 8);
          addField(`${s.id}.date`, "", page, x, top - 122, colW * 0.6, field(labels.date), div);
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
      if (block.kind !== "clause") lists = {};
      switch (block.kind) {
        case "title":
          pager.y -= 20;
          block.lines.forEach((l, i) => {
            element(i === 0 ? "H1" : "P");
            drawBox({
              inlines: plain(l),
              size: i === 0 ? 18 : 13,
              style: i === 0 ? "bold" : "regular",
              x: MARGIN_X,
              width: textWidth,
              justify: false,
              center: true,
              spaceAfter: 4,
            });
          });
          pager.y -= 6;
          break;
        case "heading": {
          // keep a heading with the start of what follows
          if (pager.room < lineHeight(13) + startOf(index + 1) + 14) pager.newPage();
          pager.y -= 10;
          element(block.level === 1 ? "H2" : "H3");
          // an article is a bookmark to its page
          if (block.level === 1)
            tags.outline.push({
              title: block.number ? `${block.number} ${block.text}` : block.text,
              page: pager.pages.length - 1,
              y: pager.y,
            });
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
          element("P");
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
          // a list of clauses; a clause's sub-clauses are a list in its body
          let list: StructElem;
          if (block.level === 1) {
            list = lists.top ??= tags.root.add("L", {
              owner: "List",
              numbering: /^[A-Z]/.test(block.number) ? "UpperAlpha" : "Decimal",
            });
            lists.sub = undefined;
          } else {
            list = lists.sub ??= (lists.body ?? tags.root).add("L", {
              owner: "List",
              numbering: "LowerAlpha",
            });
          }
          const item = list.add("LI");
          const lbl = item.add("Lbl");
          const body = element("LBody", item);
          if (block.level === 1) lists.body = body;
          drawBox({
            inlines: block.inlines,
            size: BODY,
            x: MARGIN_X + indent,
            width: textWidth - indent,
            justify: true,
            label: { text: block.number, x: labelX, tag: lbl },
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
  const printed = new Pager(pdf, faces);
  paint(printed, known);

  form?.updateFieldAppearances(regular);
  // a field shows its value in one font: a name in a script the body face lacks gets a fallback
  // that has every letter of it (a right-to-left name of one script is laid out right to left)
  for (const { field, value } of filled) {
    const font = fallbacks.find((f) => covering(f, value));
    if (!font) continue;
    // a face with deep descenders (Amiri's) is set smaller, so that the field's box clips less of it
    field.setFontSize(Math.min(BODY, 12 / font.heightAtSize(1)));
    field.updateAppearances(font);
  }

  // Running header and footer, once the page count is known
  const pages = printed.pages;
  drawRunning(pages, doc.meta, fonts, regular, printed.tags, {
    width: PAGE_W,
    height: PAGE_H,
    marginX: MARGIN_X,
    textWidth,
  });

  for (const page of pages) page?.finish(pdf);
  printed.tags.write(
    pdf,
    pages.flatMap((p) => (p ? [p.page] : [])),
  );

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
  // pdf-lib waits a timer tick every 50 objects by default (at least a millisecond each in Node)
  return pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
