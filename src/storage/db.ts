import { get } from "idb-keyval";
import { loadProject } from "../project/load";
import type { Problem } from "../project/load";
import type { Project } from "../project/schema";
import { standing } from "../project/status";
import { clearJournals } from "./journal";
import type { ProjectSummary, StoredProject } from "./store";
import {
  ConflictError,
  INDEX_KEY,
  fileSavedKey,
  guarded,
  key,
  store,
  versionKey,
  versionsKey,
} from "./store";
import { TAB_ID } from "./tabs";
import type { VersionSummary } from "./versions";
import { describeStored, versionsToKeep } from "./versions";

/* Loading, checking and saving projects; what reads the store without a project is in ./store.ts. */
export type { FileSaved, ProjectSummary, StoredProject } from "./store";
export {
  ConflictError,
  StorageFullError,
  listProjects,
  listVersions,
  readSavedToFile,
  recordSavedToFile,
} from "./store";

function summaryOf(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    updatedAt: project.updatedAt,
    agency: project.parties.agency.name,
    district: project.parties.district.name,
    standing: standing(project),
  };
}

/**
 * Runs `work` in one readwrite transaction over the projects and their index, and resolves with
 * its result once the transaction has committed (rejects if it aborts, e.g. on a full quota).
 * `work` must issue its requests from request callbacks, so the transaction never goes idle.
 */
function inOneTransaction<T>(
  work: (os: IDBObjectStore, done: (result: T | Error) => void) => void,
): Promise<T> {
  return guarded(() =>
    store("readwrite", (os) => {
      return new Promise<T>((resolve, reject) => {
        let outcome: { value: T } | { error: Error } | null = null;
        const tx = os.transaction;
        tx.oncomplete = () => {
          if (outcome === null) reject(new Error("The save did not finish."));
          else if ("error" in outcome) reject(outcome.error);
          else resolve(outcome.value);
        };
        tx.onabort = () =>
          reject(
            outcome !== null && "error" in outcome
              ? outcome.error
              : (tx.error ?? new Error("The save was cancelled by the browser.")),
          );
        work(os, (result) => {
          outcome = result instanceof Error ? { error: result } : { value: result };
        });
      });
    }),
  );
}

/** Rewrites the index of projects inside the caller's transaction, then calls `then`. */
function updateIndex(
  os: IDBObjectStore,
  change: (index: ProjectSummary[]) => ProjectSummary[],
  then: () => void,
): void {
  const read = os.get(INDEX_KEY);
  read.onsuccess = () => {
    const index = Array.isArray(read.result) ? (read.result as ProjectSummary[]) : [];
    os.put(change(index), INDEX_KEY);
    then();
  };
}

