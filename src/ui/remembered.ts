import type { Side } from "../project/schema";

/*
 * What this browser remembers beside the projects (localStorage): the Party it acts for in each
 * project, who is acting, the project open last, a message being written. Each is a convenience
 * or a draft: without storage (private mode, a full quota) it lasts for this tab, and nothing fails.
 */

/** The value stored under `key`, or null when there is none or storage cannot be read. */
export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key` (null or "" forgets it); a refusal (full, private mode) is ignored. */
export function keep(key: string, value: string | null): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // the caller's state still holds the value for this tab
  }
}

const sideKey = (id: string) => `sro-mou-side:${id}`;
const actingKey = (id: string, side: Side) => `sro-mou-acting:${id}:${side}`;
const LAST_KEY = "sro-mou-last-project";

/** Which Party this browser acts for in a project. */
export function readSide(id: string): Side | null {
  const v = recall(sideKey(id));
  return v === "agency" || v === "district" ? v : null;
}

export function writeSide(id: string, side: Side): void {
  keep(sideKey(id), side);
}

/** Who acts for a side of a project in this browser (a person named in the project). */
export function readActing(id: string, side: Side): string | null {
  return recall(actingKey(id, side));
}

export function writeActing(id: string, side: Side, personId: string | null): void {
  keep(actingKey(id, side), personId);
}

/** The project open when the app was last used, to open it again. */
export function readLastProject(): string | null {
  return recall(LAST_KEY);
}

export function writeLastProject(id: string | null): void {
  keep(LAST_KEY, id);
}
