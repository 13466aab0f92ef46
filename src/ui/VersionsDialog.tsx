import { useEffect, useRef, useState } from "react";
import { listVersions } from "../storage/store";
import type { VersionSummary } from "../storage/versions";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/** The earlier versions of one project, each with a button to restore it. */
export function VersionsDialog({
  projectId,
  projectName,
  restore,
  close,
}: {
  projectId: string;
  projectName: string;
  restore: (version: VersionSummary) => void;
  close: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    let live = true;
    void listVersions(projectId).then((v) => live && setVersions(v));
    return () => {
      live = false;
    };
  }, [projectId]);
  return (
    <dialog ref={dialog} aria-labelledby="versions-title" onClose={close} className="versions">
      <h2 id="versions-title">Earlier versions of “{projectName}”</h2>
      <p>
        Restoring a version makes it the current one. The current one is kept here as an earlier version, so
        nothing is lost. This browser keeps the last 10 versions and one for each hour of the last day.
      </p>
      {versions === null ? (
        <p role="status">Loading…</p>
      ) : versions.length === 0 ? (
        <p role="status">No earlier versions yet: one is kept each time the project is saved.</p>
      ) : (
        <ul className="version-list" aria-label="Earlier versions">
          {versions.map((v) => (
            <li key={v.rev}>
              <span>
                <strong>Saved {when(v.savedAt)}</strong>
                {v.description && <span className="meta"> · last change: {v.description}</span>}
              </span>
              <button type="button" onClick={() => restore(v)}>
                Restore <span className="sr-only">the version saved {when(v.savedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
