import type { PdfJs } from "../verify/extract-pdf";
import { ImportReadError } from "./errors";
import { readDocx } from "./read-docx";
import { readPdf } from "./read-pdf";
import { readText } from "./read-text";
import type { SourceText } from "./types";

/** The largest file imported: an MOU with scanned exhibits is a few MB. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** What a file is by its first bytes, whatever its name says: a DOCX (a ZIP), a PDF, or text. */
export function sniffImport(bytes: Uint8Array): "docx" | "pdf" | "text" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "docx";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  // text: no NUL bytes and valid UTF-8 in the first 64 KB
  const sample = bytes.subarray(0, 65_536);
  if (sample.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4)));
    return "text";
  } catch {
    return null;
  }
}

/**
 * Reads an agreement's text from a file's bytes. pdf.js is passed in: its legacy build in Node, its
 * browser build (with its worker) in the app.
 */
export async function readSource(bytes: Uint8Array, loadPdfJs: () => Promise<PdfJs>): Promise<SourceText> {
  if (bytes.length === 0) throw new ImportReadError("empty", "The file is empty.");
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportReadError(
      "tooLarge",
      "The file is larger than 30 MB; an MOU is far smaller, so it was not read.",
    );
  switch (sniffImport(bytes)) {
    case "docx":
      return readDocx(bytes);
    case "pdf":
      return readPdf(bytes, await loadPdfJs());
    case "text":
      return readText(new TextDecoder().decode(bytes));
    case null:
      throw new ImportReadError(
        "notSupported",
        "This file is not a Word document (DOCX), a PDF or plain text, so it cannot be imported.",
      );
  }
}
