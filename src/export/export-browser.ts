import { buildAlignmentReport, buildDocument } from "../document/build";
import { buildFamilySummary } from "../document/family-summary";
import type { FamilyLanguage } from "../document/family-summary";
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
  /**
   * Drafts only: add an annex. "alignment": every topic against its recommendation, then each
   * departure with the Parties' reasons; "departures" (or true, as before): the departures alone.
   */
  annex: boolean | "alignment" | "departures" = false,
): Promise<string> {
  const doc = buildDocument(project, {
    mode,
    alignmentAnnex: annex === "alignment",
    departuresAnnex: annex === true || annex === "departures",
  });
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

/** Renders and downloads the report "Alignment with the NASRO Recommendations", for a board meeting. */
export async function exportAlignmentReport(project: Project, format: Format): Promise<string> {
  const doc = buildAlignmentReport(project);
  const bytes = await render(format, doc, { loadFont: loadFontBrowser });
  const renderer = RENDERERS[format];
  const name = exportFileName(
    doc.meta.agencyName,
    doc.meta.districtName,
    "NASRO-alignment",
    new Date(),
    renderer.extension,
  );
  downloadBlob(name, new Blob([bytes as BlobPart], { type: renderer.mimeType }));
  return name;
}

/** Renders and downloads the plain-language summary for families, in English or Spanish. */
export async function exportFamilySummary(
  project: Project,
  format: Format,
  lang: FamilyLanguage,
): Promise<string> {
  const doc = buildFamilySummary(project, lang);
  const bytes = await render(format, doc, { loadFont: loadFontBrowser });
  const renderer = RENDERERS[format];
  const name = exportFileName(
    doc.meta.agencyName,
    doc.meta.districtName,
    lang === "es" ? "family-summary-es" : "family-summary",
    new Date(),
    renderer.extension,
  );
  downloadBlob(name, new Blob([bytes as BlobPart], { type: renderer.mimeType }));
  return name;
}
