import type { Checkup } from "../../import/checkup";
import { buildCheckupDocument } from "../../import/checkup-document";
import type { ImportResult } from "../../import/types";
import { downloadDocument } from "../../export/download-document";
import type { Format } from "../../render/registry";

/** Renders the check-up through the renderer registry, as `mou checkup` does, and downloads it. Loaded on first use. */
export async function exportCheckup(
  result: ImportResult,
  checkup: Checkup,
  format: Format,
  names: { readonly agencyName: string; readonly districtName: string },
): Promise<string> {
  const now = new Date();
  const doc = buildCheckupDocument(result, checkup, { date: now.toISOString().slice(0, 10) });
  return downloadDocument(doc, format, "check-up", names, now);
}
