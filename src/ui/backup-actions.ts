import type { Problem } from "../project/load";
import { markExchanged, serializeProject } from "../project/file";
import { downloadBlob } from "../export/download";
import { exportFileName } from "../export/file-name";
import { ConflictError, readProject, recordSavedToFile, saveProject } from "../storage/db";
import { MAX_BACKUP_BYTES, backUpAll, describeRestore, parseBackup, restoreBackup } from "../storage/backup";
import { restoreVersion } from "../storage/restore-version";
import type { VersionSummary } from "../storage/versions";
import { readSide, writeSide } from "./remembered";

/** What an action tells the user: a notice, or the problems of a file that changed nothing. */
export type Outcome = { readonly notice: string } | { readonly problems: readonly Problem[] };

const json = (text: string) => new Blob([text], { type: "application/json" });

/** Saves a stored project to a .mou.json, as the project screen's "Save to file" does. */
export async function saveStoredToFile(id: string): Promise<Outcome> {
  const read = await readProject(id);
  if (!read?.ok) return { notice: "That project could not be read, so it was not saved to a file." };
  const { project, rev } = read;
  // the copy sent is what both offices share from now: the ancestor of the next merge
  const sent = markExchanged(project);
  if (!project.signed) await saveProject(sent, rev);
  const name = exportFileName(
    project.parties.agency.name,
    project.parties.district.name,
    "project",
    new Date(),
    "mou.json",
  );
  downloadBlob(name, json(serializeProject(sent, readSide(id))));
  await recordSavedToFile([sent]);
  return { notice: `Saved “${name}” to your downloads.` };
}

/** Downloads one file holding every project. */
export async function backUpEverything(): Promise<Outcome> {
  const now = new Date();
  const backup = await backUpAll(readSide, now);
  const name = `SRO-MOU-backup_${now.toISOString().slice(0, 16).replace(":", "-")}.json`;
  downloadBlob(name, json(backup.text));
  const skipped =
    backup.unreadable.length > 0
      ? ` Not included, because they could not be read: ${backup.unreadable.map((n) => `“${n}”`).join(", ")}.`
      : "";
  return {
    notice: `Saved “${name}” to your downloads, with ${backup.projects.length} ${backup.projects.length === 1 ? "project" : "projects"}. Keep it somewhere safe: it restores them all in any browser.${skipped}`,
  };
}

/** Restores the projects of a backup file; a bad file changes nothing. */
export async function restoreFromBackup(file: File): Promise<Outcome> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      problems: [
        {
          path: "(file)",
          message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
        },
      ],
    };
  }
  const parsed = parseBackup(await file.text(), file.size);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = await restoreBackup(parsed, writeSide);
  return { notice: `From “${file.name}”: ${describeRestore(result)}` };
}

/** Makes an earlier version the current one (a new revision). */
export async function restoreEarlier(id: string, version: VersionSummary): Promise<Outcome> {
  try {
    const result = await restoreVersion(id, version.rev, readSide(id) ?? "agency", version.savedAt);
    if (!result.ok) return { notice: result.message };
    return {
      notice: `“${result.project.name}” is back as it was when saved ${new Date(version.savedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}. The version it replaced is kept among the earlier versions.`,
    };
  } catch (error) {
    if (error instanceof ConflictError) {
      return {
        notice: "The project was being saved from another tab or window; nothing was restored. Try again.",
      };
    }
    throw error;
  }
}
