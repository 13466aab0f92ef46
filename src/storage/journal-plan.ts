import { sameValue } from "../project/actions";
import type { Project } from "../project/schema";

/** The stored copy of a project, loaded. */
export interface StoredCopy {
  readonly rev: number;
  /** The tab that wrote this revision, when known. */
  readonly writer: string | undefined;
  readonly project: Project;
}

/** A tab's journal of the project, loaded through `loadProject`. */
export interface JournalCopy {
  readonly key: string;
  readonly tab: string;
  readonly baseRev: number;
  readonly at: string;
  readonly project: Project;
}

export type OpenPlan =
  /** Open the stored copy. */
  | { readonly kind: "stored"; readonly discard: readonly string[] }
  /** The journal holds edits made on top of the stored copy: open it and save it. */
  | { readonly kind: "replay"; readonly journal: JournalCopy; readonly discard: readonly string[] }
  /**
   * The journal holds edits made on an older copy than the one stored (another tab saved since):
   * show it as a conflict, never write it over the stored copy.
   */
  | { readonly kind: "conflict"; readonly journal: JournalCopy; readonly discard: readonly string[] };

/**
 * A journal is newer than the stored copy when it was based on that revision (or a later one),
 * or when the stored revision was written by the journal's own tab (its save committed, but
 * the tab went before it could clear the journal): a tab's journal is always at least as new as
 * anything that tab saved. Otherwise another tab saved in between.
 */
export function journalIsNewer(journal: JournalCopy, stored: StoredCopy): boolean {
  return journal.baseRev >= stored.rev || (stored.writer !== undefined && stored.writer === journal.tab);
}

const newestFirst = (a: JournalCopy, b: JournalCopy) => b.at.localeCompare(a.at);

/**
 * What to open, given the stored copy and the journals left by tabs (`live`: tabs still open,
 * whose conflicting journals are theirs to show). A journal saying the same as the stored copy
 * is discarded; of several newer journals the newest is replayed, the others wait for the next
 * open (where they are conflicts).
 */
export function planOpen(
  stored: StoredCopy,
  journals: readonly JournalCopy[],
  live: ReadonlySet<string> = new Set(),
): OpenPlan {
  const discard = journals.filter((j) => sameValue(j.project, stored.project)).map((j) => j.key);
  const pending = journals.filter((j) => !discard.includes(j.key)).sort(newestFirst);
  const newer = pending.find((j) => journalIsNewer(j, stored));
  if (newer) return { kind: "replay", journal: newer, discard };
  const conflict = pending.find((j) => !live.has(j.tab));
  if (conflict) return { kind: "conflict", journal: conflict, discard };
  return { kind: "stored", discard };
}
