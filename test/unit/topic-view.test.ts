import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { inlineText } from "../../src/document/ir";
import { topicText } from "../../src/document/topic-view";
import { parseProjectFile } from "../../src/project/file";
import { openItemsOf } from "../../src/project/open-items";
import { TOPICS } from "../../src/topics";

function load(path: string) {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
}

describe("a topic's text, as the topic screen shows it", () => {
  it("is the topic's clauses with the numbers of the whole MOU, and nothing of other topics", () => {
    const doc = buildDocument(load("test/fixtures/good/resolved/project.json"), { mode: "draft" });
    const t = topicText(doc, "formal-discipline");
    expect(t.blocks.map((b) => b.number)).toEqual(["4.1", "4.2", "4.3"]);
    expect(t.blocks.every((b) => b.topicId === "formal-discipline")).toBe(true);
    expect(t.blocks.map((b) => b.inlines.map(inlineText).join("")).join(" ")).toMatch(
      /^Formal School Discipline\. No SRO shall administer Formal Discipline\./,
    );
    expect(t.flags).toBe(0);
    // every clause of the MOU belongs to one topic's text
    const all = TOPICS.flatMap((topic) => topicText(doc, topic.id).blocks);
    expect(all.length).toBe(doc.blocks.filter((b) => b.kind === "clause" && b.topicId !== null).length);
  });

  it("counts the open items marked on the topic's words in the sample", () => {
    const project = load("public/sample.mou.json");
    const doc = buildDocument(project, { mode: "draft" });
    const open = TOPICS.filter(
      (t) => openItemsOf(t.id, project).length > 0 && topicText(doc, t.id).blocks.length > 0,
    );
    expect(open.length).toBeGreaterThan(0);
    for (const t of open) expect(topicText(doc, t.id).flags, t.id).toBeGreaterThan(0);
  });
});
