import { Packer, Paragraph } from "docx";
import type { MouDocument } from "../document/ir";
import { writeBody } from "./docx/body";
import { documentXml } from "./docx/document-xml";
import { LISTS, packageDocument } from "./docx/package";
import { printableDocument } from "./printable";

export interface DocxOptions {
  /** Fixes the document's dates, for reproducible files. */
  readonly now?: Date;
}

/**
 * Renders the document model as a DOCX file. Decides format only; all words come from the model.
 *
 * The body of word/document.xml is written straight from the model (docx/body.ts); the docx
 * library writes the rest of the package (docx/package.ts). The library is given, in place of the
 * body, one empty numbered paragraph per list the body numbers, in the order the body first
 * numbers them, so that it writes numbering.xml with the same lists under the same w:numId; its
 * document.xml is then replaced by ours.
 */
export async function renderDocx(input: MouDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = printableDocument(input);
  const body = writeBody(doc);
  const lists = body.lists.map((list) => new Paragraph({ numbering: { reference: LISTS[list], level: 0 } }));
  const document = packageDocument(doc, options.now ?? new Date(), body.comments, lists);
  const xml = documentXml(body.xml, body.comments.length > 0);
  const blob = await Packer.toBlob(document, undefined, [{ path: "word/document.xml", data: xml }]);
  return new Uint8Array(await blob.arrayBuffer());
}
