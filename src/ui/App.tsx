import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import type { Problem } from "../project/load";
import { MAX_FILE_BYTES } from "../project/file-limits";
import type { Project, Side } from "../project/schema";
import type { FileSaved, ProjectSummary } from "../storage/store";
import { StorageFullError, listProjects, readSavedToFile } from "../storage/store";
import type { Persistence } from "../storage/persist";
import { requestPersistence } from "../storage/persist";
import type { Outcome } from "./backup-actions";
import type { MergePreview } from "./MergeOffer";
import { MergeOffer } from "./MergeOffer";
import type { ProjectOnScreen } from "./OpenProject";
import type { NewProjectInput } from "./StartScreen";
import { StartScreen } from "./StartScreen";
import { readLastProject, readSide, writeLastProject, writeSide } from "./remembered";
import { ErrorBoundary } from "./ErrorBoundary";
import { useFileDrop } from "./useFileDrop";

const ImportScreen = lazy(() => import("./import/ImportScreen"));
const loadProjectScreen = () => import("./OpenProject");
const OpenProject = lazy(() => loadProjectScreen().then((m) => ({ default: m.OpenProject })));
/** Reading, checking and saving projects: loaded on first use, not before the start page shows. */
const projectOps = () => import("./project-ops");

export const SAMPLE_URL = "./sample.mou.json";
/** A signed sample with its annual review under way, to try the review meeting at once. */
export const REVIEW_SAMPLE_URL = "./sample-review.mou.json";
type Screen = { kind: "loading" } | { kind: "start" } | { kind: "import" } | ProjectOnScreen;

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
    writeLastProject(project.id);
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
      const { arrival, newId, readProject, saveProject } = await projectOps();
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
      // the project screen's code loads while the project is read, not after
      void loadProjectScreen();
      // with the edits its journal holds that were not saved yet
      const opened = await (await projectOps()).openProject(id);
      if (!opened) {
        writeLastProject(null);
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
        const { parseProjectFile, readProject } = await projectOps();
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
        const last = readLastProject();
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
    const result = (await projectOps()).parseProjectFile(await file.text(), file.size);
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
    const { deleteProject, readProject, saveProject } = await projectOps();
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
    try {
      const { newProjectFrom, saveProject } = await projectOps();
      const project = newProjectFrom(input);
      const rev = await saveProject(project, 0);
      show(project, rev, input.side);
    } catch (error) {
      fail(error);
    }
  };

  const withProject = async (id: string, fn: (p: Project, rev: number) => Promise<void>) => {
    const stored = await (await projectOps()).readProject(id);
    if (stored?.ok) await fn(stored.project, stored.rev);
    await refresh();
  };

  const rename = (id: string, name: string) =>
    withProject(id, async (p, rev) => {
      await (await projectOps()).saveProject({ ...p, name, updatedAt: new Date().toISOString() }, rev);
    });

  const duplicate = (id: string) =>
    withProject(id, async (p) => {
      const { newId, saveProject } = await projectOps();
      await saveProject(
        { ...p, id: newId(), name: `${p.name} (copy)`, updatedAt: new Date().toISOString() },
        0,
      );
    });

  /** Stores a project made here (from an import) and opens it. */
  const saveNew = async (project: Project) =>
    show(project, await (await projectOps()).saveProject(project, 0));

  const startReview = async (project: Project) => {
    const { startReview: begin, saveProject } = await projectOps();
    const next = begin(project, readSide(project.id) ?? "agency");
    setNotice(null);
    show(next, await saveProject(next, 0));
  };

  const saveAsCopy = async (project: Project) => {
    const { clearJournal, newId, saveProject } = await projectOps();
    const copy = { ...project, id: newId(), name: `${project.name} (kept copy)` };
    setNotice(null);
    const rev = await saveProject(copy, 0);
    // the copy holds this tab's edits: the original's journal of them is done
    clearJournal(project.id);
    show(copy, rev);
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
    writeLastProject(null);
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
          rename={(id, name) => void rename(id, name)}
          duplicate={(id) => void duplicate(id)}
          remove={(id) => void withProject(id, async () => (await projectOps()).deleteProject(id))}
          persistence={persistence}
          savedToFile={savedToFile}
          saveToFile={(id) => run(async () => (await projectOps()).saveStoredToFile(id))}
          backUp={() => run(async () => (await projectOps()).backUpEverything())}
          restoreBackup={(file) => run(async () => (await projectOps()).restoreFromBackup(file))}
          restoreVersion={(id, v) => run(async () => (await projectOps()).restoreEarlier(id, v))}
          startImport={() => setScreen({ kind: "import" })}
        />
      )}
      {screen.kind === "import" && (
        <ErrorBoundary>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ImportScreen close={() => void close()} open={(p) => void saveNew(p).catch(fail)} />
          </Suspense>
        </ErrorBoundary>
      )}
      {screen.kind === "project" && (
        <Suspense
          fallback={
            <main id="main">
              <p role="status">Opening…</p>
            </main>
          }
        >
          <OpenProject
            key={`${screen.project.id}:${screen.nonce}`}
            screen={screen}
            notice={notice}
            undoMerge={undo?.id === screen.project.id ? () => void undoMerge().catch(fail) : null}
            close={() => void close()}
            reopen={(id) => void openStored(id)}
            startReview={(p) => void startReview(p).catch(fail)}
            saveAsCopy={(p) => void saveAsCopy(p).catch(fail)}
          />
        </Suspense>
      )}
    </>
  );
}
