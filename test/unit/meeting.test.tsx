import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { assembleReview } from "../../src/document/review-marks";
import { openItemsOf } from "../../src/project/open-items";
import { restoreSignedText } from "../../src/project/review";
import type { Project } from "../../src/project/schema";
import MeetingView from "../../src/ui/MeetingView";
import { reviewedProject } from "../support/review-project";

function Meeting({ initial, onChange }: { initial: Project; onChange: (p: Project) => void }) {
  const [project, setProject] = useState(initial);
  const [topicId, setTopicId] = useState("probation");
  return (
    <MeetingView
      project={project}
      topicId={topicId}
      show={setTopicId}
      edit={() => undefined}
      apply={(change, how) => {
        // a draft (a note being typed) is only journaled by the app; it is made on leaving the field
        if (how === "draft") return;
        setProject((p) => {
          const next = change(p, "district", "");
          onChange(next);
          return next;
        });
      }}
      readOnly={false}
    />
  );
}

describe("the review meeting", () => {
  it("goes topic by topic, records decisions and notes, and can put a changed topic back as signed", async () => {
    const { signed, review } = reviewedProject("meeting");
    let latest = review;
    render(<Meeting initial={review} onChange={(p) => (latest = p)} />);
    expect(screen.getByRole("heading", { level: 2, name: "Probationary Period" })).toBeInTheDocument();
    expect(
      screen.getByText(/Changed since the MOU was signed: Probationary Period in months \(by the Agency\)/),
    );
    expect(screen.getByTestId("meeting-tally")).toHaveTextContent(
      /^Kept 0 · Revised 0 · Still open 0 · Not yet decided \d+$/,
    );

    await userEvent.click(screen.getByRole("button", { name: "Keep as is" }));
    expect(screen.getByRole("button", { name: "Keep as is" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(screen.getByRole("button", { name: "Put back the text as signed" }));
    expect(screen.queryByText(/Changed since the MOU was signed/)).toBeNull();
    expect(latest.topics.probation).toEqual(signed.topics.probation);
    expect(latest.review?.decisions.probation).toBe("kept");

    const note = screen.getByLabelText("Notes of the meeting on this topic");
    await userEvent.type(note, "Nine months was discussed and not adopted.");
    await userEvent.click(screen.getByRole("button", { name: /^Next: / }));
    expect(latest.review?.topicNotes.probation).toBe("Nine months was discussed and not adopted.");
    expect(screen.getByRole("heading", { level: 2, name: "Evaluation of SROs" })).toBeInTheDocument();
    expect(screen.getByTestId("meeting-tally")).toHaveTextContent(/^Kept 1 · /);
  });

  it("takes keyboard shortcuts from the person at the projector, but not from a field being typed in", async () => {
    const { review } = reviewedProject("keys");
    let latest = review;
    render(<Meeting initial={review} onChange={(p) => (latest = p)} />);
    expect(screen.getByText(/^Keys: K keep · R revise · O leave open/)).toBeInTheDocument();
    await userEvent.keyboard("k");
    expect(latest.review?.decisions.probation).toBe("kept");
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("heading", { level: 2, name: "Evaluation of SROs" })).toBeInTheDocument();
    await userEvent.keyboard("o");
    expect(latest.review?.decisions.evaluation).toBe("open");
    await userEvent.keyboard("p");
    expect(screen.getByRole("heading", { level: 2, name: "Probationary Period" })).toBeInTheDocument();
    // letters typed into the notes are the note's
    await userEvent.type(screen.getByLabelText("Notes of the meeting on this topic"), "ok");
    expect(latest.review?.decisions.probation).toBe("kept");
    expect(screen.getByRole("heading", { level: 2, name: "Probationary Period" })).toBeInTheDocument();
  });

  it("restores a topic's text and the Parties' agreement to it, leaving no marks", () => {
    const { signed, review } = reviewedProject("restore");
    const restored = restoreSignedText(review, "agency", "formal-discipline");
    expect(restored.topics["formal-discipline"]).toEqual(signed.topics["formal-discipline"]);
    expect(openItemsOf("formal-discipline", restored)).toEqual([]);
    const marked = assembleReview(restored, { mode: "draft" }).blocks.some(
      (b) =>
        b.kind === "clause" &&
        b.topicId === "formal-discipline" &&
        b.inlines.some((i) => i.kind === "text" && i.change),
    );
    expect(marked).toBe(false);
    expect(restored.history.at(-1)).toMatchObject({
      side: "agency",
      topicId: "formal-discipline",
      text: true,
    });
  });
});
