import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import type { Block } from "../../src/document/ir";
import { inlineText } from "../../src/document/ir";
import { setAnswer, setIncluded } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";

const NOW = new Date("2026-05-01T12:00:00Z");
const ENTIRE =
  "This MOU, with its exhibits, is the entire agreement of the Parties on the SRO program. It replaces every earlier agreement or understanding between them on that subject, whether written or oral.";
const THREAT_DUTY = "working with School staff to assess threats of violence";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problems)}`);
  return r.project;
}

type Clause = Extract<Block, { kind: "clause" }>;
const clauses = (p: Project): Clause[] =>
  assemble(p, { mode: "draft" }).blocks.filter((b): b is Clause => b.kind === "clause" && b.topicId !== null);
const words = (c: Clause | undefined) => (c ? c.inlines.map(inlineText).join("") : "");
/** A list item's words without the punctuation the list gives it. */
const item = (c: Clause | undefined) => words(c).replace(/[;.]$/, "");

describe("the entire-agreement clause", () => {
  const resolved = load("test/fixtures/good/resolved/project.json");

  it("prints once, as the last clause of the MOU, among the Standard Terms", () => {
    const all = clauses(resolved);
    expect(all.filter((c) => words(c).includes("entire agreement"))).toHaveLength(1);
    expect(all.at(-1)?.topicId).toBe("standard-terms");
    expect(words(all.at(-1))).toBe(ENTIRE);
  });

  it("prints as the last clause of the amendment topic, in the same words, when the Standard Terms are left out", () => {
    const p = setIncluded(resolved, "agency", "standard-terms", false, NOW);
    const all = clauses(p);
    expect(all.some((c) => c.topicId === "standard-terms")).toBe(false);
    const amendment = all.filter((c) => c.topicId === "amendment" && c.level === 1);
    expect(words(amendment.at(-1))).toBe(ENTIRE);
    expect(all.filter((c) => words(c).includes("entire agreement"))).toHaveLength(1);
  });

  it("keeps the Parties' switch: off prints it nowhere", () => {
    const p = setAnswer(resolved, "agency", "amendment", "entireAgreement", false, NOW);
    expect(clauses(p).some((c) => words(c).includes("entire agreement"))).toBe(false);
    const out = setIncluded(p, "agency", "standard-terms", false, NOW);
    expect(clauses(out).some((c) => words(c).includes("entire agreement"))).toBe(false);
  });

  it("is not printed by the Standard Terms when the amendment topic is left out", () => {
    const p = setIncluded(resolved, "agency", "amendment", false, NOW);
    expect(clauses(p).some((c) => words(c).includes("entire agreement"))).toBe(false);
  });
});

describe("the threat-assessment duty", () => {
  const resolved = load("test/fixtures/good/resolved/project.json");

  it("refers to the Threat Assessment clauses by number while that topic is in the MOU", () => {
    const all = clauses(resolved);
    const first = all.find((c) => c.topicId === "threat-assessment" && c.level === 1);
    const duty = all.find(
      (c) =>
        (c.topicId === "day-to-day-duties" && words(c).includes("threat assessment")) ||
        words(c).includes(THREAT_DUTY),
    );
    expect(item(duty)).toBe(
      `taking part in threat assessment as section ${first?.number} (Threat Assessment) provides`,
    );
    expect(all.some((c) => words(c).includes(THREAT_DUTY))).toBe(false);
  });

  it("keeps the Parties' own words when Threat Assessment is left out", () => {
    const p = setIncluded(resolved, "agency", "threat-assessment", false, NOW);
    const duty = clauses(p).find(
      (c) =>
        (c.topicId === "day-to-day-duties" && words(c).includes("threat assessment")) ||
        words(c).includes(THREAT_DUTY),
    );
    expect(item(duty)).toBe(THREAT_DUTY);
  });

  it("leaves a duty the Parties worded otherwise as they wrote it", () => {
    const p = setAnswer(
      resolved,
      "agency",
      "day-to-day-duties",
      "duties",
      ["patrolling the grounds", `${THREAT_DUTY} and bullying`],
      NOW,
    );
    const texts = clauses(p).map(item);
    expect(texts).toContain(`${THREAT_DUTY} and bullying`);
    expect(texts.some((t) => t.includes("taking part in threat assessment"))).toBe(false);
  });
});
