import { assemble } from "../document/assemble";
import { assembleReview } from "../document/review-marks";
import { fingerprint } from "../document/text";
import type { DocumentMode } from "../document/ir";
import type { Project } from "../project/schema";
import { renderDocx } from "../render/docx";
import { loadFontBrowser } from "../render/pdf/fonts-browser";
import { renderPdf } from "../render/pdf/render";
import { downloadBlob } from "./download";
import { exportFileName } from "./file-name";

export type ExportFormat = "docx" | "pdf";

const MIME: Record<ExportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** Renders and downloads the MOU. Loaded on first export only (docx, pdf-lib and fonts are large). */
export async function exportDocument(
  project: Project,
  format: ExportFormat,
  mode: DocumentMode,
  /** Drafts only: add the annex of departures from the recommendations, with the Parties' reasons. */
  departuresAnnex = false,
): Promise<string> {
  // a draft of an annual review shows its changes against the signed MOU; a final is clean
  const doc =
    mode === "draft" ? assembleReview(project, { mode, departuresAnnex }) : assemble(project, { mode });
  const print = mode === "final" ? (await fingerprint(doc)).short : undefined;
  const bytes =
    format === "docx"
      ? await renderDocx(doc, print ? { fingerprint: print } : {})
      : await renderPdf(doc, { loadFont: loadFontBrowser, ...(print ? { fingerprint: print } : {}) });
  const name = exportFileName(
    doc.meta.agencyName,
    doc.meta.districtName,
    mode === "final" ? "signature-ready" : "draft",
    new Date(),
    format,
  );
  downloadBlob(name, new Blob([bytes as BlobPart], { type: MIME[format] }));
  return name;
}
