import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/project/load";
import { parseProjectFile, serializeProject } from "../../src/project/file";
import { createProject } from "../../src/project/new-project";
import { SCHEMA_VERSION } from "../../src/project/schema";
import { TOPICS } from "../../src/topics";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import { openItems } from "../../src/project/open-items";
import { changesSinceSigned } from "../../src/project/review";

const dir = "test/fixtures/bad";
const badCases = readdirSync(dir).sort();

describe("loadProject on bad input", () => {
  it("has bad fixtures to run", () => expect(badCases.length).toBeGreaterThan(5));

  it.each(badCases)("%s: refuses with a message that names the place", (name) => {
    const input: unknown = JSON.parse(readFileSync(`${dir}/${name}/project.json`, "utf8"));
    const expected = JSON.parse(readFileSync(`${dir}/${name}/expected.json`, "utf8")) as {
      paths: string[];
      message: string;
    };
    const result = loadProject(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(expected.paths));
    expect(result.problems.map((p) => p.message).join(" | ")).toContain(expected.message);
    for (const p of result.problems) expect(p.message.length).toBeGreaterThan(3);
  });

  it("never throws, whatever it is given", () => {
    for (const value of [
      undefined,
      null,
      0,
      "text",
      [],
      {},
      { schemaVersion: "1" },
      { schemaVersion: 1 },
      new Date(),
    ]) {
      expect(() => loadProject(value)).not.toThrow();
      expect(loadProject(value).ok).toBe(false);
    }
  });

  it("does not let a __proto__ key pollute objects", () => {
    const text = readFileSync(`${dir}/proto-key/project.json`, "utf8");
    parseProjectFile(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadProject on good input", () => {
  it("migrates last year's format (version 1) forward and gives it a state for every topic", () => {
    const input = JSON.parse(readFileSync("test/fixtures/good/minimal/project.json", "utf8")) as {
      schemaVersion: number;
    };
    expect(input.schemaVersion).toBe(1);
    const result = loadProject(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.project.signed).toBeNull();
    expect(result.project.review).toBeNull();
    expect(Object.keys(result.project.topics).sort()).toEqual(TOPICS.map((t) => t.id).sort());
  });

  it("opens a file of format 2 with no fields left to settle, as the same agreement format 3 holds", () => {
    const v2 = parseProjectFile(readFileSync("test/fixtures/old/v2-resolved.mou.json", "utf8"));
    const v3 = parseProjectFile(readFileSync("test/fixtures/old/v3-resolved.mou.json", "utf8"));
    if (!v2.ok || !v3.ok) throw new Error("an old file does not open");
    expect(v2.migratedFrom).toBe(2);
    expect(v2.project.conflicts).toEqual([]);
    expect(v2.project.topics).toEqual(v3.project.topics);
    // what was agreed stays agreed; only a contradiction the app has learnt to see since is open
    // (and the training plan's yearly policy course against the clause's "when a policy changes")
    expect(openItems(v2.project).map((i) => `${i.reason} ${i.field}`)).toEqual([
      "invalid null",
      "invalid null",
    ]);
  });

  it.each(["resolved", "review"])(
    "opens the %s file of format 4 as the same MOU format 5 holds, every history entry with its kind",
    (name) => {
      const v4 = parseProjectFile(readFileSync(`test/fixtures/old/v4-${name}.mou.json`, "utf8"));
      const v5 = parseProjectFile(readFileSync(`test/fixtures/good/${name}/project.json`, "utf8"));
      if (!v4.ok || !v5.ok) throw new Error("a file does not open");
      expect(v4.migratedFrom).toBe(4);
      expect(v5.migratedFrom).toBeNull();
      expect(documentText(assemble(v4.project, { mode: "draft" }))).toBe(
        documentText(assemble(v5.project, { mode: "draft" })),
      );
      // the kinds worked out from the old wording are the kinds the app now writes
      expect(v4.project.history.map((h) => h.kind)).toEqual(v5.project.history.map((h) => h.kind));
      expect(openItems(v4.project)).toEqual(openItems(v5.project));
    },
  );

  // the figures (dates, amounts, periods, shares) the earlier app printed for a file, and its names
  const FIGURE =
    /\$[\d,]+(?:\.\d+)?|\d+(?:\.\d+)?%|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\b\d+(?:\.\d+)? (?:days?|hours?|months?|years?|minutes?|School Days?|SROs?|feet)\b/g;

  it.each(["resolved", "unicode"])(
    "opens the %s file of format 3 and keeps its meaning: every figure and name it printed",
    (name) => {
      const r = parseProjectFile(readFileSync(`test/fixtures/old/v3-${name}.mou.json`, "utf8"));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.migratedFrom).toBe(3);
      const before = readFileSync(`test/fixtures/old/v3-${name}.document.txt`, "utf8");
      const after = documentText(assemble(r.project, { mode: "draft" }));
      for (const figure of new Set(before.match(FIGURE))) expect(after, figure).toContain(figure);
      const names = [
        r.project.parties.agency.name,
        r.project.parties.district.name,
        ...r.project.parties.signatories.map((s) => s.name),
        ...r.project.schools.map((s) => s.name),
      ].filter((n) => n.trim() !== "");
      expect(names.length).toBeGreaterThan(4);
      for (const n of names) expect(after, n).toContain(n);
      // a signed-off agreement stays agreed: nothing is open after the upgrade but the two
      // contradictions counsel found in it (a yearly policy course in the plan while the clause
      // trains when a policy changes; 30 days to end it at will, 90 days to stop a renewal)
      if (name === "resolved")
        expect(openItems(r.project).map((i) => i.message)).toEqual([
          expect.stringContaining('"District policies and school law" (Before assignment; yearly)'),
          expect.stringContaining("non-renewal notice can never bind"),
        ]);
    },
  );

  it("keeps out a topic the old file left out that is recommended now, as both offices had it", () => {
    const r = parseProjectFile(readFileSync("test/fixtures/old/v3-unicode.mou.json", "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    for (const id of ["indemnification", "dispute-resolution", "standard-terms"]) {
      expect(r.project.topics[id]?.included, id).toBe(false);
      expect(
        openItems(r.project).filter((i) => i.topicId === id),
        id,
      ).toEqual([]);
    }
  });

  it("upgrades a review's signed baseline the same way as its text, so only real changes show", () => {
    const r = parseProjectFile(readFileSync("test/fixtures/old/v3-review.mou.json", "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(changesSinceSigned(r.project).map((c) => c.topicId)).toEqual(["formal-discipline", "probation"]);
    const signers = r.project.parties.signatories.map((s) => `${s.side}:${s.role}:${s.name}:${s.title}`);
    expect(signers).toEqual([
      "agency:signatory:Marcus Bell:Sheriff",
      "district:signatory:Dr. Angela Price:Superintendent",
      "district:signatory:Tom Okafor:Chair, Board of Education",
      "agency:approved-as-to-form:Helen Marsh:County Attorney",
    ]);
  });

  it("round-trips a new project through the file format", () => {
    const project = createProject("Round trip", new Date("2026-01-02T03:04:05Z"), "rt-1");
    const result = parseProjectFile(serializeProject(project, "agency"));
    expect(result.ok && result.project).toEqual(project);
    expect(result.ok && result.savedBy).toBe("agency");
  });

  it("loads the bundled sample", () => {
    const result = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    expect(result.ok ? "ok" : result.problems).toBe("ok");
  });
});

describe("parseProjectFile", () => {
  it.each([
    ["", "empty"],
    ["{ not json", "not valid JSON"],
    ['{"kind":"sro-mou-project","schemaVersion":1,"project":{"schemaVersion":1,"id":"x"', "cut off"],
    ['{"kind":"spreadsheet"}', 'its kind is "spreadsheet"'],
  ])("explains %j", (text, message) => {
    const result = parseProjectFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain(message);
  });

  it("refuses a 50 MB file before parsing it", () => {
    const result = parseProjectFile("{}", 50 * 1024 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/50\.0 MB/);
  });
});
