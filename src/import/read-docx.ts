import { strFromU8, unzipSync } from "fflate";
import type { ParagraphList } from "./docx-numbering";
import { NumberCounter, paragraphLists, readNumbering } from "./docx-numbering";
import { ImportReadError } from "./errors";
import { htmlLines } from "./html-lines";
import type { SourceText } from "./types";

/** Marks a list number put before a paragraph's text, so it is read back apart from the text. */
export const NUMBER_OPEN = "\uE000";
export const NUMBER_CLOSE = "\uE001";

/** The part of mammoth's document tree the import touches. */
interface MammothNode {
  readonly type: string;
  readonly children?: readonly MammothNode[];
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly [key: string]: unknown;
}

interface Mammoth {
  convertToHtml(
    input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer },
    options: { transformDocument: (doc: MammothNode) => MammothNode; ignoreEmptyParagraphs: boolean },
  ): Promise<{ value: string; messages: ReadonlyArray<{ type: string; message: string }> }>;
  readonly transforms: {
    paragraph(fn: (p: MammothNode) => MammothNode): (doc: MammothNode) => MammothNode;
  };
}

function part(files: Record<string, Uint8Array>, name: string): string | null {
  const bytes = files[name];
  return bytes ? strFromU8(bytes) : null;
}

/** Numbers Word would print before each numbered paragraph, in order; null where it prints a bullet. */
function printedNumbers(files: Record<string, Uint8Array>): Array<string | null> {
  const documentXml = part(files, "word/document.xml");
  if (documentXml === null)
    throw new ImportReadError(
      "damaged",
      "This file is a ZIP archive but not a Word document (no word/document.xml).",
    );
  const counter = new NumberCounter(readNumbering(part(files, "word/numbering.xml")));
  return paragraphLists(documentXml, counter)
    .filter((l): l is ParagraphList => l !== null && counter.defines(l))
    .map((l) => counter.next(l));
}

/** Numbers from list levels alone (1., 1.1, (a)), when Word's own could not be matched to the paragraphs. */
function levelNumbers(): (level: number) => string {
  const counts: number[] = [];
  return (level) => {
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    if (level === 0) return `${counts[0]}.`;
    if (level === 1) return `${counts[0] ?? 1}.${counts[1]}`;
    return `(${String.fromCharCode(96 + (((counts[level] ?? 1) - 1) % 26) + 1)})`;
  };
}

/**
 * Reads a DOCX with mammoth (headings, lists, tables kept as HTML), each paragraph a line, with
 * the number Word prints before each automatically numbered paragraph. A DOCX has no pages until
 * a word processor lays it out, so pages are null.
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceText> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => ["word/document.xml", "word/numbering.xml"].includes(f.name),
    });
  } catch {
    throw new ImportReadError(
      "damaged",
      "This file could not be read as a Word document: it may be damaged.",
    );
  }
  const numbers = printedNumbers(files);
  const mammoth = (await import("mammoth")).default as unknown as Mammoth;
  let numbered = 0;
  const byLevel = levelNumbers();
  const fallback: string[] = [];
  const transform = mammoth.transforms.paragraph((p) => {
    if (!p.numbering) return p;
    const index = numbered++;
    fallback.push(p.numbering.isOrdered ? byLevel(Number(p.numbering.level)) : "");
    const label = numbers[index];
    if (label === undefined || label === null || label === "") return p;
    const run: MammothNode = {
      type: "run",
      children: [{ type: "text", value: `${NUMBER_OPEN}${label}${NUMBER_CLOSE}` }],
    };
    return { ...p, children: [run, ...(p.children ?? [])] };
  });
  const input = { buffer: bytes, arrayBuffer: bytes.slice().buffer };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { transformDocument: transform, ignoreEmptyParagraphs: true }))
      .value;
  } catch {
    throw new ImportReadError(
      "damaged",
      "This file could not be read as a Word document: it may be damaged.",
    );
  }
  const warnings: string[] = [];
  if (numbered !== numbers.length) {
    // Word's numbering could not be matched paragraph by paragraph: number by list level instead
    warnings.push(
      "The automatic numbering of this document could not be read exactly; clause numbers were computed from the list levels and may differ from the printed ones.",
    );
    let i = 0;
    html = html.replace(new RegExp(`${NUMBER_OPEN}[^${NUMBER_CLOSE}]*${NUMBER_CLOSE}`, "g"), () => "");
    html = html.replace(/<li>/g, (m) => {
      const label = fallback[i++];
      return label ? `${m}${NUMBER_OPEN}${label}${NUMBER_CLOSE}` : m;
    });
  }
  const lines = htmlLines(html, NUMBER_OPEN, NUMBER_CLOSE);
  if (lines.every((l) => l.text.trim() === ""))
    throw new ImportReadError("empty", "This Word document has no text to import.");
  return { format: "docx", lines, pages: null, warnings };
}
