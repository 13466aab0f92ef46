import { readFileSync } from "node:fs";
import type { MouDocument } from "../../src/document/ir";
import { makeFlag } from "../../src/document/words";
import { setAnswer, setCustomClause } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import { markSigned, startReview } from "../../src/project/review";
import type { Project } from "../../src/project/schema";

/**
 * The resolved fixture, signed on June 15, 2026, then reviewed a year on: the District adds a
 * custom clause to formal discipline and the Agency changes the probationary period to 9 months.
 */
export function reviewedProject(id: string): { signed: Project; review: Project } {
  const loaded = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
  if (!loaded.ok) throw new Error("resolved fixture does not load");
  const signed = markSigned(
    loaded.project,
    "district",
    "2026-06-15",
    "Both heads",
    new Date("2026-06-15T15:00:00Z"),
  );
  let review = startReview(signed, "agency", new Date("2027-05-01T09:00:00Z"), id);
  review = setCustomClause(
    review,
    "district",
    "formal-discipline",
    "The principal shall ask for any statement in writing.",
    new Date("2027-05-02T10:00:00Z"),
  );
  review = setAnswer(review, "agency", "probation", "probationMonths", 9, new Date("2027-05-03T10:00:00Z"));
  return { signed, review };
}

/** The review's document with an open item (the District's objection) on every inserted run: a Word comment around a tracked change. */
export function objectionOnInsertions(doc: MouDocument): MouDocument {
  const flag = makeFlag("Objection", "The District objects to this change.", ["agency"], 1);
  return {
    ...doc,
    blocks: doc.blocks.map((b) =>
      b.kind === "clause"
        ? {
            ...b,
            inlines: b.inlines.map((i) =>
              i.kind === "text" && i.change?.type === "ins" ? { ...i, flags: [flag] } : i,
            ),
          }
        : b,
    ),
  };
}
