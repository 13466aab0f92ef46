import { setMeetingDate, updateReviewRecord } from "../project/review";
import type { Project, ReviewRecord, Side } from "../project/schema";
import { DateInput } from "./fields/DateInput";
import { PrintableMessage, usePrintable } from "./fields/usePrintable";

const SIDES = { agency: "Agency", district: "District", other: "Other" } as const;

/** The record of the annual review meeting, printed as an appendix of the amended MOU. */
export function ReviewRecordEditor({
  project,
  apply,
}: {
  project: Project;
  apply: (change: (p: Project, s: Side) => Project) => void;
}) {
  const notesText = usePrintable("review-notes", true);
  const review = project.review;
  if (!review) return null;
  const set = (change: Partial<ReviewRecord>) => apply((p, s) => updateReviewRecord(p, s, change));
  const attendees = review.attendees;
  const setAttendee = (i: number, change: Partial<ReviewRecord["attendees"][number]>) =>
    set({ attendees: attendees.map((a, k) => (k === i ? { ...a, ...change } : a)) });
  return (
    <section aria-labelledby="review-record-title">
      <h3 id="review-record-title">Record of the annual review</h3>
      <div className="field">
        <label htmlFor="review-meeting" className="field-label">
          Meeting date
        </label>
        <DateInput
          id="review-meeting"
          value={review.meetingOn}
          onChange={(date) => apply((p, s) => setMeetingDate(p, s, date))}
        />
      </div>
      <fieldset>
        <legend>Attendees</legend>
        {attendees.map((a, i) => (
          <div key={i} className="row">
            <input
              aria-label={`Attendee ${i + 1}: name`}
              value={a.name}
              maxLength={300}
              onChange={(e) => setAttendee(i, { name: e.target.value })}
            />
            <input
              aria-label={`Attendee ${i + 1}: role`}
              value={a.role}
              maxLength={300}
              onChange={(e) => setAttendee(i, { role: e.target.value })}
            />
            <select
              aria-label={`Attendee ${i + 1}: side`}
              value={a.side}
              onChange={(e) => setAttendee(i, { side: e.target.value as keyof typeof SIDES })}
            >
              {Object.entries(SIDES).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => set({ attendees: attendees.filter((_, k) => k !== i) })}>
              Remove attendee {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ attendees: [...attendees, { name: "", role: "", side: "agency" }] })}
        >
          Add an attendee
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor="review-next" className="field-label">
          Next review due
        </label>
        <DateInput
          id="review-next"
          value={review.nextReviewOn}
          onChange={(date) => set({ nextReviewOn: date })}
        />
      </div>
      <div className="field">
        <label htmlFor="review-notes" className="field-label">
          Notes of the meeting
        </label>
        <textarea
          id="review-notes"
          rows={3}
          value={review.notes}
          maxLength={20_000}
          onChange={(e) => set({ notes: notesText.clean(e.target) })}
          aria-describedby={notesText.describedBy}
        />
        <PrintableMessage id={notesText.messageId} message={notesText.message} />
      </div>
    </section>
  );
}
