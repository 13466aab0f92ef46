import { buildAlignmentReport, buildDocument } from "../document/build";
import { buildFamilySummary } from "../document/family-summary";
import type { FamilyLanguage } from "../document/family-summary";
import type { DocumentMode } from "../document/ir";
import type { Project } from "../project/schema";
import type { Format } from "../render/registry";
import { downloadDocument } from "./download-document";

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
  return downloadDocument(doc, format, mode === "final" ? "signature-ready" : "draft");
}

/** Renders and downloads the report "Alignment with the NASRO Recommendations", for a board meeting. */
export async function exportAlignmentReport(project: Project, format: Format): Promise<string> {
  const doc = buildAlignmentReport(project);
  return downloadDocument(doc, format, "NASRO-alignment");
}

/** Renders and downloads the plain-language summary for families, in English or Spanish. */
export async function exportFamilySummary(
  project: Project,
  format: Format,
  lang: FamilyLanguage,
): Promise<string> {
  const doc = buildFamilySummary(project, lang);
  return downloadDocument(doc, format, lang === "es" ? "family-summary-es" : "family-summary");
}
