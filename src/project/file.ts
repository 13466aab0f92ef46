import type { LoadResult } from "./load";
import { MAX_FILE_BYTES } from "./file-limits";
import { loadProject } from "./load";
import type { Project, Side } from "./schema";
import { SCHEMA_VERSION, agreementOf } from "./schema";

export const FILE_KIND = "sro-mou-project";
export const APP_VERSION = "0.1.0";
export { MAX_FILE_BYTES } from "./file-limits";

export interface MouFileEnvelope {
  readonly kind: typeof FILE_KIND;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly savedBy: Side | null;
  readonly savedAt: string;
  readonly project: Project;
}

export function serializeProject(project: Project, savedBy: Side | null, now = new Date()): string {
  const envelope: MouFileEnvelope = {
    kind: FILE_KIND,
    schemaVersion: SCHEMA_VERSION,
    appVersion: APP_VERSION,
    savedBy,
    savedAt: now.toISOString(),
    project,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** What both offices will have once this copy is sent: the ancestor for the next merge. */
export function markExchanged(project: Project): Project {
  return {
    ...project,
    exchangeBase: agreementOf(project),
    exchangeReview: project.review,
  };
}

export type FileResult = LoadResult & { readonly savedBy?: Side | null };

/** Reads the text of a .mou.json file (an envelope, or a bare project). Never throws. */
export function parseProjectFile(text: string, byteLength = text.length): FileResult {
  const fail = (message: string): FileResult => ({ ok: false, problems: [{ path: "(file)", message }] });
  if (byteLength > MAX_FILE_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return fail(
      `This file is ${mb} MB; an MOU project file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB. It is probably not an MOU project.`,
    );
  }
  if (text.trim() === "") return fail("The file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    // an error at the very end of the text means the file stops mid-way
    const truncated = /end of (JSON )?input/i.test(message) || position >= text.trimEnd().length;
    return fail(
      truncated
        ? "The file ends too soon: it seems to have been cut off while saving or sending. Ask for a new copy."
        : `This is not an MOU project file (it is not valid JSON: ${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data) && "kind" in data) {
    const env = data as Record<string, unknown>;
    if (env.kind !== FILE_KIND)
      return fail(`This is not an MOU project file (its kind is "${String(env.kind)}").`);
    const savedBy = env.savedBy === "agency" || env.savedBy === "district" ? env.savedBy : null;
    const result = loadProject(env.project);
    if (!result.ok) {
      return { ok: false, problems: result.problems.map((p) => ({ ...p, path: `project.${p.path}` })) };
    }
    return { ...result, savedBy };
  }
  return loadProject(data);
}
