import { createStore, del, get, set } from "idb-keyval";
import { loadProject } from "../project/load";
import type { Problem } from "../project/load";
import type { Project } from "../project/schema";

/** What the list of projects shows, kept apart so the list loads without every project. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly agency: string;
  readonly district: string;
}

interface StoredProject {
  /** Increases with every save; a save expecting an older revision is refused (another tab wrote). */
  readonly rev: number;
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

async function writeIndex(change: (index: ProjectSummary[]) => ProjectSummary[]): Promise<void> {
  const index = (await get<ProjectSummary[]>(INDEX_KEY, store)) ?? [];
  await set(INDEX_KEY, change(index), store);
}

export type StoredLoad =
  | { readonly ok: true; readonly project: Project; readonly rev: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads a stored project through the one load function (stored data is untrusted too). */
export async function readProject(id: string): Promise<StoredLoad | null> {
  const stored = await get<StoredProject>(key(id), store);
  if (!stored) return null;
  const result = loadProject(stored.project);
  return result.ok ? { ok: true, project: result.project, rev: stored.rev } : result;
}

export async function storedRevision(id: string): Promise<number> {
  return (await get<StoredProject>(key(id), store))?.rev ?? 0;
}

/**
 * Saves a project if the stored copy is still at `expectedRev`; returns the new revision.
 * Throws ConflictError when another tab saved in between, StorageFullError when the quota is hit.
 */
export async function saveProject(project: Project, expectedRev: number): Promise<number> {
  return guarded(async () => {
    const current = await storedRevision(project.id);
    if (current !== expectedRev) throw new ConflictError(current);
    const rev = current + 1;
    await set(key(project.id), { rev, project } satisfies StoredProject, store);
    await writeIndex((index) => [...index.filter((p) => p.id !== project.id), summaryOf(project)]);
    return rev;
  });
}

export async function deleteProject(id: string): Promise<void> {
  await del(key(id), store);
  await writeIndex((index) => index.filter((p) => p.id !== id));
}
