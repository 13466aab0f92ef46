import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import type { Block, Inline } from "../../src/document/ir";
import { inlineText } from "../../src/document/ir";
import { assembleReview } from "../../src/document/review-marks";
import { setAnswer, setPosition } from "../../src/project/actions";
import { reviewedProject } from "../support/review-project";
import { parseProjectFile, serializeProject } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
import {
  NotReadyError,
  addYear,
  markSigned,
  undoSigned,
  setMeetingDate,
  setReviewDecision,
  setTopicNote,
  startReview,
  updateReviewRecord,
} from "../../src/project/review";
import type { Project } from "../../src/project/schema";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(path);
  return r.project;
}
const t0 = new Date("2026-06-15T15:00:00Z");

describe("signing and the annual review", () => {
  it("refuses to mark a project with open items as signed", () => {
    expect(() => markSigned(load("public/sample.mou.json"), "agency", "2026-06-15", "Both heads")).toThrow(
      NotReadyError,
    );
  });

  it("sets the next review to the date the MOU names, while it is still ahead", () => {
    let p = load("test/fixtures/good/resolved/project.json");
    p = setAnswer(p, "agency", "amendment", "nextReviewDate", "2027-04-15", t0);
    p = setPosition(p, "district", "amendment", "agree", "", t0);
    const signed = markSigned(p, "district", "2026-06-15", "Both heads", t0);
    expect(startReview(signed, "agency", new Date("2027-03-01T09:00:00Z")).review?.nextReviewOn).toBe(
      "2027-04-15",
    );
    // once that date has passed, the next one is a review interval on
    expect(startReview(signed, "agency", new Date("2027-05-01T09:00:00Z")).review?.nextReviewOn).toBe(
      "2028-05-01",
    );
  });

  it("starts next year's review from the signed version, with every topic still agreed", () => {
    const signed = markSigned(
      load("test/fixtures/good/resolved/project.json"),
      "district",
      "2026-06-15",
      "Sheriff and Superintendent",
      t0,
    );
    expect(signed.signed).toEqual({
      signedOn: "2026-06-15",
      signedBy: "Sheriff and Superintendent",
      recordedAt: "2026-06-15T15:00:00.000Z",
      recordedBy: "",
      finalExportedAt: null,
    });
    const review = startReview(signed, "agency", new Date("2027-05-01T09:00:00Z"), "review-1");
    expect(review.id).toBe("review-1");
    expect(review.signed).toBeNull();
    expect(review.baseline?.signedOn).toBe("2026-06-15");
    expect(review.baseline?.agreement.topics).toEqual(signed.topics);
    expect(review.review?.nextReviewOn).toBe("2028-05-01");
    expect(openItems(review)).toEqual([]);
    expect(parseProjectFile(serializeProject(review, "agency")).ok).toBe(true);
  });

  it("needs both parties again for a revised topic, and records decisions in an appendix", () => {
    const signed = markSigned(
      load("test/fixtures/good/resolved/project.json"),
      "district",
      "2026-06-15",
      "Both heads",
      t0,
    );
    let review = startReview(signed, "agency", new Date("2027-05-01T09:00:00Z"), "review-2");
    review = setAnswer(
      review,
      "district",
      "formal-discipline",
      "notes",
      "Statements are requested in writing.",
    );
    review = setReviewDecision(review, "district", "formal-discipline", "revised");
    review = updateReviewRecord(review, "agency", {
      meetingOn: "2027-05-20",
      attendees: [{ name: "Sheriff Ana Ruiz", role: "Sheriff", side: "agency" }],
    });
    expect(openItems(review).map((i) => `${i.topicId}:${i.reason}:${i.waitingOn.join("+")}`)).toEqual([
      "formal-discipline:not-agreed:agency",
    ]);
    const text = documentText(assemble(review, { mode: "draft" }));
    expect(text).toContain("Record of Annual Review");
    expect(text).toContain("Meeting held: May 20, 2027");
    expect(text).toContain("Sheriff Ana Ruiz Sheriff Agency");
    expect(text).toMatch(/Formal School Discipline Revised/);
    expect(text).toMatch(/Three Roles of the SRO Kept as is/);
  });
});

describe("the review meeting", () => {
  it("prints each topic's meeting notes beside its decision, and drops a note cleared", () => {
    let { review } = reviewedProject("review-notes");
    const noNotes = documentText(assemble(review, { mode: "draft" }));
    expect(noNotes).not.toContain("Notes of the meeting");
    review = setTopicNote(review, "district", "probation", "Nine months lets a new SRO see a semester.");
    review = setTopicNote(review, "agency", "expenses", "Cost share to be revisited in January.");
    const text = documentText(assemble(review, { mode: "draft" }));
    expect(text).toContain("Notes of the meeting");
    expect(text).toMatch(/Probationary Period Revised Nine months lets a new SRO see a semester\./);
    review = setTopicNote(review, "agency", "expenses", "  ");
    expect(review.review?.topicNotes).toEqual({ probation: "Nine months lets a new SRO see a semester." });
    expect(review.history.at(-1)?.topicId).toBe("expenses");
  });

  it("moves a next review date still at its default to a year after the meeting", () => {
    let { review } = reviewedProject("review-dates");
    expect(review.review?.nextReviewOn).toBe("2028-05-01");
    review = setMeetingDate(review, "agency", "2027-05-20");
    expect(review.review?.nextReviewOn).toBe("2028-05-20");
    review = setMeetingDate(review, "agency", "2027-05-21");
    expect(review.review?.nextReviewOn).toBe("2028-05-21");
    // a date the Parties chose stays
    review = updateReviewRecord(review, "agency", { nextReviewOn: "2027-11-30" });
    review = setMeetingDate(review, "agency", "2027-05-22");
    expect(review.review?.nextReviewOn).toBe("2027-11-30");
    expect(review.review?.meetingOn).toBe("2027-05-22");
  });

  it("puts the next review a year on, and February 29 on February 28", () => {
    expect(addYear("2027-05-20")).toBe("2028-05-20");
    expect(addYear("2028-02-29")).toBe("2029-02-28");
    expect(addYear("2027-12-31")).toBe("2028-12-31");
  });
});

