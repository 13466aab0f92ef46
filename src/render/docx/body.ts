import type {
  Block,
  Inline,
  ListPlace,
  MouDocument,
  SignatureBlock,
  SignatureLabels,
} from "../../document/ir";
import { inlineFlags, inlineText, signatureRows } from "../../document/ir";
import { scriptPieces } from "../docx-scripts";
import type { RunProps } from "./xml";
import {
  bookmarkEnd,
  bookmarkStart,
  change,
  commentEnd,
  commentReference,
  commentStart,
  deletedRun,
  jc,
  leftTab,
  numPr,
  pStyle,
  pageBreakParagraph,
  pageRefRun,
  paragraph,
  textRun,
} from "./xml";

/**
 * The body of word/document.xml, written straight from the document model: the paragraphs and
 * tables the docx library would write for the same blocks (library-body.ts, the reference the
 * tests hold this to), in a fraction of the time, as the library builds and serialises an object
 * per element. The package around it (styles, numbering, comments, header, footer) stays the
 * library's (package.ts).
 */

/** A comment the body anchors, for comments.xml. */
export interface CommentSpec {
  readonly id: number;
  readonly text: string;
}

export type ListName = ListPlace["list"];

export interface Body {
  readonly xml: string;
  readonly comments: readonly CommentSpec[];
  /** The lists the body numbers, in the order it first uses them: Word's w:numId 2, 3, … (1 is the library's bullets). */
  readonly lists: readonly ListName[];
}

/**
 * What the body's runs share while it is written: its comments, and the last annotation id
 * given. Comments, tracked changes (w:ins, w:del) and bookmarks are all annotations, whose w:id
 * the standard wants unique in the document (ECMA-376 Part 1, 17.13), so they draw from this one
 * count; a comment's range, reference and entry in comments.xml share its id, as a bookmark's
 * start and end do.
 */
interface Build {
  readonly comments: CommentSpec[];
  readonly lists: ListName[];
  lastId: number;
  readonly draft: boolean;
}

const nextId = (build: Build): number => (build.lastId += 1);

function numId(build: Build, list: ListName): number {
  let at = build.lists.indexOf(list);
  if (at < 0) at = build.lists.push(list) - 1;
  return at + 2;
}

const YELLOW = "yellow";

/** Runs for inlines; flagged runs are highlighted and anchored to a real Word comment per flag. */
function runs(inlines: readonly Inline[], build: Build): string {
  const { comments, draft } = build;
  let out = "";
  for (const inline of inlines) {
    if (inline.kind === "pageRef") {
      // Word works out the page of the bookmark, in its own layout
      out += pageRefRun(inline.target);
      continue;
    }
    const flags = inlineFlags(inline);
    const value = inlineText(inline);
    const style: RunProps = {
      bold: inline.kind === "text" ? inline.bold : true,
      italics: inline.kind === "text" ? inline.italic : false,
      highlight: draft && flags.length > 0 ? YELLOW : undefined,
    };
    // right-to-left and Korean text go in runs of their own, marked for Word (docx-scripts.ts)
    let made = "";
    for (const { text, options } of scriptPieces(value)) {
      const props: RunProps = { ...style, ...options };
      if (inline.kind === "text" && inline.change) {
        // a change against the signed MOU is a real Word tracked change, by its Party
        const c = inline.change;
        // every w:ins and w:del of the document needs an id of its own
        const id = nextId(build);
        made +=
          c.type === "ins"
            ? change("w:ins", id, c.authorName, c.date, textRun(text, props))
            : change("w:del", id, c.authorName, c.date, deletedRun(text, props));
      } else made += textRun(text, props);
    }
    // words a page reference points to sit inside its bookmark
    if (inline.kind === "text")
      for (const name of inline.anchors ?? []) {
        const id = nextId(build);
        made = bookmarkStart(name, id) + made + bookmarkEnd(id);
      }
    if (!draft || flags.length === 0) {
      out += made;
      continue;
    }
    // an open item is a Word comment anchored on its text, tracked change or not
    const ids = flags.map((f) => {
      const id = nextId(build);
      comments.push({ id, text: f.comment });
      return id;
    });
    for (const id of ids) out += commentStart(id);
    out += made;
    for (const id of ids) out += commentEnd(id) + commentReference(id);
  }
  return out;
}

/** Runs of plain text with the given properties, a run per script piece (docx-scripts.ts). */
function scriptText(text: string, props: RunProps = {}): string {
  let out = "";
  for (const p of scriptPieces(text)) out += textRun(p.text, { ...props, ...p.options });
  return out;
}

/** Table cell widths are written in fiftieths of a percent. */
const pct = (percent: number): number => Math.round(percent * 50);

function cell(content: string, widthPct: number, header = false): string {
  const shading = header ? '<w:shd w:fill="E8ECF1" w:val="clear"/>' : "";
  return `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${pct(widthPct)}"/>${shading}</w:tcPr>${content}</w:tc>`;
}

/** Available text width of the page (A4, 1-inch margins), in twips: what the library sizes table grids against. */
const TEXT_WIDTH = 11906 - 1440 - 1440;

