import type { Project, Side } from "../project/schema";
import { readStored, readVersion, saveProject } from "./db";

export type RestoreResult =
  | { readonly ok: true; readonly project: Project; readonly rev: number }
  | { readonly ok: false; readonly message: string };

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * Makes an earlier version the current one, as a new revision through the one save path
 * (revision-checked): the copy it replaces becomes an earlier version in its turn, so nothing
 * is lost. The project's history records the restore.
 */
export async function restoreVersion(
  id: string,
  rev: number,
  side: Side,
  savedAt: string,
  now = new Date(),
): Promise<RestoreResult> {
  const [version, current] = await Promise.all([readVersion(id, rev), readStored(id)]);
  if (!version || !current) return { ok: false, message: "That version is no longer in this browser." };
  if (!version.ok) {
    return {
      ok: false,
      message: `That version cannot be opened: ${version.problems.map((p) => `${p.path}: ${p.message}`).join(" ")}`,
    };
  }
  const at = now.toISOString();
  const project: Project = {
    ...version.project,
    id,
    updatedAt: at,
    history: [
      ...version.project.history,
      { at, side, kind: "restore", topicId: null, what: `Restored the version saved ${when(savedAt)}.` },
    ],
  };
  const saved = await saveProject(project, current.rev);
  return { ok: true, project, rev: saved };
}
