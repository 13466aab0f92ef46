import type { Project } from "../project/schema";
import { TAB_ID } from "./tabs";

/**
 * The journal: every change to an open project, written to localStorage synchronously in the
 * same task as the change, so an edit survives a reload or a closed tab that the debounced
 * IndexedDB save did not outlive. One entry per project and tab; replayed when the project opens
 * (see `planOpen`) and cleared once IndexedDB holds the same project.
 */
export interface JournalEntry {
  readonly projectId: string;
  /** The tab that wrote it. */
  readonly tab: string;
  /** The stored revision the journaled project was based on. */
  readonly baseRev: number;
  /** When it was written (ISO), to prefer the newest of several. */
  readonly at: string;
  /** The whole project as the tab had it: untrusted until it passes `loadProject`. */
  readonly project: unknown;
}

const PREFIX = "sro-mou-journal:";
const keyOf = (projectId: string, tab: string) => `${PREFIX}${tab}:${projectId}`;

/** The key of a tab's journal of a project (this tab's by default). */
export const journalKey = (projectId: string, tab: string = TAB_ID): string => keyOf(projectId, tab);

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // localStorage itself can throw when site data is blocked
    return null;
  }
}

/** Writes this tab's journal of a project; false when it could not be written (quota, blocked). */
export function writeJournal(project: Project, baseRev: number, tab: string = TAB_ID): boolean {
  const ls = storage();
  if (!ls) return false;
  const entry: JournalEntry = { projectId: project.id, tab, baseRev, at: new Date().toISOString(), project };
  try {
    ls.setItem(keyOf(project.id, tab), JSON.stringify(entry));
    return true;
  } catch {
    // a full quota leaves the last journal behind, older than the project: remove it
    removeKey(keyOf(project.id, tab));
    return false;
  }
}

function removeKey(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do without storage
  }
}

/** Clears this tab's journal of a project (IndexedDB holds what it held). */
export function clearJournal(projectId: string, tab: string = TAB_ID): void {
  removeKey(keyOf(projectId, tab));
}

/** A journal entry as found in storage, with the key it is under. */
export interface FoundJournal {
  readonly key: string;
  /** Null when the entry is not a journal entry at all (it is then only removed). */
  readonly entry: JournalEntry | null;
}

function asEntry(raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (v === null || typeof v !== "object") return null;
    const e = v as Record<string, unknown>;
    if (
      typeof e.projectId !== "string" ||
      typeof e.tab !== "string" ||
      typeof e.baseRev !== "number" ||
      !Number.isInteger(e.baseRev) ||
      typeof e.at !== "string"
    )
      return null;
    return { projectId: e.projectId, tab: e.tab, baseRev: e.baseRev, at: e.at, project: e.project };
  } catch {
    return null;
  }
}

/** Every tab's journal of a project (entries that are not journal entries come back as null). */
export function readJournals(projectId: string): FoundJournal[] {
  const ls = storage();
  if (!ls) return [];
  const found: FoundJournal[] = [];
  try {
    for (let i = 0; i < ls.length; i++) {
      const key = ls.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      // the tab id has no colon; the project id is all that follows it
      if (key.slice(key.indexOf(":", PREFIX.length) + 1) !== projectId) continue;
      const entry = asEntry(ls.getItem(key));
      if (entry === null || entry.projectId === projectId) found.push({ key, entry });
    }
  } catch {
    return found;
  }
  return found;
}

/** Removes one journal entry by its key. */
export function removeJournal(key: string): void {
  removeKey(key);
}

/** Every tab's journal of a project, e.g. when the project is deleted. */
export function clearJournals(projectId: string): void {
  for (const j of readJournals(projectId)) removeKey(j.key);
}
