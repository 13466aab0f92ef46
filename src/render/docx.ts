import type { MouDocument } from "../document/ir";
import { writeBody } from "./docx/body";
import { packageParts } from "./docx/package-xml";
import { zipParts } from "./docx/zip";
import { printableDocument } from "./printable";

export interface DocxOptions {
  /** Fixes the document's dates, for reproducible files. */
  readonly now?: Date;
}

/**
 * Renders the document model as a DOCX file. Decides format only; all words come from the model.
 *
 * Every part is written straight from the model (docx/body.ts, docx/package-xml.ts), as the docx
 * library writes them for the same document; test/unit/docx-writer.test.ts holds each part to
 * the library's (docx/library-body.ts), byte for byte.
 */
export async function renderDocx(input: MouDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = printableDocument(input);
  const body = writeBody(doc);
  // the library dates the package's properties when it renders, and its comments by `now`
  const parts = packageParts(doc, body, options.now ?? new Date(), new Date());
  return zipParts(parts);
}
