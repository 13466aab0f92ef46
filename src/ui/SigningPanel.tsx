import { useState } from "react";
import { canUndoSigned, markSigned, undoSigned } from "../project/review";
import type { Apply } from "./useProject";
import type { Project } from "../project/schema";
import { formatDate } from "../format/values";
import { DATE_RANGE_MESSAGE, MAX_DATE, MIN_DATE, isDateInRange } from "../format/dates";

/** Marks the agreed MOU as signed, or, once signed, starts next year's review. */
export function SigningPanel({
  project,
  ready,
  apply,
  startReview,
}: {
  project: Project;
  ready: boolean;
  apply: Apply;
  startReview: (p: Project) => void;
}) {
  const [signedOn, setSignedOn] = useState(new Date().toISOString().slice(0, 10));
  const [signedBy, setSignedBy] = useState(
    project.parties.signatories
      .filter((s) => s.role === "signatory" && s.name.trim())
      .map((s) => s.name.trim())
      .join(" and "),
  );
  const [error, setError] = useState<string | null>(null);
  /** Marking as signed makes the project read-only: asked once more before it is done. */
  const [confirming, setConfirming] = useState(false);
  if (project.signed) {
    return (
      <section aria-labelledby="signed-title">
        <h3 id="signed-title">Signed</h3>
        <p>
          This MOU was signed on {formatDate(project.signed.signedOn)} by {project.signed.signedBy}. It is
          kept as that year's version and can no longer be changed.
          {project.signed.recordedAt && (
            <>
              {" "}
              Recorded {project.signed.recordedBy ? `by ${project.signed.recordedBy} ` : ""}on{" "}
              {new Date(project.signed.recordedAt).toLocaleString("en-US", {
                dateStyle: "medium",
                timeStyle: "short",
              })}
              .
            </>
          )}
        </p>
        <button type="button" className="primary" onClick={() => startReview(project)}>
          Start the annual review
        </button>
        <p className="help">
          The review is a new version with this signed MOU as its baseline; the changes show against it.
        </p>
        {canUndoSigned(project) ? (
          <p className="help">
            Recorded by mistake? Until a signature-ready file is exported,{" "}
            <button type="button" onClick={() => apply((p, s) => undoSigned(p, s))}>
              Take back the record of signing
            </button>
          </p>
        ) : (
          <p className="help">
            A signature-ready file of this signed version was exported on{" "}
            {formatDate((project.signed.finalExportedAt ?? "").slice(0, 10))}, so the record of signing
            stands.
          </p>
        )}
      </section>
    );
  }
  if (!ready) return null;
  return (
    <section aria-labelledby="sign-title">
      <h3 id="sign-title">Record the signing</h3>
      <p className="help">
        After both Parties have signed the signature-ready MOU, record it here. The project becomes read-only.
      </p>
      <div className="field">
        <label htmlFor="signed-on" className="field-label">
          Date signed
        </label>
        <input
          id="signed-on"
          type="date"
          className="short"
          min={MIN_DATE}
          max={MAX_DATE}
          value={signedOn}
          onChange={(e) => setSignedOn(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="signed-by" className="field-label">
          Signed by
        </label>
        <input
          id="signed-by"
          type="text"
          value={signedBy}
          onChange={(e) => setSignedBy(e.target.value)}
          maxLength={1000}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!confirming ? (
        <button
          type="button"
          onClick={() => {
            if (!/^\d{4}-\d{2}-\d{2}$/.test(signedOn) || signedBy.trim() === "") {
              setError("Enter the date and who signed.");
              return;
            }
            if (!isDateInRange(signedOn)) {
              setError(`Date signed: ${DATE_RANGE_MESSAGE}`);
              return;
            }
            setError(null);
            setConfirming(true);
          }}
        >
          Mark as signed
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="sign-confirm">
          <p id="sign-confirm">
            Record that {signedBy.trim()} signed this MOU on {formatDate(signedOn)}? The project becomes
            read-only; the next change is made in an annual review. The record can be taken back until a
            signature-ready file of the signed version is exported.
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              // the question replaces the button pressed: focus goes to the answer
              autoFocus
              onClick={() => {
                setConfirming(false);
                apply((p, s, by) => markSigned(p, s, signedOn, signedBy.trim(), new Date(), by));
              }}
            >
              Yes, record the signing
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
