import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  HighlightColor,
  InsertedTextRun,
  Packer,
  PageBreak,
  BookmarkEnd,
  BookmarkStart,
  PageReference,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ParagraphChild } from "docx";
import type { Block, Inline, MouDocument, SignatureBlock, SignatureLabels } from "../../document/ir";
import { inlineFlags, inlineText, signatureRows } from "../../document/ir";
import type { DocxOptions } from "../docx";
import { scriptPieces } from "../docx-scripts";
import { printableDocument } from "../printable";
import type { CommentSpec } from "./body";
import { LISTS, packageDocument, scriptRuns } from "./package";

/**
 * The body as the docx library writes it, from its own objects: what the renderer did before it
 * wrote the body itself (body.ts), kept as the reference test/unit/docx-writer.test.ts holds the
 * writer to, byte for byte. Only the tests import it.
 */

/**
 * What the document's runs share while it is built: its comments, and the last annotation id
 * given. Comments, tracked changes (w:ins, w:del) and bookmarks are all annotations, whose w:id
 * the standard wants unique in the document (ECMA-376 Part 1, 17.13), so they draw from this one
 * count; a comment's range, reference and entry in comments.xml share its id, as a bookmark's
 * start and end do.
 */
interface Build {
  readonly comments: CommentSpec[];
  lastId: number;
  readonly draft: boolean;
}

const nextId = (build: Build): number => (build.lastId += 1);

/** Runs inside a bookmark with an id of this document's count (docx's Bookmark counts per process). */
function bookmarked(name: string, children: ParagraphChild[], build: Build): ParagraphChild[] {
  const id = nextId(build);
  // BookmarkStart and BookmarkEnd are written as any paragraph child, though not typed as one
  const start = new BookmarkStart(name, id) as unknown as ParagraphChild;
  const end = new BookmarkEnd(id) as unknown as ParagraphChild;
  return [start, ...children, end];
}

/** Builds runs for inlines; flagged runs are highlighted and anchored to a real Word comment per flag. */

function runs(inlines: readonly Inline[], build: Build): ParagraphChild[] {
  const { comments, draft } = build;
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.kind === "pageRef") {
      // Word works out the page of the bookmark, in its own layout
      out.push(new PageReference(inline.target, { hyperlink: true }));
      continue;
    }
    const flags = inlineFlags(inline);
    const value = inlineText(inline);
    const style = {
      bold: inline.kind === "text" ? inline.bold : true,
      italics: inline.kind === "text" ? inline.italic : false,
      ...(draft && flags.length > 0 ? { highlight: HighlightColor.YELLOW } : {}),
    };
    // right-to-left and Korean text go in runs of their own, marked for Word (docx-scripts.ts)
    const made = scriptPieces(value).map(({ text, options }): ParagraphChild => {
      if (inline.kind === "text" && inline.change) {
        // a change against the signed MOU is a real Word tracked change, by its Party
        const c = inline.change;
        // every w:ins and w:del of the document needs an id of its own
        const id = nextId(build);
        const author = c.authorName;
        return c.type === "ins"
          ? new InsertedTextRun({ id, author, date: c.date, text, ...style, ...options })
          : new DeletedTextRun({ id, author, date: c.date, text, ...style, ...options });
      }
      return new TextRun({ text, ...style, ...options });
    });
    // words a page reference points to sit inside its bookmark
    let anchored: ParagraphChild[] = made;
    if (inline.kind === "text")
      for (const name of inline.anchors ?? []) anchored = bookmarked(name, anchored, build);
    if (!draft || flags.length === 0) {
      out.push(...anchored);
      continue;
    }
    // an open item is a Word comment anchored on its text, tracked change or not
    const ids = flags.map((f) => {
      const id = nextId(build);
      comments.push({ id, text: f.comment });
      return id;
    });
    for (const id of ids) out.push(new CommentRangeStart(id));
    out.push(...anchored);
    for (const id of ids) {
      out.push(new CommentRangeEnd(id));
      out.push(new TextRun({ children: [new CommentReference(id)] }));
    }
  }
  return out;
}

