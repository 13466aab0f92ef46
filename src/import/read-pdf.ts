import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import type { PdfJs } from "../verify/extract-pdf";
import { withPdf } from "../verify/extract-pdf";
import { ImportReadError } from "./errors";
import type { SourceLine, SourceText } from "./types";

/** More pages than an MOU with its exhibits has: a larger file is refused rather than read for long. */
export const MAX_IMPORT_PAGES = 150;

interface Run {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly width: number;
  readonly eol: boolean;
}

/**
 * The lines of one page in reading order, an empty line where the gap above a line is wider than
 * a line's spacing (a new paragraph): pdf.js gives text runs with their positions, not paragraphs.
 */
export function pageLines(items: readonly (TextItem | TextMarkedContent)[], page: number): SourceLine[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!("str" in item)) continue;
    runs.push({
      str: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      height: item.height || Math.abs(item.transform[3] ?? 0) || 10,
      width: item.width,
      eol: item.hasEOL,
    });
  }
  const rows: Array<{ text: string; y: number; height: number }> = [];
  let current: { text: string; y: number; height: number } | null = null;
  let end = 0;
  for (const r of runs) {
    // a new line: lower on the page, or far to the right on the same line (the next column of a
    // table, such as the other Party's signature block)
    // (not after a clause number alone: "1.1" and its text sit at a tab stop apart)
    const column =
      current !== null &&
      r.x - end > Math.max(current.height, r.height) * 1.5 &&
      r.str.trim() !== "" &&
      !/^\(?[\dA-Za-z]{1,4}(?:\.\d{1,3})*[.)]?$|^(?:section|article)\s+\S+$/i.test(current.text.trim());
    if (current && (Math.abs(r.y - current.y) > Math.max(2, current.height * 0.5) || column)) {
      rows.push(current);
      current = null;
    }
    if (!current) current = { text: "", y: r.y, height: r.height };
    current.text += r.str;
    if (r.str.trim() !== "") end = r.x + r.width;
    current.height = Math.max(current.height, r.height);
    if (r.eol) {
      rows.push(current);
      current = null;
    }
  }
  if (current) rows.push(current);
  const out: SourceLine[] = [];
  let previous: { y: number; height: number } | null = null;
  for (const row of rows) {
    const text = row.text.replace(/\s+/g, " ").trim();
    if (text === "") continue;
    // a wider gap than a line's, or a change of type size (a title over its text), ends a paragraph
    const taller = previous ? Math.max(row.height, previous.height) : 0;
    if (
      previous &&
      (previous.y - row.y > taller * 1.75 || Math.abs(row.height - previous.height) > taller * 0.2)
    )
      out.push({ text: "", page });
    out.push({ text, page });
    previous = row;
  }
  return out;
}

/** Reads the text of a PDF with pdf.js, page by page. Text only: no fonts load, no script runs. */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<SourceText> {
  return withPdf(
    bytes,
    pdfjs,
    (kind) =>
      kind === "encrypted"
        ? new ImportReadError(
            "encrypted",
            "This PDF is protected by a password, so its text cannot be read. Import a copy without a password.",
          )
        : new ImportReadError("damaged", "This file could not be read as a PDF: it may be damaged."),
    async (pdf) => {
      if (pdf.numPages > MAX_IMPORT_PAGES)
        throw new ImportReadError(
          "tooManyPages",
          `This PDF has ${pdf.numPages} pages; an MOU with its exhibits has far fewer (at most ${MAX_IMPORT_PAGES} are read), so it was not imported.`,
        );
      const lines: SourceLine[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        lines.push(...pageLines(content.items, n), { text: "", page: n });
        page.cleanup();
      }
      if (lines.every((l) => l.text === ""))
        throw new ImportReadError(
          "noText",
          "This PDF has no text to read: it is probably a scan (pictures of pages). Import the Word file, or a PDF made from it, or paste the text.",
        );
      return { format: "pdf", lines, pages: pdf.numPages, warnings: [] };
    },
  );
}
