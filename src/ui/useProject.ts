import { useCallback, useEffect, useRef, useState } from "react";
import type { Person, Project, Side } from "../project/schema";
import { stampAuthor } from "../project/conversation";
import { ConflictError, StorageFullError, saveProject } from "../storage/db";
import { clearJournal, writeJournal } from "../storage/journal";
import { TAB_ID, openChannel } from "../storage/tabs";
import { readActing, writeActing, writeSide } from "./remembered";

export type SaveState =
  | { readonly kind: "saved"; readonly at: Date | null }
  | { readonly kind: "pending" }
  | { readonly kind: "conflict" }
  | { readonly kind: "error"; readonly message: string };

export const AUTOSAVE_MS = 300;

/**
 * Applies a pure project action on behalf of the current side. "draft": a field that commits
 * when it loses focus reports what it would change while it is typed in; the change is
 * journaled (it survives a reload) but not yet made.
 */
export type Apply = (
  change: (project: Project, side: Side, by: string) => Project,
  how?: "commit" | "draft",
) => void;

export interface ProjectSession {
  readonly project: Project;
  readonly side: Side;
  readonly setSide: (side: Side) => void;
  /** The person acting for the side in this browser, once named. */
  readonly acting: Person | null;
  readonly setActing: (personId: string | null) => void;
  /** Applies a pure project action on behalf of the current side. */
  readonly apply: Apply;
  readonly saveState: SaveState;
  /** Another tab has the same project open. */
  readonly otherTab: boolean;
  readonly retrySave: () => void;
  /** Why an edit might not survive a closed tab (the journal could not be written), if it might not. */
  readonly journalWarning: string | null;
  /** Drops this tab's unsaved edits (the user chose the stored copy, or kept them as a copy). */
  readonly discardUnsaved: () => void;
}

const JOURNAL_FULL =
  "This browser's local storage is full, so a change is kept only once it is saved (a moment after you type): wait for “All changes saved” before closing the tab, and save the project to a file to be safe.";

/**
 * The open project and its saving: every change is journaled synchronously (localStorage), then
 * saved to IndexedDB a moment later; the journal is cleared once IndexedDB holds the same project.
 * `initialConflict`: the project shown holds edits made on an older copy than the stored one.
 */
export function useProject(
  initial: Project,
  initialRev: number,
  initialSide: Side,
  initialConflict = false,
): ProjectSession {
  const [project, setProject] = useState(initial);
  const [side, setSideState] = useState<Side>(initialSide);
  const [actingId, setActingId] = useState<string | null>(() => readActing(initial.id, initialSide));
  const acting = project.people.find((p) => p.id === actingId && p.side === side) ?? null;
  const by = acting?.name ?? "";
  const [saveState, setSaveState] = useState<SaveState>(
    initialConflict ? { kind: "conflict" } : { kind: "saved", at: null },
  );
  const [otherTab, setOtherTab] = useState(false);
  const [journalFull, setJournalFull] = useState(false);
  const rev = useRef(initialRev);
  const saved = useRef(initial);
  /** The project as changed so far: ahead of React's state in the event that changes it. */
  const latest = useRef(initial);
  /** What the journal holds: the latest project, or a draft of a field not yet committed. */
  const journaled = useRef(initial);
  const conflict = useRef(initialConflict);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);

  useEffect(() => {
    const ch = openChannel((m) => {
      if (m.projectId !== initial.id) return;
      if (m.type === "open") ch.post({ type: "here", projectId: initial.id, tab: TAB_ID });
      setOtherTab(true);
    });
    channel.current = ch;
    ch.post({ type: "open", projectId: initial.id, tab: TAB_ID });
    return () => ch.close();
  }, [initial.id]);

  const journal = useCallback((p: Project) => {
    journaled.current = p;
    setJournalFull(!writeJournal(p, rev.current));
  }, []);

  const saveNow = useCallback(
    async (p: Project) => {
      if (conflict.current || p === saved.current) return;
      try {
        rev.current = await saveProject(p, rev.current);
        saved.current = p;
        // the journal is needed only for what IndexedDB does not hold yet
        if (journaled.current === p) clearJournal(p.id);
        else journal(journaled.current);
        channel.current?.post({ type: "saved", projectId: p.id, tab: TAB_ID, rev: rev.current });
        setSaveState(latest.current === p ? { kind: "saved", at: new Date() } : { kind: "pending" });
      } catch (error) {
        if (error instanceof ConflictError) {
          conflict.current = true;
          setSaveState({ kind: "conflict" });
        } else {
          const message =
            error instanceof StorageFullError
              ? error.message
              : `Saving failed: ${String(error)}. Your changes are kept in this tab; save the project to a file to be safe.`;
          setSaveState({ kind: "error", message });
        }
      }
    },
    [journal],
  );

  /** Saves one at a time, each expecting the revision the one before it wrote. */
  const save = useCallback(
    (p: Project) => {
      queue.current = queue.current.then(() => saveNow(p));
      return queue.current;
    },
    [saveNow],
  );

  useEffect(() => {
    if (project === saved.current) return;
    setSaveState((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void save(project), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [project, save]);

  // leaving the project (back to the list, another project) saves what is still pending
  useEffect(
    () => () => {
      if (latest.current !== saved.current) void save(latest.current);
    },
    [save],
  );

  // a closing tab starts saving what it has not saved yet (the journal keeps it if this fails)
  useEffect(() => {
    const flush = () => {
      if (latest.current !== saved.current) void save(latest.current);
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [save]);

  // leaving while a change cannot be saved (or is not journaled) asks first
  const unsafe = saveState.kind === "error" || saveState.kind === "conflict" || journalFull;
  useEffect(() => {
    if (!unsafe) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (latest.current === saved.current) return;
      e.preventDefault();
      // older browsers show the dialog only when returnValue is set
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsafe]);

  const apply = useCallback<Apply>(
    (change, how = "commit") => {
      const before = latest.current;
      // the entries a change adds name the person acting
      const next = stampAuthor(before, change(before, side, by), by);
      if (next === before) return;
      if (how === "draft") {
        if (next !== journaled.current) journal(next);
        return;
      }
      latest.current = next;
      journal(next);
      // shown with the edit itself: a status never says "saved" about a change not yet saved
      setSaveState((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
      setProject(next);
    },
    [side, by, journal],
  );
  const setSide = useCallback(
    (s: Side) => {
      setSideState(s);
      writeSide(initial.id, s);
      setActingId(readActing(initial.id, s));
    },
    [initial.id],
  );
  const setActing = useCallback(
    (personId: string | null) => {
      setActingId(personId);
      writeActing(initial.id, side, personId);
    },
    [initial.id, side],
  );
  const retrySave = useCallback(() => void save(latest.current), [save]);
  const discardUnsaved = useCallback(() => {
    conflict.current = true;
    clearJournal(initial.id);
  }, [initial.id]);

  return {
    project,
    side,
    setSide,
    acting,
    setActing,
    apply,
    saveState,
    otherTab,
    retrySave,
    journalWarning: journalFull ? JOURNAL_FULL : null,
    discardUnsaved,
  };
}
