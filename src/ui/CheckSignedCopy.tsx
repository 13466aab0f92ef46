import type { DragEvent } from "react";
import { useMemo, useRef, useState } from "react";
import type { Project } from "../project/schema";
import { agreedVersions, hasAgreedVersion } from "../verify/agreed";
import { checkCopy } from "../verify/compare";
import { CopyReadError, MAX_COPY_BYTES } from "../verify/copy";
import type { CheckReport } from "../verify/describe";
import { describeCheck } from "../verify/describe";
import type * as ReadCopyModule from "../verify/read-copy";
import "./check-signed-copy.css";

type State =
  | { readonly step: "idle" }
  | { readonly step: "reading"; readonly name: string }
  | { readonly step: "done"; readonly report: CheckReport }
  | { readonly step: "failed"; readonly message: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const LIMIT = `${Math.round(MAX_COPY_BYTES / (1024 * 1024))} MB`;

/**
 * The app's own drop handler (anywhere on the page) opens a dropped .mou.json file; a copy dropped
 * here is not one. Its overlay hides when the drag leaves the window, which this tells it.
 */
function hidePageDropOverlay(): void {
  if (typeof DragEvent === "function")
    window.dispatchEvent(new DragEvent("dragleave", { relatedTarget: null }));
}

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes("Files");

/**
 * "Check a signed copy": a signed PDF or DOCX is read in this browser (nothing is uploaded) and its
 * words compared with the agreed versions of this MOU; the result says where they differ.
 */
export function CheckSignedCopy({ project }: { project: Project }) {
  const available = useMemo(() => hasAgreedVersion(project), [project]);
  const [state, setState] = useState<State>({ step: "idle" });
  const [over, setOver] = useState(false);
  const latest = useRef(0);

  const check = async (file: File) => {
    const run = ++latest.current;
    const name = `“${file.name}”`;
    const settle = (next: State) => {
      if (run === latest.current) setState(next);
    };
    if (file.size > MAX_COPY_BYTES) {
      settle({
        step: "failed",
        message: `${name} is ${megabytes(file.size)}; a signed copy of the MOU is at most ${LIMIT}, so it was not read.`,
      });
      return;
    }
    if (file.size === 0) {
      settle({ step: "failed", message: `${name} is empty.` });
      return;
    }
    settle({ step: "reading", name: file.name });
    let reader: typeof ReadCopyModule;
    try {
      reader = await import("../verify/read-copy");
    } catch {
      settle({
        step: "failed",
        message:
          "The part of the app that reads PDF and DOCX files could not be loaded (offline after an update?). Reload the page (your project is saved) and try again.",
      });
      return;
    }
    try {
      const copy = await reader.readCopy(new Uint8Array(await file.arrayBuffer()));
      const versions = agreedVersions(project);
      if (versions.length === 0) {
        settle({
          step: "failed",
          message: "There is no agreed version of this MOU to compare the copy with.",
        });
        return;
      }
      settle({ step: "done", report: describeCheck(checkCopy(copy, versions), file.name) });
    } catch (error) {
      settle({
        step: "failed",
        message:
          error instanceof CopyReadError
            ? `${name}: ${error.message}`
            : `${name} could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const onDragOver = (e: DragEvent) => {
    if (!available || !hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    if (!over) {
      setOver(true);
      hidePageDropOverlay();
    }
  };
  const onDrop = (e: DragEvent) => {
    if (!available || !hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    hidePageDropOverlay();
    const file = e.dataTransfer.files[0];
    if (file) void check(file);
  };

  return (
    <section className="check-copy" aria-labelledby="check-copy-title">
      <h3 id="check-copy-title">Check a signed copy</h3>
      <p className="help">
        Choose or drop a signed PDF or DOCX of this MOU to see whether its words are the agreed words. The
        file is read here, in this browser; nothing is uploaded.
      </p>
      <div
        className={over ? "drop-zone over" : "drop-zone"}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor="check-copy-file">Signed copy (PDF or DOCX, up to {LIMIT})</label>
        <input
          id="check-copy-file"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={!available || state.step === "reading"}
          aria-describedby={available ? undefined : "check-copy-unavailable"}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void check(file);
          }}
        />
        {available ? (
          <p className="help">or drop the file here.</p>
        ) : (
          <p className="help" id="check-copy-unavailable">
            Available once the MOU is agreed (nothing open) or signed: there is no agreed text to compare with
            yet.
          </p>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="check-copy-status">
        {state.step === "reading" && <p>Reading “{state.name}”…</p>}
        {state.step === "failed" && <p className="error">{state.message}</p>}
        {state.step === "done" && (
          <p className={`check-${state.report.tone}`}>
            <strong>{state.report.headline}</strong>
          </p>
        )}
      </div>
      {state.step === "done" && state.report.details.length > 0 && (
        <ul className="check-details">
          {state.report.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
