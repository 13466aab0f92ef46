import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import { ActingFor } from "./ActingFor";
import { TOPICS } from "../topics";
import { GROUP_TITLES, TOPIC_GROUPS } from "../topics/types";
import { markExchanged, serializeProject } from "../project/file";
import type { Project } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import { isSample } from "../project/sample";
import { rovingKeyDown } from "./roving";
import { STATUS_LABELS, progress } from "../project/status";
import { STATUS_ICONS, SaveStatus, StatusLegend } from "./ProjectStatus";
import { downloadBlob } from "../export/download";
import type { FileSaved } from "../storage/db";
import { readSavedToFile, recordSavedToFile } from "../storage/db";
import { fileReminder } from "../storage/file-reminder";
import { formatDate } from "../format/values";
import { exportFileName } from "../export/file-name";
import { ReviewBoard } from "./ReviewBoard";
import { ConflictPanel } from "./ConflictPanel";
import { SettleError, settleConflict } from "../project/settle";
import { TopicScreen } from "./TopicScreen";
import { ErrorBoundary } from "./ErrorBoundary";
import type { ProjectSession } from "./useProject";

// the document model, templates and exporters load when first needed
const ProjectPreview = lazy(() => import("./Preview"));
const ExportPanel = lazy(() => import("./ExportPanel"));
const MeetingView = lazy(() => import("./MeetingView"));

type View =
  | { kind: "topic"; id: string }
  | { kind: "board" }
  | { kind: "preview" }
  | { kind: "export" }
  | { kind: "meeting"; id: string };

function download(name: string, text: string) {
  downloadBlob(name, new Blob([text], { type: "application/json" }));
}

