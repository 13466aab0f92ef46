import { targetKey } from "../../src/project/merge-targets";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { setAnswer, setPosition } from "../../src/project/actions";
import { markExchanged, parseProjectFile } from "../../src/project/file";

import { loadProject } from "../../src/project/load";
import { mergeProjects } from "../../src/project/merge-copies";
import { SettleError, settleConflict } from "../../src/project/settle";
import { serializeProject } from "../../src/project/file";
import { openItemsOf } from "../../src/project/open-items";
import { markSigned, setReviewDecision, setTopicNote, updateReviewRecord } from "../../src/project/review";
import { reviewedProject } from "../support/review-project";
import type { Project } from "../../src/project/schema";
import { TOPICS } from "../../src/topics";
import type { AnswerValue, FieldDef } from "../../src/topics/types";

function shared(): Project {
  const r = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
  if (!r.ok) throw new Error("fixture");
  return markExchanged(r.project);
}
const t1 = new Date("2026-07-01T10:00:00Z");
const t2 = new Date("2026-07-02T10:00:00Z");

describe("merging the other office's copy", () => {
  it("takes a change made on one side only, once, and keeps both histories", () => {
    const base = shared();
    const ours = setAnswer(base, "agency", "probation", "probationMonths", 9, t1);
    const theirs = setAnswer(base, "district", "staffing", "requestResponseDays", 21, t2);
    const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
    expect(r.conflicts).toEqual([]);
    expect(r.taken).toBe(1);
    // the District's proposal of its own change comes with it
    expect(r.positionsTaken).toBe(1);
    expect(r.project.topics.staffing?.positions.district.stance).toBe("propose");
    expect(r.project.topics.probation?.answers.probationMonths).toBe(9);
    expect(r.project.topics.staffing?.answers.requestResponseDays).toBe(21);
    expect(r.project.history.some((h) => h.side === "district" && /Changed/.test(h.what))).toBe(true);
    expect(r.project.history.some((h) => h.side === "agency" && /Changed/.test(h.what))).toBe(true);
    expect(loadProject(JSON.parse(JSON.stringify(r.project))).ok).toBe(true);
  });

  it("shows different changes to one field side by side and keeps the topic open", () => {
    const base = shared();
    const ours = setAnswer(base, "agency", "probation", "probationMonths", 7, t1);
    const theirs = setAnswer(base, "district", "probation", "probationMonths", 11, t2);
    const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        target: { kind: "answer", topicId: "probation", key: "probationMonths" },
        ours: 7,
        theirs: 11,
        ancestor: base.topics.probation?.answers.probationMonths,
      }),
    ]);
    expect(openItemsOf("probation", r.project).map((i) => i.reason)).toContain("not-agreed");
  });

  it("keeps the fields to settle in the project until a party settles them, with a value of its own", () => {
    const base = shared();
    const ours = setAnswer(base, "agency", "probation", "probationMonths", 7, t1);
    const theirs = setAnswer(base, "district", "probation", "probationMonths", 11, t2);
    const merged = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2).project;
    // leaving the project (saving and opening it again) keeps the conflict
    const reopened = parseProjectFile(serializeProject(merged, "agency"));
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
    expect(reopened.project.conflicts.map((c) => c.target)).toEqual([
      { kind: "answer", topicId: "probation", key: "probationMonths" },
    ]);
    expect(openItemsOf("probation", reopened.project).map((i) => i.reason)).toContain("conflict");

    // merging the same copy again neither loses nor doubles it
    const again = mergeProjects(reopened.project.exchangeBase, reopened.project, theirs, "agency", t2);
    expect(again.project.conflicts.map((c) => c.target)).toEqual([
      { kind: "answer", topicId: "probation", key: "probationMonths" },
    ]);

    const [conflict] = reopened.project.conflicts;
    if (!conflict) throw new Error("no conflict");
    expect(() => settleConflict(reopened.project, conflict, "nine", "district", t2)).toThrow(SettleError);
    const settled = settleConflict(reopened.project, conflict, 9, "district", t2);
    expect(settled.conflicts).toEqual([]);
    expect(settled.topics.probation?.answers.probationMonths).toBe(9);
    expect(openItemsOf("probation", settled).map((i) => i.reason)).not.toContain("conflict");
    // the settled text needs the other side's consent
    expect(openItemsOf("probation", settled).map((i) => i.reason)).toContain("not-agreed");
    expect(settled.history.at(-1)?.side).toBe("district");
  });

  it("records a position the merge set aside because its text changed", () => {
    const base = shared();
    const ours = setAnswer(base, "agency", "probation", "probationMonths", 7, t1);
    const theirs = setAnswer(base, "district", "probation", "extensionMonths", 3, t2);
    const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
    expect(r.conflicts).toEqual([]);
    expect(r.project.topics.probation?.positions.district.stance).toBe("none");
    expect(
      r.project.history.filter((h) => h.topicId === "probation" && /set aside/.test(h.what)).length,
    ).toBeGreaterThan(0);
  });

  it("merges the record of an annual review kept in both offices", () => {
    const { review } = reviewedProject("merge-review");
    // what both offices had when the agency last sent its copy
    const sent = updateReviewRecord(
      setReviewDecision(review, "agency", "training", "kept", t1),
      "agency",
      { attendees: [{ name: "Sam Okoye", role: "Parent", side: "other" }] },
      t1,
    );
    const base = markExchanged(sent);
    let ours = setReviewDecision(base, "agency", "probation", "revised", t1);
    ours = setReviewDecision(ours, "agency", "formal-discipline", "kept", t1);
    ours = updateReviewRecord(
      ours,
      "agency",
      {
        attendees: [
          { name: "Sam Okoye", role: "Parent", side: "other" },
          { name: "Ana Ruiz", role: "Sheriff", side: "agency" },
        ],
      },
      t1,
    );
    // the district changed a decision both had, and removed an attendee both had
    let theirs = setReviewDecision(base, "district", "training", "open", t2);
    theirs = setReviewDecision(theirs, "district", "triad-roles", "kept", t2);
    theirs = setReviewDecision(theirs, "district", "formal-discipline", "revised", t2);
    theirs = setTopicNote(theirs, "district", "triad-roles", "No change asked for.", t2);
    theirs = updateReviewRecord(
      theirs,
      "district",
      {
        meetingOn: "2027-05-20",
        attendees: [
          { name: "Ana Ruiz", role: "Sheriff", side: "agency" },
          { name: "Dr. Lee", role: "Superintendent", side: "district" },
        ],
      },
      t2,
    );
    const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
    const merged = r.project.review;
    expect(merged?.decisions).toEqual({
      training: "open",
      probation: "revised",
      "triad-roles": "kept",
      "formal-discipline": "kept",
    });
    expect(merged?.topicNotes).toEqual({ "triad-roles": "No change asked for." });
    expect(merged?.meetingOn).toBe("2027-05-20");
    expect(merged?.attendees.map((a) => a.name)).toEqual(["Ana Ruiz", "Dr. Lee"]);
    expect(r.conflicts.map((c) => c.target)).toEqual([
      { kind: "reviewDecision", topicId: "formal-discipline" },
    ]);
    // a disputed decision is open, but the agreed text keeps its positions
    expect(openItemsOf("formal-discipline", r.project).map((i) => i.reason)).toContain("conflict");
    expect(r.project.topics["formal-discipline"]?.positions).toEqual(
      ours.topics["formal-discipline"]?.positions,
    );
    const [conflict] = r.project.conflicts;
    if (!conflict) throw new Error("no conflict");
    const settled = settleConflict(r.project, conflict, "revised", "agency", t2);
    expect(settled.review?.decisions["formal-discipline"]).toBe("revised");
    expect(settled.conflicts).toEqual([]);
  });

  it("takes the other office's signature only when it signed the very text merged here", () => {
    const base = shared();
    const signedThere = markSigned(base, "district", "2026-07-03", "Both heads", t2);
    const same = mergeProjects(base.exchangeBase, base, signedThere, "agency", t2);
    expect(same.project.signed).toMatchObject({ signedOn: "2026-07-03", signedBy: "Both heads" });
    const ours = setAnswer(base, "agency", "probation", "probationMonths", 7, t1);
    const differs = mergeProjects(base.exchangeBase, ours, signedThere, "agency", t2);
    expect(differs.project.signed).toBeNull();
    expect(differs.project.history.at(-1)?.what).toMatch(
      /text here differs, so this copy is not marked signed/,
    );
  });

  it("lets the later position of each side stand when the text is the same", () => {
    const base = shared();
    const ours = setPosition(base, "agency", "probation", "object", "Too short.", t1);
    const theirs = setPosition(base, "agency", "probation", "agree", "", t2);
    const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
    expect(r.project.topics.probation?.positions.agency.stance).toBe("agree");
  });

  const field = (f: FieldDef): AnswerValue | null =>
    f.recommended ??
    (f.kind === "integer" || f.kind === "days"
      ? Math.max(f.min, 2)
      : f.kind === "text"
        ? "Changed text"
        : null);
  const edits = TOPICS.flatMap((t) =>
    t.fields.flatMap((f) => (field(f) !== null ? [{ topicId: t.id, key: f.key, value: field(f) }] : [])),
  );
  const editArb = fc.constantFrom(...edits);

  it("never loses a field either side changed, and merging a copy with itself changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 6 }),
        fc.array(editArb, { maxLength: 6 }),
        (mine, others) => {
          const base = shared();
          let ours = base;
          let theirs = base;
          for (const e of mine) ours = setAnswer(ours, "agency", e.topicId, e.key, e.value, t1);
          for (const e of others) theirs = setAnswer(theirs, "district", e.topicId, e.key, e.value, t2);
          const r = mergeProjects(base.exchangeBase, ours, theirs, "agency", t2);
          const conflicted = new Set(r.conflicts.map((c) => targetKey(c.target)));
          expect(r.project.conflicts.map((c) => targetKey(c.target)).sort()).toEqual([...conflicted].sort());
          for (const [copy, list] of [
            [ours, mine],
            [theirs, others],
          ] as const) {
            for (const e of list) {
              const id = targetKey({ kind: "answer", topicId: e.topicId, key: e.key });
              const value = copy.topics[e.topicId]?.answers[e.key];
              if (!conflicted.has(id)) expect(r.project.topics[e.topicId]?.answers[e.key]).toEqual(value);
            }
          }
          const self = mergeProjects(ours, ours, ours, "agency", t2);
          expect(self.conflicts).toEqual([]);
          expect(self.project.topics).toEqual(ours.topics);
          expect(self.project.schools).toEqual(ours.schools);
        },
      ),
      { numRuns: 60 },
    );
  });
});
