import { buildDocument } from "../document/build";
import type { DocumentMode } from "../document/ir";
import type { Project } from "../project/schema";
import { loadFontBrowser } from "../render/pdf/fonts-browser";
import type { Format } from "../render/registry";
import { RENDERERS, render } from "../render/registry";
import { downloadBlob } from "./download";
import { exportFileName } from "./file-name";

/** Renders and downloads the MOU. Loaded on first export only (docx, pdf-lib and fonts are large). */
export async function exportDocument(
  project: Project,
  format: Format,
  mode: DocumentMode,
  /** Drafts only: add the annex of departures from the recommendations, with the Parties' reasons. */
  departuresAnnex = false,
): Promise<string> {
  const doc = buildDocument(project, { mode, departuresAnnex });
  const bytes = await render(format, doc, { loadFont: loadFontBrowser });
  const renderer = RENDERERS[format];
  const name = exportFileName(
    doc.meta.agencyName,
    doc.meta.districtName,
    mode === "final" ? "signature-ready" : "draft",
    new Date(),
    renderer.extension,
  );
  downloadBlob(name, new Blob([bytes as BlobPart], { type: renderer.mimeType }));
  return name;
}
