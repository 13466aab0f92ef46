import { useState } from "react";
import { setPosition } from "../project/actions";
import { isIncluded } from "../project/open-items";
import type { Project, Side, Stance } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import type { TopicDefinition } from "../topics/types";
import { PrintableMessage, describedBy, usePrintable } from "./fields/usePrintable";

const STANCE_TEXT: Record<Stance, string> = {
  agree: "Agrees to the current text",
  propose: "Proposed the current text",
  object: "Objects",
  none: "No position yet",
};

export function describePosition(project: Project, topicId: string, side: Side): string {
  const p = project.topics[topicId]?.positions[side];
  if (!p) return STANCE_TEXT.none;
  const when = p.at
    ? ` (${new Date(p.at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })})`
    : "";
  return `${STANCE_TEXT[p.stance]}${p.note ? `: “${p.note}”` : ""}${when}`;
}

/** The current side's position on the topic, and the other side's, read-only. */
export function Positions({
  topic,
  project,
  side,
  apply,
  readOnly,
  onAgreed,
}: {
  topic: TopicDefinition;
  project: Project;
  side: Side;
  apply: (change: (p: Project, s: Side) => Project) => void;
  readOnly: boolean;
  /** Called once agreed: the Agree button is then disabled, so focus must go somewhere useful. */
  onAgreed?: () => void;
}) {
  const other: Side = side === "agency" ? "district" : "agency";
  const mine = project.topics[topic.id]?.positions[side];
  const [note, setNote] = useState(mine?.stance === "object" ? mine.note : "");
  const [error, setError] = useState<string | null>(null);
  const noteId = `position-note-${topic.id}`;
  const noteText = usePrintable(noteId, true);

  const object = () => {
    if (note.trim() === "") {
      setError("Say what the objection is, so the other side can answer it.");
      return;
    }
    setError(null);
    apply((p, s) => setPosition(p, s, topic.id, "object", note.trim()));
  };

  return (
    <section className="positions" aria-labelledby="positions-title">
      <h3 id="positions-title">Positions</h3>
      <dl>
        <div>
          <dt>{SIDE_NAMES[side]} (you)</dt>
          <dd data-testid="my-position">{describePosition(project, topic.id, side)}</dd>
        </div>
        <div>
          <dt>{SIDE_NAMES[other]}</dt>
          <dd data-testid="their-position">{describePosition(project, topic.id, other)}</dd>
        </div>
      </dl>
      {!readOnly && (
        <div className="position-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              apply((p, s) => setPosition(p, s, topic.id, "agree", ""));
              onAgreed?.();
            }}
            disabled={mine?.stance === "agree" || mine?.stance === "propose"}
          >
            {isIncluded(topic, project.topics[topic.id])
              ? "Agree to this topic as written"
              : "Agree to leave this topic out"}
          </button>
          <p className="help">
            Agreeing means agreeing to the words shown under “As it will print”. To propose a change, edit the
            answers or the custom clause: the other side is then asked to agree again.
          </p>
          <label htmlFor={noteId}>Objection note</label>
          <textarea
            id={noteId}
            rows={2}
            value={note}
            onChange={(e) => setNote(noteText.clean(e.target))}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy(error ? `${noteId}-error` : undefined, noteText.describedBy)}
            maxLength={5_000}
          />
          <PrintableMessage id={noteText.messageId} message={noteText.message} />
          {error && (
            <p id={`${noteId}-error`} className="error" role="alert">
              {error}
            </p>
          )}
          <div className="row">
            <button type="button" onClick={object}>
              Object with this note
            </button>
            {mine && mine.stance !== "none" && (
              <button type="button" onClick={() => apply((p, s) => setPosition(p, s, topic.id, "none", ""))}>
                Withdraw my position
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
