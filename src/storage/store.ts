import { createStore, get, getMany, setMany } from "idb-keyval";
import type { Project } from "../project/schema";
import type { ProjectStanding } from "../project/standing";
import type { VersionSummary } from "./versions";

/*
 * The browser's store of projects, and what reads it without loading a project: the list of
 * projects, the versions kept, when each was saved to a file. The start page needs only this,
 * so it shows without the code that loads, checks and saves a project (./db.ts).
 */

/** What the list of projects shows, kept apart so the list loads without every project. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly agency: string;
  readonly district: string;
  /** Where it stands (absent in lists written before it was recorded, until the next save). */
  readonly standing?: ProjectStanding;
}

export interface StoredProject {
  /** Increases with every save; a save expecting an older revision is refused (another tab wrote). */
  readonly rev: number;
  /** The tab that wrote this revision (absent in copies saved before it was recorded). */
  readonly writer?: string;
  /** When this revision was saved (ISO; absent in copies saved before it was recorded). */
  readonly savedAt?: string;
  readonly project: unknown;
}

export const store = createStore("sro-mou-wizard", "projects");
export const INDEX_KEY = "index";
export const key = (id: string) => `project:${id}`;
export const versionsKey = (id: string) => `versions:${id}`;
export const versionKey = (id: string, rev: number) => `version:${id}:${rev}`;
export const fileSavedKey = (id: string) => `file-saved:${id}`;

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

export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
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

/** The earlier versions kept of a project, newest first. */
export async function listVersions(id: string): Promise<VersionSummary[]> {
  const list = await get<VersionSummary[]>(versionsKey(id), store);
  return Array.isArray(list) ? [...list].sort((a, b) => b.rev - a.rev) : [];
}

/** When a project was last saved to a file, and the project's updatedAt then. */
export interface FileSaved {
  readonly at: string;
  readonly updatedAt: string;
}

/** Records that a project, as it is now, was saved to a file (kept beside it, not in it). */
export async function recordSavedToFile(projects: readonly Project[], now = new Date()): Promise<void> {
  await guarded(() =>
    setMany(
      projects.map((p): [string, FileSaved] => [
        fileSavedKey(p.id),
        { at: now.toISOString(), updatedAt: p.updatedAt },
      ]),
      store,
    ),
  );
}

/** When each project was last saved to a file (absent: never, in this browser). */
export async function readSavedToFile(ids: readonly string[]): Promise<Map<string, FileSaved>> {
  const found = await getMany<FileSaved | undefined>(ids.map(fileSavedKey), store);
  const map = new Map<string, FileSaved>();
  ids.forEach((id, i) => {
    const f = found[i];
    if (f && typeof f.at === "string" && typeof f.updatedAt === "string") map.set(id, f);
  });
  return map;
}
