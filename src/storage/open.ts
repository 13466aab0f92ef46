import { loadProject } from "../project/load";
import type { Problem } from "../project/load";
import type { Project } from "../project/schema";
import { ConflictError, readStored, saveProject } from "./db";
import { journalKey, readJournals, removeJournal, writeJournal } from "./journal";
import type { JournalCopy } from "./journal-plan";
import { planOpen } from "./journal-plan";
import { liveTabs } from "./tabs";

export type OpenedProject =
  | {
      readonly ok: true;
      readonly project: Project;
      readonly rev: number;
      /** Edits this browser had not saved yet were restored from the journal. */
      readonly restored: boolean;
      /** The project shown is a journal based on an older copy than the stored one. */
      readonly conflict: boolean;
      /** Things the user should know (repairs made on load, a journal that could not be read). */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Opens a stored project with the edits its journals hold: edits made on top of the stored
 * copy are replayed and saved; edits made on an older copy come back as a conflict to settle.
 * Journals are untrusted like any stored value: each goes through `loadProject`.
 * Null when the project is not stored (its journals are then dropped).
 */
export async function openProject(id: string, attempts = 3): Promise<OpenedProject | null> {
  const stored = await readStored(id);
  if (!stored) {
    for (const j of readJournals(id)) removeJournal(j.key);
    return null;
  }
  const loaded = loadProject(stored.project);
  if (!loaded.ok) return loaded;
  const notices = [...loaded.notices.map((n) => n.message)];
  const journals: JournalCopy[] = [];
  for (const found of readJournals(id)) {
    const result = found.entry ? loadProject(found.entry.project) : null;
    if (found.entry && result?.ok) {
      const { tab, baseRev, at } = found.entry;
      journals.push({ key: found.key, tab, baseRev, at, project: result.project });
    } else {
      removeJournal(found.key);
      notices.push(
        `Edits not yet saved from an earlier visit could not be restored: ${result && !result.ok ? result.problems.map((p) => `${p.path}: ${p.message}`).join(" ") : "the record of them is damaged."}`,
      );
    }
  }
  const plan = planOpen(
    { rev: stored.rev, writer: stored.writer, project: loaded.project },
    journals,
    await liveTabs(),
  );
  for (const key of plan.discard) removeJournal(key);
  if (plan.kind === "replay") {
    try {
      const rev = await saveProject(plan.journal.project, stored.rev);
      removeJournal(plan.journal.key);
      return { ok: true, project: plan.journal.project, rev, restored: true, conflict: false, notices };
    } catch (error) {
      // another tab saved in between: look again
      if (error instanceof ConflictError && attempts > 1) return openProject(id, attempts - 1);
      throw error;
    }
  }
  if (plan.kind === "conflict") {
    // this tab now holds the conflicting edits: they stay journaled until the user settles them
    const { key, project, baseRev } = plan.journal;
    if (writeJournal(project, baseRev) && key !== journalKey(id)) removeJournal(key);
    return {
      ok: true,
      project: plan.journal.project,
      rev: plan.journal.baseRev,
      restored: true,
      conflict: true,
      notices,
    };
  }
  return { ok: true, project: loaded.project, rev: stored.rev, restored: false, conflict: false, notices };
}
