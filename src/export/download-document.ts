import type { MouDocument } from "../document/ir";
import { loadFontBrowser } from "../render/pdf/fonts-browser";
import type { Format } from "../render/registry";
import { RENDERERS, render } from "../render/registry";
import { downloadBlob } from "./download";
import { exportFileName } from "./file-name";

/**
 * Renders a document through the registry and hands it to the browser's downloads, named after
 * the Parties and what it is ("draft", "check-up"…); returns the file name.
 */
export async function downloadDocument(
  doc: MouDocument,
  format: Format,
  what: string,
  names: { readonly agencyName: string; readonly districtName: string } = doc.meta,
  now: Date = new Date(),
): Promise<string> {
  const bytes = await render(format, doc, { loadFont: loadFontBrowser });
  const renderer = RENDERERS[format];
  const name = exportFileName(names.agencyName, names.districtName, what, now, renderer.extension);
  downloadBlob(name, new Blob([bytes as BlobPart], { type: renderer.mimeType }));
  return name;
}