/** w:tblGrid as the library derives it: each column the width of the first cell in it, in twips. */
function grid(rows: ReadonlyArray<readonly number[]>): string {
  const count = Math.max(0, ...rows.map((r) => r.length));
  if (count === 0) return "<w:tblGrid/>";
  const widths: Array<number | undefined> = Array.from({ length: count }, () => undefined);
  for (const row of rows)
    row.forEach((p, i) => {
      const twips = (p / 100) * TEXT_WIDTH;
      if (twips > 0) widths[i] ??= twips;
    });
  const unresolved = widths.filter((w) => w === undefined).length;
  const used = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const share =
    unresolved > 0 ? (TEXT_WIDTH - used > 0 ? (TEXT_WIDTH - used) / unresolved : TEXT_WIDTH / count) : 0;
  return `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${Math.round(w ?? share)}"/>`).join("")}</w:tblGrid>`;
}

const border = (val: string, color: string, size: number): string =>
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="${val}" w:color="${color}" w:sz="${size}"/>`)
    .join("");

const GRID_TABLE = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${border("single", "auto", 4)}</w:tblBorders></w:tblPr>`;
const PLAIN_TABLE = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${border("none", "FFFFFF", 0)}</w:tblBorders></w:tblPr>`;

/** A table row; the library leaves out a row with no cells. */
const row = (props: string, cells: readonly string[]): string =>
  cells.length === 0 ? "" : `<w:tr><w:trPr>${props}</w:trPr>${cells.join("")}</w:tr>`;

const SIGNATURE_LINE = paragraph(
  '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr><w:spacing w:before="480"/>',
  "",
);

function signatureCell(s: SignatureBlock, labels: SignatureLabels): string {
  const line = (label: string) => SIGNATURE_LINE + paragraph("", textRun(label, { size: 18 }));
  return (
    paragraph("", textRun(s.caption, { bold: true })) +
    line(labels.signature) +
    paragraph('<w:spacing w:before="120"/>', scriptText(`${labels.name} ${s.name}`)) +
    paragraph("", scriptText(`${labels.title} ${s.title}`)) +
    line(labels.date)
  );
}

const SIGNATURE_CELL_PROPS =
  '<w:tcPr><w:tcW w:type="pct" w:w="2500"/><w:tcMar><w:top w:type="dxa" w:w="120"/><w:left w:type="dxa" w:w="120"/><w:bottom w:type="dxa" w:w="240"/><w:right w:type="dxa" w:w="360"/></w:tcMar></w:tcPr>';

function blockXml(block: Block, build: Build): string {
  switch (block.kind) {
    case "title":
      return block.lines
        .map((l, i) => paragraph(pStyle(i === 0 ? "MouTitle" : "MouSubtitle") + jc("center"), textRun(l, {})))
        .join("");
    case "heading": {
      // a listed heading is numbered by Word, so a section counsel inserts renumbers the rest
      const numbering = block.listed ? numPr(block.listed.level, numId(build, block.listed.list)) : "";
      const text = block.number && !block.listed ? `${block.number}\t${block.text}` : block.text;
      return paragraph(
        `${pStyle(block.level === 1 ? "Heading1" : "Heading2")}<w:keepNext/>${numbering}${leftTab(720)}`,
        textRun(text, {}),
      );
    }
    case "paragraph":
      return paragraph(jc(block.align === "center" ? "center" : "both"), runs(block.inlines, build));
    case "clause": {
      if (block.listed) {
        const props = pStyle("ListParagraph") + numPr(block.listed.level, numId(build, block.listed.list));
        return paragraph(props + jc("both"), runs(block.inlines, build));
      }
      const left = block.level === 1 ? 720 : 1440;
      return paragraph(
        `${leftTab(left)}<w:ind w:left="${left}" w:hanging="720"/>${jc("both")}`,
        textRun(`${block.number}\t`, {}) + runs(block.inlines, build),
      );
    }
    case "table": {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const widths = block.widths.map((w) => Math.round((w / total) * 100));
      const at = (i: number) => widths[i] ?? 10;
      const head = block.header.map((h, i) => cell(paragraph("", textRun(h, { bold: true })), at(i), true));
      const rows = block.rows.map((row) => row.map((c, i) => cell(paragraph("", runs(c, build)), at(i))));
      const gridRows = [block.header.map((_, i) => at(i)), ...block.rows.map((r) => r.map((_, i) => at(i)))];
      return (
        `<w:tbl>${GRID_TABLE}${grid(gridRows)}${row("<w:tblHeader/>", head)}` +
        `${rows.map((r) => row("<w:cantSplit/>", r)).join("")}</w:tbl>${paragraph("", "")}`
      );
    }
    case "signatures": {
      let rows = "";
      let count = 0;
      for (const pair of signatureRows(block.blocks)) {
        count += 1;
        const cells = [0, 1].map((k) => {
          const s = pair[k];
          return `<w:tc>${SIGNATURE_CELL_PROPS}${s ? signatureCell(s, block.labels) : paragraph("", "")}</w:tc>`;
        });
        rows += row("<w:cantSplit/>", cells);
      }
      return `<w:tbl>${PLAIN_TABLE}${grid(count > 0 ? [[50, 50]] : [])}${rows}</w:tbl>`;
    }
    case "pageBreak":
      return pageBreakParagraph;
  }
}

/** Writes the body of a printable document (printable.ts), with its comments and the lists it numbers. */
export function writeBody(doc: MouDocument): Body {
  const build: Build = { comments: [], lists: [], lastId: 0, draft: doc.mode === "draft" };
  let xml = "";
  for (const block of doc.blocks) xml += blockXml(block, build);
  return { xml, comments: build.comments, lists: build.lists };
}