function cell(children: Paragraph[], widthPct: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { fill: "E8ECF1" } } : {}),
  });
}

function signatureCell(s: SignatureBlock, labels: SignatureLabels): Paragraph[] {
  const line = (label: string) => [
    new Paragraph({
      spacing: { before: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
      children: [],
    }),
    new Paragraph({ children: [new TextRun({ text: label, size: 18 })] }),
  ];
  return [
    new Paragraph({
      children: [new TextRun({ text: s.caption, bold: true })],
    }),
    ...line(labels.signature),
    new Paragraph({ spacing: { before: 120 }, children: scriptRuns(`${labels.name} ${s.name}`) }),
    new Paragraph({ children: scriptRuns(`${labels.title} ${s.title}`) }),
    ...line(labels.date),
  ];
}

function blockToDocx(block: Block, build: Build): Array<Paragraph | Table> {
  switch (block.kind) {
    case "title":
      return block.lines.map(
        (l, i) =>
          new Paragraph({
            style: i === 0 ? "MouTitle" : "MouSubtitle",
            alignment: AlignmentType.CENTER,
            children: [new TextRun(l)],
          }),
      );
    case "heading":
      return [
        new Paragraph({
          style: block.level === 1 ? "Heading1" : "Heading2",
          keepNext: true,
          // a listed heading is numbered by Word, so a section counsel inserts renumbers the rest
          ...(block.listed
            ? { numbering: { reference: LISTS[block.listed.list], level: block.listed.level } }
            : {}),
          children: [
            new TextRun(block.number && !block.listed ? `${block.number}\t${block.text}` : block.text),
          ],
          tabStops: [{ type: "left", position: 720 }],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: block.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          children: runs(block.inlines, build),
        }),
      ];
    case "clause": {
      const left = block.level === 1 ? 720 : 1440;
      if (block.listed)
        return [
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: LISTS[block.listed.list], level: block.listed.level },
            children: runs(block.inlines, build),
          }),
        ];
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left, hanging: 720 },
          tabStops: [{ type: "left", position: left }],
          children: [new TextRun(`${block.number}\t`), ...runs(block.inlines, build)],
        }),
      ];
    }
    case "table": {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const pct = block.widths.map((w) => Math.round((w / total) * 100));
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.header.map((h, i) =>
                cell(
                  [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })],
                  pct[i] ?? 10,
                  true,
                ),
              ),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children: row.map((c, i) =>
                    cell([new Paragraph({ children: runs(c, build) })], pct[i] ?? 10),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case "signatures": {
      const rows: TableRow[] = [];
      for (const pair of signatureRows(block.blocks)) {
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [0, 1].map((k) => {
              const s = pair[k];
              return new TableCell({
                width: { size: 50, type: WidthType.PERCENTAGE },
                margins: { top: 120, bottom: 240, left: 120, right: 360 },
                children: s ? signatureCell(s, block.labels) : [new Paragraph({ children: [] })],
              });
            }),
          }),
        );
      }
      const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: none,
            bottom: none,
            left: none,
            right: none,
            insideHorizontal: none,
            insideVertical: none,
          },
          rows,
        }),
      ];
    }
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders the document model as a DOCX file with the body built and written by the docx library. */
export async function renderDocxWithLibrary(
  input: MouDocument,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const doc = printableDocument(input);
  const comments: CommentSpec[] = [];
  const build: Build = { comments, lastId: 0, draft: doc.mode === "draft" };
  const children = doc.blocks.flatMap((b) => blockToDocx(b, build));
  const document = packageDocument(doc, options.now ?? new Date(), comments, children);
  const blob = await Packer.toBlob(document);
  return new Uint8Array(await blob.arrayBuffer());
}
