import type { Problem } from "../project/load";
import { loadProject } from "../project/load";
import type { MouFileEnvelope } from "../project/file";
import { APP_VERSION, FILE_KIND, serializeProject } from "../project/file";
import { newId } from "../project/new-project";
import type { Project, Side } from "../project/schema";
import { addProjects, listProjects, readProject, recordSavedToFile } from "./db";

export const BACKUP_KIND = "sro-mou-backup";
/** The version of the backup format (each project inside has its own schemaVersion). */
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Every project of this browser, each as its own `.mou.json` would hold it. */
export interface BackupFile {
  readonly kind: typeof BACKUP_KIND;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly savedAt: string;
  readonly projects: readonly MouFileEnvelope[];
}

export interface Backup {
  /** The file's text. */
  readonly text: string;
  readonly projects: readonly Project[];
  /** Projects stored here that could not be read, so are not in the backup. */
  readonly unreadable: readonly string[];
}

/** Writes every stored project into one backup file's text and records them as saved to a file. */
export async function backUpAll(sideOf: (id: string) => Side | null, now = new Date()): Promise<Backup> {
  const projects: Project[] = [];
  const unreadable: string[] = [];
  for (const summary of await listProjects()) {
    const read = await readProject(summary.id);
    if (read?.ok) projects.push(read.project);
    else unreadable.push(summary.name);
  }
  const file: BackupFile = {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_VERSION,
    appVersion: APP_VERSION,
    savedAt: now.toISOString(),
    projects: projects.map((p) => JSON.parse(serializeProject(p, sideOf(p.id), now)) as MouFileEnvelope),
  };
  await recordSavedToFile(projects, now);
  return { text: `${JSON.stringify(file, null, 2)}\n`, projects, unreadable };
}

export type ParsedBackup =
  | {
      readonly ok: true;
      readonly savedAt: string | null;
      readonly projects: readonly { readonly project: Project; readonly savedBy: Side | null }[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads a backup file's text; every project goes through the one load function. Never throws. */
export function parseBackup(text: string, byteLength = text.length): ParsedBackup {
  const fail = (message: string): ParsedBackup => ({ ok: false, problems: [{ path: "(file)", message }] });
  if (byteLength > MAX_BACKUP_BYTES) {
    return fail(
      `This file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. It is probably not a backup of MOU projects.`,
    );
  }
  if (text.trim() === "") return fail("The file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      "This is not a backup of MOU projects: it is not valid JSON (it may have been cut off while saving or sending).",
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail("This is not a backup of MOU projects.");
  }
  const file = data as Record<string, unknown>;
  if (file.kind === FILE_KIND) {
    return fail(
      "This is one project's file, not a backup of all projects: open it with “Open a .mou.json file”.",
    );
  }
  if (file.kind !== BACKUP_KIND) return fail("This is not a backup of MOU projects.");
  if (typeof file.schemaVersion !== "number" || file.schemaVersion > BACKUP_VERSION) {
    return fail(
      "This backup was made by a newer version of the MOU wizard. Reload the page to get the latest version, then try again.",
    );
  }
  if (!Array.isArray(file.projects)) return fail("This backup holds no list of projects.");
  const problems: Problem[] = [];
  const projects: { project: Project; savedBy: Side | null }[] = [];
  file.projects.forEach((entry: unknown, i) => {
    const env = entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>) : {};
    const project = env.kind === FILE_KIND ? env.project : entry;
    const loaded = loadProject(project);
    const name = (project as { name?: unknown } | null)?.name;
    const where = `projects[${i}]${typeof name === "string" ? ` (“${name.slice(0, 80)}”)` : ""}`;
    if (!loaded.ok) {
      for (const p of loaded.problems) problems.push({ path: `${where}.${p.path}`, message: p.message });
      return;
    }
    const savedBy = env.savedBy === "agency" || env.savedBy === "district" ? env.savedBy : null;
    projects.push({ project: loaded.project, savedBy });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (projects.length === 0) return fail("This backup holds no projects.");
  return { ok: true, savedAt: typeof file.savedAt === "string" ? file.savedAt : null, projects };
}

export interface RestoredBackup {
  /** Stored as they were in the backup (they were not in this browser). */
  readonly added: readonly Project[];
  /** Already here but different: stored beside the one here under a new name, which is unchanged. */
  readonly copies: readonly Project[];
  /** Already here exactly as in the backup: nothing to do. */
  readonly unchanged: readonly Project[];
}

const same = (a: Project, b: Project) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Restores a parsed backup: a project not here is stored as it was; one already here is never
 * overwritten: if it differs, both are kept (the backup's as a copy with a new id and name).
 * All are stored in one transaction, so a failure stores none.
 */
export async function restoreBackup(
  backup: Extract<ParsedBackup, { ok: true }>,
  writeSide: (id: string, side: Side) => void,
  now = new Date(),
): Promise<RestoredBackup> {
  const added: Project[] = [];
  const copies: Project[] = [];
  const unchanged: Project[] = [];
  const taken = new Set<string>();
  const day = (backup.savedAt ?? now.toISOString()).slice(0, 10);
  const sides = new Map<string, Side>();
  for (const { project, savedBy } of backup.projects) {
    const here = taken.has(project.id) ? null : await readProject(project.id);
    if (!taken.has(project.id) && here === null) {
      added.push(project);
      taken.add(project.id);
      if (savedBy) sides.set(project.id, savedBy);
    } else if (here?.ok && same(here.project, project)) {
      unchanged.push(project);
    } else {
      const copy: Project = {
        ...project,
        id: newId(),
        name: `${project.name} (from backup ${day})`.slice(0, 300),
      };
      copies.push(copy);
      if (savedBy) sides.set(copy.id, savedBy);
    }
  }
  const stored = [...added, ...copies];
  if (stored.length > 0) {
    await addProjects(stored);
    await recordSavedToFile(stored, now);
  }
  for (const [id, side] of sides) writeSide(id, side);
  return { added, copies, unchanged };
}

/** What a restore did, in a sentence or two. */
export function describeRestore(r: RestoredBackup): string {
  const names = (ps: readonly Project[]) => ps.map((p) => `“${p.name}”`).join(", ");
  const parts: string[] = [];
  if (r.added.length > 0) parts.push(`Restored ${names(r.added)}.`);
  if (r.copies.length > 0) {
    parts.push(
      `Already here with other changes, so kept both (the one here is unchanged; the backup's is beside it): ${names(r.copies)}.`,
    );
  }
  if (r.unchanged.length > 0) parts.push(`Already here as in the backup: ${names(r.unchanged)}.`);
  return parts.join(" ");
}
