import type { Checkup } from "../../import/checkup";
import { buildCheckupDocument } from "../../import/checkup-document";
import type { ImportResult } from "../../import/types";
import { downloadBlob } from "../../export/download";
import { exportFileName } from "../../export/file-name";
import { loadFontBrowser } from "../../render/pdf/fonts-browser";
import type { Format } from "../../render/registry";
import { RENDERERS, render } from "../../render/registry";

/** Renders the check-up through the renderer registry, as `mou checkup` does, and downloads it. Loaded on first use. */
export async function exportCheckup(
  result: ImportResult,
  checkup: Checkup,
  format: Format,
  names: { readonly agencyName: string; readonly districtName: string },
): Promise<string> {
  const now = new Date();
  const doc = buildCheckupDocument(result, checkup, { date: now.toISOString().slice(0, 10) });
  const bytes = await render(format, doc, { loadFont: loadFontBrowser });
  const renderer = RENDERERS[format];
  const name = exportFileName(names.agencyName, names.districtName, "check-up", now, renderer.extension);
  downloadBlob(name, new Blob([bytes as BlobPart], { type: renderer.mimeType }));
  return name;
}