describe("the redline of a review", () => {
  const reviewed = () => reviewedProject("review-3");
  const words = (blocks: readonly Block[], keep: (i: Inline) => boolean) =>
    blocks
      .filter((b) => b.kind === "clause" && b.topicId !== null && b.number !== "—")
      .flatMap((b) => (b.kind === "clause" ? [b.inlines.filter(keep).map(inlineText).join("")] : []))
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);

  it("marks inserted and deleted words with the party and date of the change", () => {
    const { review: revised } = reviewed();
    // the other side agreeing, and a decision and note in the meeting, do not make it the author
    let review = setPosition(revised, "district", "probation", "agree", "", new Date("2027-05-04T10:00:00Z"));
    review = setReviewDecision(review, "district", "probation", "revised", new Date("2027-05-04T10:01:00Z"));
    review = setTopicNote(review, "district", "probation", "Agreed.", new Date("2027-05-04T10:02:00Z"));
    const doc = assembleReview(review, { mode: "draft" });
    const marks = doc.blocks.flatMap((b) =>
      b.kind === "clause"
        ? b.inlines.flatMap((i) =>
            i.kind === "text" && i.change ? [{ ...i.change, text: i.text, topic: b.topicId }] : [],
          )
        : [],
    );
    expect(marks).toContainEqual(
      expect.objectContaining({
        type: "ins",
        author: "district",
        topic: "formal-discipline",
        text: expect.stringContaining("The principal shall ask for any statement in writing."),
      }),
    );
    const probation = marks.filter((m) => m.topic === "probation");
    expect(new Set(probation.map((m) => `${m.author} ${m.date}`))).toEqual(
      new Set(["agency 2027-05-03T10:00:00.000Z"]),
    );
    expect(marks.some((m) => m.topic === "probation" && m.type === "del")).toBe(true);
    expect(marks.every((m) => m.topic === "formal-discipline" || m.topic === "probation")).toBe(true);
    expect(documentText(doc)).toMatch(/Changes since the MOU signed on June 15, 2026/);
  });

  it("keeps a changed clause's bold run-in title, and the style of every word it keeps", () => {
    const { review } = reviewed();
    const plain = assemble(review, { mode: "draft" }).blocks.find(
      (b) => b.kind === "clause" && b.topicId === "probation",
    );
    const marked = assembleReview(review, { mode: "draft" }).blocks.find(
      (b) => b.kind === "clause" && b.topicId === "probation",
    );
    if (plain?.kind !== "clause" || marked?.kind !== "clause") throw new Error("no probation clause");
    const bold = (inlines: readonly Inline[]) =>
      inlines
        .filter((i) => i.kind === "text" && i.bold && i.change?.type !== "del")
        .map(inlineText)
        .join("");
    expect(bold(plain.inlines)).toBe("Probationary Period. ");
    expect(bold(marked.inlines)).toBe(bold(plain.inlines));
  });

  it("accepting every change gives the new text; rejecting gives the signed text", () => {
    const { signed, review } = reviewed();
    const doc = assembleReview(review, { mode: "draft" });
    const accepted = words(doc.blocks, (i) => !(i.kind === "text" && i.change?.type === "del"));
    expect(accepted).toEqual(words(assemble(review, { mode: "draft" }).blocks, () => true));
    const rejected = doc.blocks
      .filter((b) => b.kind === "clause" && b.topicId !== null)
      .flatMap((b) =>
        b.kind === "clause"
          ? [
              b.inlines
                // an open item's number is not a change: rejecting the changes leaves it
                .filter(
                  (i) =>
                    !(i.kind === "text" && (i.change?.type === "ins" || /^ \[Open [\d, ]+\]$/.test(i.text))),
                )
                .map(inlineText)
                .join(""),
            ]
          : [],
      )
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);
    expect(rejected).toEqual(words(assemble(signed, { mode: "draft" }).blocks, () => true));
  });
});

describe("taking back a signing recorded by mistake", () => {
  it("makes the project editable again and says so in its history", () => {
    const p = load("test/fixtures/good/resolved/project.json");
    const signed = markSigned(p, "district", "2026-06-15", "Both heads");
    const back = undoSigned(signed, "agency", new Date("2026-06-16T09:00:00Z"));
    expect(back.signed).toBeNull();
    expect(back.history.at(-1)?.what).toBe("Took back the record of signing on 2026-06-15 by Both heads.");
    expect(back.topics).toEqual(p.topics);
    expect(undoSigned(p, "agency")).toBe(p);
  });
});