export function ProjectScreen({
  session,
  notice,
  undoMerge,
  close,
  reloadFromStorage,
  saveAsCopy,
  startReview,
}: {
  session: ProjectSession;
  notice: string | null;
  /** Set just after a merge: puts this copy back as it was before. */
  undoMerge: (() => void) | null;
  close: () => void;
  reloadFromStorage: () => void;
  saveAsCopy: (p: Project) => void;
  startReview: (p: Project) => void;
}) {
  const { project, side, apply } = session;
  const [view, setView] = useState<View>({ kind: "topic", id: TOPICS[0]?.id ?? "" });
  const [meeting, setMeeting] = useState(false);
  const [settleError, setSettleError] = useState<string | null>(null);
  /** The file last saved, with what to do with it. */
  const [sentAs, setSentAs] = useState<string | null>(null);
  /** When this project was last saved to a file in this browser (undefined: never; null: not read yet). */
  const [fileSaved, setFileSaved] = useState<FileSaved | undefined | null>(null);
  const p = useMemo(() => progress(project, side), [project, side]);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [view]);
  useEffect(() => {
    let live = true;
    readSavedToFile([project.id]).then(
      (found) => live && setFileSaved(found.get(project.id)),
      () => live && setFileSaved(undefined),
    );
    return () => {
      live = false;
    };
  }, [project.id]);
  useEffect(() => {
    document.documentElement.classList.toggle("meeting", meeting);
  }, [meeting]);

  /** On a phone the topic list is a drawer, closed once a topic or view is chosen. */
  const [drawer, setDrawer] = useState(false);
  const choose = (next: View) => {
    setDrawer(false);
    setView(next);
  };
  const go = (id: string) => choose({ kind: "topic", id });
  // an opened drawer takes focus on the topic on screen, so arrows move through the list at once
  useEffect(() => {
    if (drawer) document.querySelector<HTMLElement>('#topic-nav .nav-topic[tabindex="0"]')?.focus();
  }, [drawer]);
  // the meeting opens on the topic on screen, if any
  const openMeeting = () => choose({ kind: "meeting", id: view.kind === "topic" ? view.id : "" });
  const index = view.kind === "topic" ? TOPICS.findIndex((t) => t.id === view.id) : -1;
  const topic = index >= 0 ? TOPICS[index] : undefined;
  // the topic list's one tab stop: the topic on screen, or the first topic
  const rovingId = topic?.id ?? TOPICS[0]?.id;
  const topicKeys = rovingKeyDown("nav", ".nav-topic");
  const readOnly = session.saveState.kind === "conflict" || project.signed !== null;

  return (
    <div className={view.kind === "meeting" ? "project meeting-on" : "project"}>
      <section className="project-top" aria-label="Project status and settings">
        <div className="project-bar">
          <div>
            <h2 className="project-name">{project.name}</h2>
            <p className="progress" data-testid="progress">
              {p.agreed} of {p.included} topics agreed · {p.open} open {p.open === 1 ? "item" : "items"}
              {p.waiting > 0 &&
                ` · your part done in ${p.waiting} ${p.waiting === 1 ? "topic" : "topics"}, waiting for the ${SIDE_NAMES[side === "agency" ? "district" : "agency"]}`}
            </p>
          </div>
          <ActingFor session={session} readOnly={readOnly} />
          <SaveStatus session={session} />
          <div className="row">
            <label className="option">
              <input type="checkbox" checked={meeting} onChange={(e) => setMeeting(e.target.checked)} />
              Meeting mode (large type)
            </label>
            <button
              type="button"
              onClick={() => {
                // the copy sent is what both offices share from now: the ancestor of the next merge
                const sent = markExchanged(project);
                if (!readOnly) apply(() => sent);
                const name = exportFileName(
                  project.parties.agency.name,
                  project.parties.district.name,
                  "project",
                  new Date(),
                  "mou.json",
                );
                download(name, serializeProject(sent, side));
                // the project list reminds of projects changed since (site storage can be evicted)
                void recordSavedToFile([sent]).catch(() => undefined);
                setFileSaved({ at: new Date().toISOString(), updatedAt: sent.updatedAt });
                setSentAs(name);
              }}
            >
              Save to file
            </button>
            {fileSaved !== null && fileReminder(fileSaved, project.updatedAt) !== null && (
              <span className="file-reminder" data-testid="project-file-reminder">
                {fileReminder(fileSaved, project.updatedAt)}
              </span>
            )}
            <button
              type="button"
              className="drawer-toggle"
              aria-expanded={drawer}
              aria-controls="topic-nav"
              onClick={() => setDrawer((d) => !d)}
            >
              Topics
            </button>
            <button type="button" onClick={close}>
              All projects
            </button>
          </div>
        </div>
        {isSample(project) && (
          <div className="banner sample" role="note" aria-label="Sample">
            {project.review ? (
              <p>
                <strong>This is a sample annual review</strong> of an MOU a fictional sheriff&rsquo;s office
                and school district signed a year ago: one topic is being revised, and the meeting can be run
                at once. Your edits stay in this browser. It is not your agreement.
              </p>
            ) : (
              <p>
                <strong>This is a sample MOU</strong> between a fictional police department and school
                district, to explore: every screen and export works on it, and your edits stay in this
                browser. It is not your agreement.
              </p>
            )}
            <div className="row">
              {project.review && (
                <button type="button" className="primary" onClick={openMeeting}>
                  Run the review meeting
                </button>
              )}
              <button type="button" className={project.review ? undefined : "primary"} onClick={close}>
                Start your own MOU
              </button>
            </div>
          </div>
        )}
        {project.signed && (
          <p className="banner ok" role="status">
            Signed on {formatDate(project.signed.signedOn)} by {project.signed.signedBy}. This version is
            read-only; start the annual review from Export.
          </p>
        )}
        {project.review && project.baseline && (
          <div className="banner ok" role="status">
            <p>
              Annual review of the MOU signed on {formatDate(project.baseline.signedOn)}: keep or revise each
              topic; the preview shows the changes.
            </p>
            {view.kind !== "meeting" && (
              <button type="button" onClick={openMeeting}>
                Run the review meeting, one topic at a time
              </button>
            )}
          </div>
        )}
        {sentAs && (
          <p className="banner ok" role="status">
            Saved “{sentAs}” to your downloads. Send it to the{" "}
            {SIDE_NAMES[side === "agency" ? "district" : "agency"]}; when their copy comes back, open it from
            All projects (or drop it there) to merge it into this one.
          </p>
        )}
        {notice && (
          <div className="banner warn" role="status">
            <p>{notice}</p>
            {undoMerge && (
              <button type="button" onClick={undoMerge}>
                Undo the merge (changes made since are lost)
              </button>
            )}
          </div>
        )}
        <ConflictPanel
          conflicts={readOnly ? [] : project.conflicts}
          error={settleError}
          settle={(c, value) => {
            try {
              const next = settleConflict(project, c, value, side);
              setSettleError(null);
              apply(() => next);
            } catch (error) {
              if (!(error instanceof SettleError)) throw error;
              setSettleError(error.message);
            }
          }}
        />
        {session.saveState.kind === "conflict" && (
          <div className="banner" role="alert">
            <p>
              This project was changed in another tab or window. To avoid overwriting that work, this tab
              stopped saving and is read-only.
            </p>
            <button type="button" onClick={reloadFromStorage}>
              Load the other tab's version
            </button>
            <button type="button" onClick={() => saveAsCopy(project)}>
              Keep this tab's version as a copy
            </button>
          </div>
        )}
        {session.otherTab && session.saveState.kind !== "conflict" && (
          <p className="banner warn" role="status">
            This project is also open in another tab. Edit it in one tab at a time; a change made elsewhere
            will not be overwritten.
          </p>
        )}
        {session.journalWarning && session.saveState.kind !== "error" && (
          <p className="banner warn" role="status">
            {session.journalWarning}
          </p>
        )}
        {session.saveState.kind === "error" && (
          <div className="banner" role="alert">
            <p>{session.saveState.message}</p>
            <button type="button" onClick={session.retrySave}>
              Try saving again
            </button>
          </div>
        )}
      </section>
      <div className={view.kind === "meeting" ? "layout layout-meeting" : "layout"}>
        <nav id="topic-nav" className={drawer ? "sidebar open" : "sidebar"} aria-label="MOU topics">
          <ul className="views">
            {project.review && (
              <li>
                <button
                  type="button"
                  aria-current={view.kind === "meeting" ? "page" : undefined}
                  onClick={openMeeting}
                >
                  Review meeting
                </button>
              </li>
            )}
            {(
              [
                ["board", `Review board (${p.open})`],
                ["preview", "Preview"],
                ["export", "Export"],
              ] as const
            ).map(([kind, label]) => (
              <li key={kind}>
                <button
                  type="button"
                  aria-current={view.kind === kind ? "page" : undefined}
                  onClick={() => choose({ kind })}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
          <StatusLegend />
          {TOPIC_GROUPS.map((group) => (
            <div key={group} className="nav-group">
              <h3>{GROUP_TITLES[group]}</h3>
              <ul>
                {TOPICS.filter((t) => t.group === group).map((t) => {
                  const status = p.statuses.get(t.id) ?? "not-started";
                  return (
                    <li key={t.id}>
                      <button
                        type="button"
                        className={`nav-topic status-${status}`}
                        aria-current={view.kind === "topic" && view.id === t.id ? "page" : undefined}
                        // one tab stop for the whole list: arrows, Home and End move within it
                        tabIndex={t.id === rovingId ? 0 : -1}
                        onKeyDown={topicKeys}
                        onClick={() => go(t.id)}
                      >
                        <span className="badge" aria-hidden="true">
                          {STATUS_ICONS[status]}
                        </span>
                        <span>{t.title}</span>
                        <span className="sr-only"> ({STATUS_LABELS[status]})</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" ref={mainRef} className="content">
          {topic && (
            <TopicScreen
              key={`${topic.id}:${side}`}
              topic={topic}
              project={project}
              side={side}
              apply={apply}
              previous={TOPICS[index - 1] ?? null}
              next={TOPICS[index + 1] ?? null}
              go={go}
              readOnly={readOnly}
            />
          )}
          {view.kind === "board" && <ReviewBoard project={project} items={p.items} go={go} />}
          {/* a part that fails to load offers a reload in its place; the topics stay usable */}
          <ErrorBoundary key={view.kind}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              {view.kind === "preview" && <ProjectPreview project={project} />}
              {view.kind === "meeting" && (
                <MeetingView
                  project={project}
                  topicId={view.id}
                  show={(id) => setView({ kind: "meeting", id })}
                  edit={go}
                  apply={apply}
                  readOnly={readOnly}
                />
              )}
              {view.kind === "export" && (
                <ExportPanel
                  project={project}
                  items={p.items}
                  showBoard={() => setView({ kind: "board" })}
                  apply={apply}
                  startReview={startReview}
                />
              )}
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