export type StoredLoad =
  | { readonly ok: true; readonly project: Project; readonly rev: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The stored record of a project as it is, unchecked (for the journal to compare with). */
export async function readStored(id: string): Promise<StoredProject | null> {
  const stored = await get<StoredProject>(key(id), store);
  return stored && typeof stored.rev === "number" ? stored : null;
}

/** Reads a stored project through the one load function (stored data is untrusted too). */
export async function readProject(id: string): Promise<StoredLoad | null> {
  const stored = await readStored(id);
  if (!stored) return null;
  const result = loadProject(stored.project);
  return result.ok ? { ok: true, project: result.project, rev: stored.rev } : result;
}

export async function storedRevision(id: string): Promise<number> {
  return (await readStored(id))?.rev ?? 0;
}

/**
 * Saves a project if the stored copy is still at `expectedRev`; returns the new revision.
 * The check, the write and the index update are one IndexedDB transaction, so of two tabs
 * saving at the same moment exactly one succeeds.
 * Throws ConflictError when another tab saved in between, StorageFullError when the quota is hit.
 */
export function saveProject(project: Project, expectedRev: number, writer: string = TAB_ID): Promise<number> {
  return inOneTransaction<number>((os, done) => {
    const read = os.get(key(project.id));
    read.onsuccess = () => {
      const current = (read.result as StoredProject | undefined)?.rev ?? 0;
      if (current !== expectedRev) {
        done(new ConflictError(current));
        return;
      }
      const rev = current + 1;
      const now = new Date();
      os.put({ rev, writer, savedAt: now.toISOString(), project } satisfies StoredProject, key(project.id));
      const previous = read.result as StoredProject | undefined;
      const index = () =>
        updateIndex(
          os,
          (index) => [...index.filter((p) => p.id !== project.id), summaryOf(project)],
          () => done(rev),
        );
      if (previous && current > 0) keepVersion(os, project.id, previous, now, index);
      else index();
    };
  });
}

/** Keeps the copy a save replaces as an earlier version, and lets go of those no longer kept. */
function keepVersion(
  os: IDBObjectStore,
  id: string,
  previous: StoredProject,
  now: Date,
  then: () => void,
): void {
  const savedAt =
    previous.savedAt ??
    (typeof (previous.project as { updatedAt?: unknown } | null)?.updatedAt === "string"
      ? (previous.project as { updatedAt: string }).updatedAt
      : now.toISOString());
  const version: VersionSummary = {
    rev: previous.rev,
    savedAt,
    size: JSON.stringify(previous.project)?.length ?? 0,
    description: describeStored(previous.project),
  };
  os.put({ ...previous, savedAt } satisfies StoredProject, versionKey(id, previous.rev));
  const read = os.get(versionsKey(id));
  read.onsuccess = () => {
    const before = Array.isArray(read.result) ? (read.result as VersionSummary[]) : [];
    const kept = versionsToKeep([...before.filter((v) => v.rev !== version.rev), version], now);
    for (const v of before) if (!kept.some((k) => k.rev === v.rev)) os.delete(versionKey(id, v.rev));
    if (!kept.includes(version)) os.delete(versionKey(id, version.rev));
    os.put(kept, versionsKey(id));
    then();
  };
}

/** One earlier version, through the one load function (stored data is untrusted too). */
export async function readVersion(id: string, rev: number): Promise<StoredLoad | null> {
  const stored = await get<StoredProject>(versionKey(id, rev), store);
  if (!stored || typeof stored.rev !== "number") return null;
  const result = loadProject(stored.project);
  return result.ok ? { ok: true, project: result.project, rev: stored.rev } : result;
}

/**
 * Stores projects that are not here yet, all in one transaction: either every one is stored or
 * none is. Throws ConflictError if one of them is already stored.
 */
export function addProjects(projects: readonly Project[]): Promise<null> {
  return inOneTransaction<null>((os, done) => {
    const savedAt = new Date().toISOString();
    const next = (i: number): void => {
      const project = projects[i];
      if (!project) {
        updateIndex(
          os,
          (index) => [
            ...index.filter((p) => !projects.some((q) => q.id === p.id)),
            ...projects.map(summaryOf),
          ],
          () => done(null),
        );
        return;
      }
      const read = os.get(key(project.id));
      read.onsuccess = () => {
        const current = (read.result as StoredProject | undefined)?.rev ?? 0;
        if (current !== 0) {
          done(new ConflictError(current));
          os.transaction.abort();
          return;
        }
        os.put({ rev: 1, writer: TAB_ID, savedAt, project } satisfies StoredProject, key(project.id));
        next(i + 1);
      };
    };
    next(0);
  });
}

export async function deleteProject(id: string): Promise<void> {
  await inOneTransaction<null>((os, done) => {
    os.delete(key(id));
    os.delete(fileSavedKey(id));
    const versions = os.get(versionsKey(id));
    versions.onsuccess = () => {
      const list = Array.isArray(versions.result) ? (versions.result as VersionSummary[]) : [];
      for (const v of list) os.delete(versionKey(id, v.rev));
      os.delete(versionsKey(id));
    };
    updateIndex(
      os,
      (index) => index.filter((p) => p.id !== id),
      () => done(null),
    );
  });
  clearJournals(id);
}
