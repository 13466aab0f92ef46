import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import type { PdfJs } from "../verify/extract-pdf";

/**
 * pdf.js for the app, as the check of a signed copy loads it (src/verify/read-copy.ts): loaded
 * only when a PDF is imported, parsing in a worker served from the app's own files. Pass it to
 * `importFile` in the browser; the CLI passes pdf.js's legacy build instead.
 */
export async function loadPdfJsBrowser(): Promise<PdfJs> {
  const pdfjs = await import("pdfjs-dist");
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}
