import { useEffect, useMemo, useRef } from "react";
import { assembleReview } from "../document/review-marks";
import { isIncluded } from "../project/open-items";
import {
  DECISION_ACTIONS,
  changesSinceSigned,
  restoreSignedText,
  setReviewDecision,
  setTopicNote,
} from "../project/review";
import type { Project } from "../project/schema";
import { REVIEW_DECISIONS, SIDE_NAMES, SIDES } from "../project/schema";
import { TOPICS } from "../topics";
import { GROUP_TITLES } from "../topics/types";
import { describePosition } from "./Positions";
import { BlockView } from "./Preview";
import { ReviewRecordEditor } from "./ReviewRecordEditor";
import { MEETING_KEYS_HELP, meetingKey } from "./meeting-keys";
import type { Apply } from "./useProject";

const TALLY = { kept: "Kept", revised: "Revised", open: "Still open" } as const;

/**
 * The annual review meeting, one topic at a time in large type: the text as it stands (with
 * this year's changes marked), where each Party stands, the decision and the meeting's notes.
 * Loaded lazily with the document assembler.
 */
export default function MeetingView({
  project,
  topicId,
  show,
  edit,
  apply,
  readOnly,
}: {
  project: Project;
  topicId: string;
  /** Moves the meeting to another topic. */
  show: (topicId: string) => void;
  /** Leaves the meeting for the topic's own screen, to change its text. */
  edit: (topicId: string) => void;
  apply: Apply;
  readOnly: boolean;
}) {
  const review = project.review;
  const before = project.baseline?.agreement.topics;
  // topics in the MOU now, or in the signed one (a topic dropped this year is reviewed too)
  const topics = TOPICS.filter(
    (t) => isIncluded(t, project.topics[t.id]) || (before && isIncluded(t, before[t.id])),
  );
  const index = Math.max(
    0,
    topics.findIndex((t) => t.id === topicId),
  );
  const topic = topics[index];
  const doc = useMemo(() => assembleReview(project, { mode: "draft" }), [project]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [topic?.id]);
  const previousId = topics[index - 1]?.id;
  const nextId = topics[index + 1]?.id;
  // shortcuts for whoever runs the meeting at the projector: decide, and move on
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = meetingKey(event);
      if (!action || !topic) return;
      if (action.kind === "move") {
        const to = action.by > 0 ? nextId : previousId;
        if (to) {
          event.preventDefault();
          show(to);
        }
      } else if (!readOnly) {
        event.preventDefault();
        apply((p, s) => setReviewDecision(p, s, topic.id, action.decision));
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [topic, nextId, previousId, show, apply, readOnly]);
  if (!review || !topic) return null;

  const clauses = doc.blocks.filter((b) => b.kind === "clause" && b.topicId === topic.id);
  const change = changesSinceSigned(project).find((c) => c.topicId === topic.id && c.by);
  const decision = review.decisions[topic.id];
  const counts = { kept: 0, revised: 0, open: 0 };
  for (const t of topics) {
    const d = review.decisions[t.id];
    if (d) counts[d] += 1;
  }
  const undecided = topics.length - counts.kept - counts.revised - counts.open;
  const previous = topics[index - 1];
  const next = topics[index + 1];

  return (
    <section className="meeting-view" aria-labelledby="meeting-title">
      <div className="meeting-head">
        <p className="meeting-step">
          Review meeting · topic {index + 1} of {topics.length} · {GROUP_TITLES[topic.group]}
        </p>
        <button type="button" onClick={() => edit(topic.id)}>
          Leave the meeting
        </button>
        <label className="meeting-jump">
          Go to topic{" "}
          <select value={topic.id} onChange={(e) => show(e.target.value)}>
            {topics.map((t, i) => (
              <option key={t.id} value={t.id}>
                {i + 1}. {t.title}
                {review.decisions[t.id] ? ` (${TALLY[review.decisions[t.id] ?? "open"].toLowerCase()})` : ""}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="meeting-strip" aria-hidden="true">
        {topics.map((t) => (
          <li
            key={t.id}
            className={`strip-${review.decisions[t.id] ?? "none"}${t.id === topic.id ? " strip-here" : ""}`}
            title={t.title}
          />
        ))}
      </ol>
      <h2 id="meeting-title" tabIndex={-1} ref={heading}>
        {topic.title}
      </h2>
      <p className="meeting-tally" data-testid="meeting-tally">
        {(["kept", "revised", "open"] as const).map((d) => `${TALLY[d]} ${counts[d]}`).join(" · ")} · Not yet
        decided {undecided}
      </p>

      {change?.by && (
        <div className="banner warn meeting-changed">
          <p>
            Changed since the MOU was signed: {change.changed.join("; ")} (by the{" "}
            {SIDE_NAMES[change.by.author]}
            ). The changes are marked in the text below.
          </p>
          {decision !== "revised" && !readOnly && (
            <button type="button" onClick={() => apply((p, s) => restoreSignedText(p, s, topic.id))}>
              Put back the text as signed
            </button>
          )}
        </div>
      )}
      <div className="paper meeting-text" aria-label="The text of this topic">
        {clauses.length > 0 ? (
          clauses.map((b, i) => <BlockView key={i} block={b} />)
        ) : (
          <p>This topic adds no clauses to the MOU as it now stands.</p>
        )}
      </div>

      <dl className="meeting-positions">
        {SIDES.map((s) => (
          <div key={s}>
            <dt>{SIDE_NAMES[s]}</dt>
            <dd>{describePosition(project, topic.id, s)}</dd>
          </div>
        ))}
      </dl>

      <div className="meeting-decision" role="group" aria-label="Decision on this topic">
        {REVIEW_DECISIONS.map((d) => (
          <button
            key={d}
            type="button"
            className={decision === d ? "primary" : undefined}
            aria-pressed={decision === d}
            disabled={readOnly}
            onClick={() => apply((p, s) => setReviewDecision(p, s, topic.id, d))}
          >
            {DECISION_ACTIONS[d]}
          </button>
        ))}
        {decision === "revised" && (
          <button type="button" onClick={() => edit(topic.id)}>
            Change the text of this topic
          </button>
        )}
        {next && (
          <button type="button" onClick={() => show(next.id)}>
            Next →
          </button>
        )}
        <p className="meeting-keys">{MEETING_KEYS_HELP}</p>
      </div>

      <label className="meeting-notes">
        Notes of the meeting on this topic
        <textarea
          key={topic.id}
          rows={4}
          maxLength={5_000}
          defaultValue={review.topicNotes[topic.id] ?? ""}
          disabled={readOnly}
          onChange={(e) => {
            // journaled as it is typed, made a change when the field is left
            const note = e.target.value;
            apply((p, s) => setTopicNote(p, s, topic.id, note), "draft");
          }}
          onBlur={(e) => {
            const note = e.target.value;
            apply((p, s) => setTopicNote(p, s, topic.id, note));
          }}
        />
      </label>

      {!readOnly && (
        <details className="meeting-record">
          <summary>Meeting date, attendees and general notes</summary>
          <ReviewRecordEditor project={project} apply={apply} />
        </details>
      )}

      <nav className="prev-next" aria-label="Meeting topics">
        {previous && (
          <button type="button" onClick={() => show(previous.id)}>
            ← Previous: {previous.title}
          </button>
        )}
        {next && (
          <button type="button" onClick={() => show(next.id)}>
            Next: {next.title} →
          </button>
        )}
      </nav>
    </section>
  );
}
