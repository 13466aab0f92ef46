import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../src/document/build";
import type { Block, Inline, MouDocument } from "../../../src/document/ir";
import { inlineText } from "../../../src/document/ir";
import { proposedChoices, withChoices } from "../../../src/import/mapping";
import { setAnswer } from "../../../src/project/actions";
import { parseProjectFile } from "../../../src/project/file";
import { startReviewFromImport } from "../../../src/project/review-import";
import { openItems } from "../../../src/project/open-items";
import { importFixture } from "./fixtures";

const NOW = new Date("2026-08-01T12:00:00Z");
const names = {
  agencyName: "Harlow County Sheriff's Office",
  districtName: "Harlow Unified School District",
};

function review() {
  const result = importFixture("harlow-articles.txt");
  // the person moved Section 9.04 (an article the scoring placed) among the other provisions
  const confirmed = withChoices(result, proposedChoices(result));
  return startReviewFromImport(confirmed, names, "district", NOW);
}

const clauses = (doc: MouDocument, topicId: string) =>
  doc.blocks.filter(
    (b): b is Extract<Block, { kind: "clause" }> => b.kind === "clause" && b.topicId === topicId,
  );
const marked = (doc: MouDocument, type: "ins" | "del") =>
  doc.blocks
    .flatMap((b) => (b.kind === "clause" ? b.inlines : []))
    .filter((i: Inline) => i.kind === "text" && i.change?.type === type)
    .map(inlineText)
    .join("");

describe("annual review from an imported MOU", () => {
  it("is a valid project whose baseline is the imported wording, signed by both Parties", () => {
    const project = review();
    const reopened = parseProjectFile(JSON.stringify(project));
    expect(reopened.ok).toBe(true);
    expect(project.baseline?.signedOn).toBe("2024-07-15");
    const questioning = project.baseline?.imported?.topics["questioning-students"] ?? [];
    expect(questioning.map((c) => c.number)).toContain("Section 3.04");
    expect(project.baseline?.imported?.other.length).toBeGreaterThanOrEqual(0);
    expect(project.topics["questioning-students"]?.included).toBe(true);
    expect(project.topics["questioning-students"]?.positions.agency.stance).toBe("agree");
    expect(project.review).not.toBeNull();
  });

  it("prints the imported wording unchanged until a topic gets answers, then redlines it", () => {
    const project = review();
    const doc = buildDocument(project, { mode: "draft" });
    const words = clauses(doc, "questioning-students").map((c) => c.inlines.map(inlineText).join(""));
    expect(words.join(" ")).toContain("Before a deputy questions a student as a suspect");
    expect(marked(doc, "ins")).toBe("");
    expect(marked(doc, "del")).toBe("");
    // numbered again in order: no clause keeps a stale number
    const numbers = doc.blocks.flatMap((b) => (b.kind === "clause" && b.level === 1 ? [b.number] : []));
    expect(new Set(numbers).size).toBe(numbers.length);

    const converted = setAnswer(project, "district", "questioning-students", "staffPresent", true, NOW);
    const redline = buildDocument(converted, { mode: "draft" });
    expect(marked(redline, "del")).toMatch(/reasonable.*notify/);
    expect(marked(redline, "ins").length).toBeGreaterThan(0);
    // the other topics still print their imported words, unmarked
    const purpose = clauses(redline, "purpose-and-goals").flatMap((c) => c.inlines);
    expect(purpose.some((i) => i.kind === "text" && i.change)).toBe(false);
  });

  it("asks nothing of a topic whose imported wording stands; a topic given answers is asked as any other", () => {
    const project = review();
    const imported = Object.keys(project.baseline?.imported?.topics ?? {});
    expect(imported).toContain("questioning-students");
    const items = openItems(project);
    // the signed text is the imported wording: no blank, rule or departure on those topics
    expect(items.filter((i) => imported.includes(i.topicId) && i.topicId !== "parties-and-term")).toEqual([]);
    const converted = setAnswer(project, "district", "questioning-students", "staffPresent", true, NOW);
    const asked = openItems(converted).filter((i) => i.topicId === "questioning-students");
    expect(asked.some((i) => i.reason === "not-agreed")).toBe(true);
  });
});
