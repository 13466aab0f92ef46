import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import { isIncluded, openItems } from "../../src/project/open-items";
import { TOPICS } from "../../src/topics";
import { REAL_AGREEMENTS, loadFixture, normalize } from "../support/real-agreements";

describe.each(REAL_AGREEMENTS)("the $name agreement", ({ name, states, never }) => {
  const project = loadFixture(name);
  const text = normalize(documentText(assemble(project, { mode: "final" })));

  it("has nothing open, so it is signature-ready as the parties signed it", () => {
    expect(openItems(project)).toEqual([]);
  });

  it("states each of its provisions", () => {
    for (const s of states) expect(text, s).toContain(normalize(s));
  });

  it("says nothing the parties did not agree", () => {
    for (const s of never) expect(text, s).not.toContain(s);
  });

  it("prints nothing of a topic the parties left out", () => {
    const left = TOPICS.filter((t) => !isIncluded(t, project.topics[t.id]));
    expect(left.length).toBeGreaterThan(0);
    for (const t of left) {
      expect(text, t.title).not.toMatch(
        new RegExp(`\\d ${t.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.`),
      );
      expect(
        project.topics[t.id]?.positions.agency.stance !== "none" &&
          project.topics[t.id]?.positions.district.stance !== "none",
        `${t.title} is left out by both`,
      ).toBe(t.required);
    }
  });
});
