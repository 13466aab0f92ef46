import type { getDocument as GetDocument } from "pdfjs-dist";
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import type { CopyText } from "./copy";
import { CopyReadError, MAX_COPY_PAGES } from "./copy";

/** The part of pdf.js that reading text needs: its browser build in the app, its legacy build in Node. */
export interface PdfJs {
  readonly getDocument: typeof GetDocument;
}

/** The text of one page: pdf.js's runs in content order, a line break where it sees one. */
function pageText(items: readonly (TextItem | TextMarkedContent)[]): string {
  let out = "";
  for (const item of items) {
    if (!("str" in item)) continue; // marked-content markers carry no text
    out += item.str;
    if (item.hasEOL) out += "\n";
  }
  return out;
}

/**
 * Reads the text of each page of a PDF with pdf.js. Text only: no fonts are loaded, no script
 * runs, and form fields are not read (a signed copy's filled fields are handwriting, not terms).
 */
export async function extractPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<CopyText> {
  return withPdf(
    bytes,
    pdfjs,
    (kind) =>
      kind === "encrypted"
        ? new CopyReadError(
            "encrypted",
            "This PDF is protected by a password, so its text cannot be read. Check a copy without a password.",
          )
        : new CopyReadError(
            "damaged",
            "This file could not be read as a PDF: it may be damaged, or not a PDF at all.",
          ),
    async (pdf) => {
      if (pdf.numPages > MAX_COPY_PAGES)
        throw new CopyReadError(
          "tooManyPages",
          `This PDF has ${pdf.numPages} pages; an MOU has far fewer, so it was not read.`,
        );
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        pages.push(pageText(content.items));
        page.cleanup();
      }
      return { format: "pdf", pages, furniture: "" };
    },
  );
}

type PdfDocument = Awaited<ReturnType<typeof GetDocument>["promise"]>;

/**
 * Opens a PDF with pdf.js for its text only (no fonts load, no script runs, form fields unread),
 * gives it to `read`, and frees pdf.js's worker after. A password or a damaged file is turned
 * into the caller's own error by `fail`.
 */
export async function withPdf<T>(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  fail: (kind: "encrypted" | "damaged") => Error,
  read: (pdf: PdfDocument) => Promise<T>,
): Promise<T> {
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer to its worker: give it a copy so the caller keeps its bytes
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    enableXfa: false,
    // errors only: a damaged file's repair warnings are not for the console
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw fail(error instanceof Error && error.name === "PasswordException" ? "encrypted" : "damaged");
    });
    return await read(pdf);
  } finally {
    await task.destroy();
  }
}
