import { createStore, get } from "idb-keyval";
import { loadProject } from "../project/load";
import type { Problem } from "../project/load";
import type { Project } from "../project/schema";
import { clearJournals } from "./journal";
import { TAB_ID } from "./tabs";

/** What the list of projects shows, kept apart so the list loads without every project. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly agency: string;
  readonly district: string;
}

export interface StoredProject {
  /** Increases with every save; a save expecting an older revision is refused (another tab wrote). */
  readonly rev: number;
  /** The tab that wrote this revision (absent in copies saved before it was recorded). */
  readonly writer?: string;
  readonly project: unknown;
}

const store = createStore("sro-mou-wizard", "projects");
const INDEX_KEY = "index";
const key = (id: string) => `project:${id}`;

export class StorageFullError extends Error {
  constructor() {
    super(
      "The browser's storage for this site is full. Save the project to a file so nothing is lost, then delete old projects.",
    );
  }
}

export class ConflictError extends Error {
  constructor(readonly storedRev: number) {
    super("This project was changed in another tab or window since you opened it.");
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

export async function listProjects(): Promise<ProjectSummary[]> {
  const index = (await get<ProjectSummary[]>(INDEX_KEY, store)) ?? [];
  return [...index].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function summaryOf(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    updatedAt: project.updatedAt,
    agency: project.parties.agency.name,
    district: project.parties.district.name,
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
        tx.onabort = () => reject(tx.error ?? new Error("The save was cancelled by the browser."));
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
      os.put({ rev, writer, project } satisfies StoredProject, key(project.id));
      updateIndex(
        os,
        (index) => [...index.filter((p) => p.id !== project.id), summaryOf(project)],
        () => done(rev),
      );
    };
  });
}

export async function deleteProject(id: string): Promise<void> {
  await inOneTransaction<null>((os, done) => {
    os.delete(key(id));
    updateIndex(
      os,
      (index) => index.filter((p) => p.id !== id),
      () => done(null),
    );
  });
  clearJournals(id);
}
