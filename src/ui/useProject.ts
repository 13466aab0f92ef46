import { useCallback, useEffect, useRef, useState } from "react";
import type { Project, Side } from "../project/schema";
import { ConflictError, StorageFullError, saveProject } from "../storage/db";
import { TAB_ID, openChannel } from "../storage/tabs";

export type SaveState =
  | { readonly kind: "saved"; readonly at: Date | null }
  | { readonly kind: "pending" }
  | { readonly kind: "conflict" }
  | { readonly kind: "error"; readonly message: string };

export const AUTOSAVE_MS = 300;

export interface ProjectSession {
  readonly project: Project;
  readonly side: Side;
  readonly setSide: (side: Side) => void;
  /** Applies a pure project action on behalf of the current side. */
  readonly apply: (change: (project: Project, side: Side) => Project) => void;
  readonly saveState: SaveState;
  /** Another tab has the same project open. */
  readonly otherTab: boolean;
  readonly retrySave: () => void;
}

const sideKey = (id: string) => `sro-mou-side:${id}`;

/** Remembers which Party this browser acts for in a project. */
export function writeSide(id: string, side: Side): void {
  try {
    localStorage.setItem(sideKey(id), side);
  } catch {
    // the side is a convenience; without storage it lasts for this tab
  }
}

export function readSide(id: string): Side | null {
  try {
    const v = localStorage.getItem(sideKey(id));
    return v === "agency" || v === "district" ? v : null;
  } catch {
    return null;
  }
}

export function useProject(initial: Project, initialRev: number, initialSide: Side): ProjectSession {
  const [project, setProject] = useState(initial);
  const [side, setSideState] = useState<Side>(initialSide);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "saved", at: null });
  const [otherTab, setOtherTab] = useState(false);
  const rev = useRef(initialRev);
  const saved = useRef(initial);
  const conflict = useRef(false);
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

  const save = useCallback(async (p: Project) => {
    if (conflict.current) return;
    try {
      rev.current = await saveProject(p, rev.current);
      saved.current = p;
      channel.current?.post({ type: "saved", projectId: p.id, tab: TAB_ID, rev: rev.current });
      setSaveState({ kind: "saved", at: new Date() });
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
  }, []);

  useEffect(() => {
    if (project === saved.current) return;
    setSaveState({ kind: "pending" });
    const timer = setTimeout(() => void save(project), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [project, save]);

  // leaving the project (back to the list, another project) saves what is still pending
  const latest = useRef(project);
  useEffect(() => {
    latest.current = project;
  }, [project]);
  useEffect(
    () => () => {
      if (latest.current !== saved.current) void save(latest.current);
    },
    [save],
  );

  // a closing tab flushes what it has not saved yet
  useEffect(() => {
    const flush = () => {
      if (project !== saved.current) void save(project);
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [project, save]);

  const apply = useCallback(
    (change: (p: Project, s: Side) => Project) => setProject((p) => change(p, side)),
    [side],
  );
  const setSide = useCallback(
    (s: Side) => {
      setSideState(s);
      writeSide(initial.id, s);
    },
    [initial.id],
  );
  const retrySave = useCallback(() => void save(project), [project, save]);

  return { project, side, setSide, apply, saveState, otherTab, retrySave };
}
