import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import type { Problem } from "../project/load";
import { parseProjectFile, MAX_FILE_BYTES } from "../project/file";
import { newId, newProjectFrom } from "../project/new-project";
import { startReview as beginReview } from "../project/review";
import { arrival } from "../project/arrival";
import type { Project, Side } from "../project/schema";
import type { FileSaved, ProjectSummary } from "../storage/db";
import {
  StorageFullError,
  deleteProject,
  listProjects,
  readProject,
  readSavedToFile,
  saveProject,
} from "../storage/db";
import type { Persistence } from "../storage/persist";
import { requestPersistence } from "../storage/persist";
import type { Outcome } from "./backup-actions";
import { backUpEverything, restoreEarlier, restoreFromBackup, saveStoredToFile } from "./backup-actions";
import type { MergePreview } from "./MergeOffer";
import { MergeOffer } from "./MergeOffer";
import type { ProjectOnScreen } from "./OpenProject";
import { OpenProject } from "./OpenProject";
import type { NewProjectInput } from "./StartScreen";
import { StartScreen } from "./StartScreen";
import { readSide, writeSide } from "./useProject";
import { clearJournal } from "../storage/journal";
import { openProject } from "../storage/open";
import { ErrorBoundary } from "./ErrorBoundary";
import { useFileDrop } from "./useFileDrop";

const ImportScreen = lazy(() => import("./import/ImportScreen"));

export const SAMPLE_URL = "./sample.mou.json";
/** A signed sample with its annual review under way, to try the review meeting at once. */
export const REVIEW_SAMPLE_URL = "./sample-review.mou.json";
const LAST_KEY = "sro-mou-last-project";

type Screen = { kind: "loading" } | { kind: "start" } | { kind: "import" } | ProjectOnScreen;

