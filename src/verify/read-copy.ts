import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import type { CopyText } from "./copy";
import { CopyReadError, sniffCopy } from "./copy";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";

/**
 * Reads the text of a copy in the browser. Loaded only when someone checks a copy: pdf.js is large.
 * pdf.js parses in a worker served from the app's own files (the page's CSP allows no other).
 */
export async function readCopy(bytes: Uint8Array): Promise<CopyText> {
  switch (sniffCopy(bytes)) {
    case "pdf": {
      const pdfjs = await import("pdfjs-dist");
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return extractPdf(bytes, pdfjs);
    }
    case "docx":
      return extractDocx(bytes);
    case null:
      throw new CopyReadError(
        "notPdfOrDocx",
        "This file is neither a PDF nor a Word document (DOCX), so it cannot be a copy of the MOU.",
      );
  }
}
