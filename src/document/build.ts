import type { Project } from "../project/schema";
import type { AssembleOptions } from "./assemble";
import { assemble } from "./assemble";
import type { DocumentMode, MouDocument } from "./ir";
import { assembleReview } from "./review-marks";

export interface BuildOptions {
  readonly mode: DocumentMode;
  /**
   * Drafts only: the annex "Alignment with the NASRO Recommendations": every topic against its
   * recommendation, then each departure with the Parties' reasons.
   */
  readonly alignmentAnnex?: boolean;
  /** Drafts only: the departures part alone ("Departures from the NASRO Recommendations"); the alignment annex, when asked for too, replaces it. */
  readonly departuresAnnex?: boolean;
  /** Shown in the document properties, e.g. "2026-27 draft 3". */
  readonly version?: string;
}

/**
 * The document model of a project, with every word the renderers print. A draft of an annual
 * review shows its changes against the signed MOU (the redline); a signature-ready MOU is clean
 * and carries its fingerprint.
 */
export function buildDocument(project: Project, options: BuildOptions): MouDocument {
  // a project is an immutable value: the preview, the export panel and an export of the same
  // project share one model
  const key = `${options.mode}|${options.alignmentAnnex === true}|${options.departuresAnnex === true}|${options.version ?? ""}`;
  const known = built.get(project);
  const hit = known?.get(key);
  if (hit) return hit;
  const doc = assembleDocument(project, options);
  if (known) known.set(key, doc);
  else built.set(project, new Map([[key, doc]]));
  return doc;
}

const built = new WeakMap<Project, Map<string, MouDocument>>();

function assembleDocument(project: Project, options: BuildOptions): MouDocument {
  const assembleOptions: AssembleOptions = {
    mode: options.mode,
    ...(options.mode === "draft" && options.alignmentAnnex ? { alignmentAnnex: true } : {}),
    ...(options.mode === "draft" && options.departuresAnnex ? { departuresAnnex: true } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
  };
  return options.mode === "draft"
    ? assembleReview(project, assembleOptions)
    : assemble(project, assembleOptions);
}

export { buildAlignmentReport } from "./alignment-report";
export type { AlignmentReportOptions } from "./alignment-report";