function remember(id: string | null) {
  try {
    if (id) localStorage.setItem(LAST_KEY, id);
    else localStorage.removeItem(LAST_KEY);
  } catch {
    // without localStorage the app just starts on the project list
  }
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [projects, setProjects] = useState<ProjectSummary[]>([]);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** A file that is a copy of a project here, waiting for the user to merge it or keep it apart. */
  const [offer, setOffer] = useState<{
    project: Project;
    side: Side | undefined;
    sentBy: Side | null | undefined;
    localName: string;
    fileName: string;
    preview: MergePreview;
  } | null>(null);
  /** The merge just made, while it can still be undone from the project screen. */
  const [undo, setUndo] = useState<{ id: string; backupId: string } | null>(null);

  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [savedToFile, setSavedToFile] = useState<ReadonlyMap<string, FileSaved>>(new Map());

  const refresh = useCallback(async () => {
    const list = await listProjects();
    setProjects(list);
    setSavedToFile(await readSavedToFile(list.map((p) => p.id)));
  }, []);

  // asked once, when the app opens; the start screen says what the browser answered
  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);

  const show = useCallback((project: Project, rev: number, side?: Side, conflict = false) => {
    remember(project.id);
    if (side) writeSide(project.id, side);
    setProblems(null);
    setScreen({
      kind: "project",
      project,
      rev,
      side: side ?? readSide(project.id) ?? "agency",
      nonce: Date.now(),
      conflict,
    });
  }, []);

  const fail = useCallback((error: unknown) => {
    setNotice(
      error instanceof StorageFullError
        ? error.message
        : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
    );
    setScreen({ kind: "start" });
  }, []);

  /**
   * Stores a project that came from outside (sample, file). A copy of a project already here is
   * merged into it or kept apart, as the user chooses ("ask" puts the question first).
   */
  const adopt = useCallback(
    async (
      project: Project,
      side?: Side,
      sentBy?: Side | null,
      how: "ask" | "merge" | "copy" = "ask",
      fileName = "the file",
    ) => {
      const stored = await readProject(project.id);
      const plan = arrival(project, stored ? (stored.ok ? stored : { ok: false }) : null, {
        side,
        sentBy,
        how,
        storedSide: readSide(project.id),
        now: new Date(),
        newId,
      });
      switch (plan.kind) {
        case "ask":
          setOffer({ project, side, sentBy, localName: plan.localName, fileName, preview: plan.preview });
          return;
        case "copy":
          setNotice(plan.notice);
          show(plan.project, await saveProject(plan.project, 0), side);
          return;
        case "merge": {
          if (!stored?.ok) return;
          await saveProject(plan.backup, 0);
          const rev = await saveProject(plan.project, stored.rev);
          setNotice(plan.notice);
          setUndo({ id: plan.project.id, backupId: plan.backup.id });
          show(plan.project, rev, side);
          return;
        }
        case "new": {
          const rev = await saveProject(plan.project, 0);
          if (plan.notice) setNotice(plan.notice);
          show(plan.project, rev, plan.side);
          return;
        }
      }
    },
    [show],
  );

  const openStored = useCallback(
    async (id: string) => {
      setNotice(null);
      setUndo(null);
      // with the edits its journal holds that were not saved yet
      const opened = await openProject(id);
      if (!opened) {
        remember(null);
        setScreen({ kind: "start" });
        return;
      }
      if (!opened.ok) {
        setProblems(opened.problems);
        setScreen({ kind: "start" });
        return;
      }
      const conflict = opened.conflict
        ? "These are edits made here earlier that were not saved before the project was saved from another tab or window."
        : "";
      if (opened.notices.length > 0 || conflict) setNotice([conflict, ...opened.notices].join(" ").trim());
      show(opened.project, opened.rev, undefined, opened.conflict);
    },
    [show],
  );

  const openSample = useCallback(
    async (url: string = SAMPLE_URL) => {
      try {
        const response = await fetch(url);
        const result = parseProjectFile(await response.text());
        if (!result.ok) {
          setProblems(result.problems);
          return;
        }
        if ((await readProject(result.project.id))?.ok) await openStored(result.project.id);
        else await adopt(result.project, "agency");
      } catch (error) {
        fail(error);
      }
    },
    [adopt, fail, openStored],
  );

  useEffect(() => {
    void (async () => {
      try {
        const list = await listProjects();
        setProjects(list);
        setSavedToFile(await readSavedToFile(list.map((p) => p.id)));
        let last: string | null = null;
        try {
          last = localStorage.getItem(LAST_KEY);
        } catch {
          last = null;
        }
        if (last && list.some((p) => p.id === last)) await openStored(last);
        else if (list.length === 0) await openSample();
        else setScreen({ kind: "start" });
      } catch (error) {
        fail(error);
      }
    })();
  }, [fail, openSample, openStored]);

  const openFile = async (file: File) => {
    setNotice(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblems([
        {
          path: "(file)",
          message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; an MOU project file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB. It is probably not an MOU project.`,
        },
      ]);
      return;
    }
    const result = parseProjectFile(await file.text(), file.size);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      await adopt(result.project, undefined, result.savedBy, "ask", file.name);
      const repairs = result.notices.map((n) => n.message).join(" ");
      if (repairs) setNotice((n) => `${n ? `${n} ` : ""}${repairs}`);
      if (result.migratedFrom !== null) {
        setNotice(
          (n) =>
            `${n ? `${n} ` : ""}The file was saved by an earlier version of the MOU wizard (format ${result.migratedFrom}) and was brought up to date; nothing in it was lost.`,
        );
      }
    } catch (error) {
      fail(error);
    }
  };

  const undoMerge = async () => {
    if (!undo) return;
    const [current, backup] = await Promise.all([readProject(undo.id), readProject(undo.backupId)]);
    setUndo(null);
    if (!current?.ok || !backup?.ok) {
      setNotice(
        "The copy from before the merge is no longer in this browser, so the merge cannot be undone.",
      );
      return;
    }
    const restored: Project = { ...backup.project, id: undo.id, name: current.project.name };
    const rev = await saveProject(restored, current.rev);
    await deleteProject(undo.backupId);
    setNotice("The merge was undone: your copy is as it was before the merge.");
    show(restored, rev);
  };

  const create = async (input: NewProjectInput) => {
    const project = newProjectFrom(input);
    try {
      const rev = await saveProject(project, 0);
      show(project, rev, input.side);
    } catch (error) {
      fail(error);
    }
  };

  const withProject = async (id: string, fn: (p: Project, rev: number) => Promise<void>) => {
    const stored = await readProject(id);
    if (stored?.ok) await fn(stored.project, stored.rev);
    await refresh();
  };

  /** Runs a backup or restore action from the project list and shows what it did. */
  const run = (action: () => Promise<Outcome>) =>
    void (async () => {
      setNotice(null);
      setProblems(null);
      const outcome = await action();
      if ("problems" in outcome) setProblems(outcome.problems);
      else setNotice(outcome.notice);
      await refresh();
    })().catch(fail);

  const close = async () => {
    remember(null);
    setNotice(null);
    setUndo(null);
    await refresh();
    setScreen({ kind: "start" });
  };

  // a file dropped anywhere opens it (from a project, after leaving it, which saves it); the
  // import screen takes its own drops
  const dragging = useFileDrop((file: File) => {
    if (screen.kind === "import") return;
    if (screen.kind === "start") void openFile(file);
    else void close().then(() => openFile(file));
  });

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>SRO MOU Wizard</h1>
        <p className="tagline">
          Draft and review the School Resource Officer program MOU between a law enforcement agency and a
          school district.
        </p>
      </header>
      {screen.kind === "loading" && (
        <main id="main">
          <p role="status">Opening…</p>
        </main>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the .mou.json file to open it
        </div>
      )}
      {offer && (
        <MergeOffer
          fileName={offer.fileName}
          localName={offer.localName}
          preview={offer.preview}
          merge={() => {
            setOffer(null);
            void adopt(offer.project, offer.side, offer.sentBy, "merge").catch(fail);
          }}
          copy={() => {
            setOffer(null);
            void adopt(offer.project, offer.side, offer.sentBy, "copy").catch(fail);
          }}
          cancel={() => setOffer(null)}
        />
      )}
      {screen.kind === "start" && (
        <StartScreen
          projects={projects}
          problems={problems}
          notice={notice}
          create={(i) => void create(i)}
          openSample={() => void openSample()}
          openReviewSample={() => void openSample(REVIEW_SAMPLE_URL)}
          openFile={(f) => void openFile(f)}
          openStored={(id) => void openStored(id)}
          rename={(id, name) =>
            void withProject(
              id,
              async (p, rev) =>
                void (await saveProject({ ...p, name, updatedAt: new Date().toISOString() }, rev)),
            )
          }
          duplicate={(id) =>
            void withProject(
              id,
              async (p) =>
                void (await saveProject(
                  { ...p, id: newId(), name: `${p.name} (copy)`, updatedAt: new Date().toISOString() },
                  0,
                )),
            )
          }
          remove={(id) => void withProject(id, () => deleteProject(id))}
          persistence={persistence}
          savedToFile={savedToFile}
          saveToFile={(id) => run(() => saveStoredToFile(id))}
          backUp={() => run(backUpEverything)}
          restoreBackup={(file) => run(() => restoreFromBackup(file))}
          restoreVersion={(id, v) => run(() => restoreEarlier(id, v))}
          startImport={() => setScreen({ kind: "import" })}
        />
      )}
      {screen.kind === "import" && (
        <ErrorBoundary>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ImportScreen
              close={() => void close()}
              open={(p) => void (async () => show(p, await saveProject(p, 0)))().catch(fail)}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {screen.kind === "project" && (
        <OpenProject
          key={`${screen.project.id}:${screen.nonce}`}
          screen={screen}
          notice={notice}
          undoMerge={undo?.id === screen.project.id ? () => void undoMerge().catch(fail) : null}
          close={() => void close()}
          reopen={(id) => void openStored(id)}
          startReview={(p) =>
            void (async () => {
              const next = beginReview(p, readSide(p.id) ?? "agency");
              setNotice(null);
              show(next, await saveProject(next, 0));
            })().catch(fail)
          }
          saveAsCopy={(p) =>
            void (async () => {
              const copy = { ...p, id: newId(), name: `${p.name} (kept copy)` };
              setNotice(null);
              const rev = await saveProject(copy, 0);
              // the copy holds this tab's edits: the original's journal of them is done
              clearJournal(p.id);
              show(copy, rev);
            })().catch(fail)
          }
        />
      )}
    </>
  );
}
