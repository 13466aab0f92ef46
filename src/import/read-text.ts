import { ImportReadError } from "./errors";
import type { SourceLine, SourceText } from "./types";

/**
 * Pasted or plain text, a line each. A form feed (as pdftotext writes between pages) starts a new
 * page, so pages are known when the text has them; otherwise pages are null.
 */
export function readText(text: string): SourceText {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (clean.trim() === "") throw new ImportReadError("empty", "There is no text to import.");
  const pages = clean.split("\f");
  const paged = pages.length > 1;
  const lines: SourceLine[] = [];
  pages.forEach((p, i) => {
    for (const raw of p.split("\n"))
      lines.push({ text: raw.replace(/[\t ]+/g, " ").trim(), page: paged ? i + 1 : null });
    if (paged) lines.push({ text: "", page: i + 1 });
  });
  // a trailing empty page after the last form feed is not a page
  const count = paged && pages.at(-1)?.trim() === "" ? pages.length - 1 : pages.length;
  return { format: "text", lines, pages: paged ? count : null, warnings: [] };
}
