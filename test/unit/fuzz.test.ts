import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { FileResult } from "../../src/project/file";
import { markExchanged, parseProjectFile } from "../../src/project/file";
import { loadProject } from "../../src/project/load";
import { mergeProjects } from "../../src/project/merge-copies";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { docxProblems } from "../support/docx-wellformed";
import type { Json } from "../support/fuzz-mutations";
import { editText, mutate, opArb, textEditArb } from "../support/fuzz-mutations";

/**
 * Fuzz of the way in (parseProjectFile, loadProject), the merge of two offices' copies and the
 * renderers. FUZZ_RUNS scales every property (CI: 1500; `npm run fuzz`: 10000); FUZZ_SEED fixes
 * the seed (CI: 20261128, so a run is reproducible and never flaky). Of FUZZ_RUNS: mutated files
 * ×1, JSON values ×1/2, any value, raw text and edited text ×1/4 each, merges ×1/5, drafts
 * rendered to Markdown and DOCX ×1/10, PDFs ×1/1000 (at least 3: ~300 ms each). The DOCX check
 * runs in-process (test/support/docx-wellformed.ts), a process per file being too slow here;
 * test/docs/ooxml.test.ts keeps the full check with expat over every fixture.
 */
const RUNS = Math.max(10, Number(process.env.FUZZ_RUNS) || 1500);
const SEED =
  Number.isInteger(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : 20261128;
const NOW = new Date("2026-09-01T12:00:00Z");
const ENV = { loadFont: loadFontNode, now: NOW };
/** Milliseconds a property may take at this many runs (generous: CI machines are slow). */
const budget = (runs: number, msPerRun: number) => Math.max(30_000, runs * msPerRun);

function fuzz<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number): void | Promise<void> {
  const report = (error: unknown) => {
    console.error(
      `Fuzz failed with seed ${SEED} (${numRuns} runs): FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run test/unit/fuzz.test.ts`,
    );
    throw error;
  };
  try {
    const done = fc.assert(property as fc.IAsyncProperty<T>, { seed: SEED, numRuns });
    return done instanceof Promise ? done.catch(report) : done;
  } catch (error) {
    report(error);
  }
}

const FILES = [
  ...readdirSync("test/fixtures/good")
    .sort()
    .map((d) => `test/fixtures/good/${d}/project.json`),
  "public/sample.mou.json",
];
const TEXTS = FILES.map((f) => readFileSync(f, "utf8"));
const VALUES = TEXTS.map((t) => JSON.parse(t) as Json);
const PROJECTS: Project[] = TEXTS.map((t, i) => {
  const r = parseProjectFile(t);
  if (!r.ok) throw new Error(`${FILES[i]} does not load`);
  return r.project;
});

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort().join();
/** The sentinel: nothing a file says may reach a prototype. */
function expectUnpolluted(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort().join()).toBe(ARRAY_PROTO_NAMES);
  expect(({} as Record<string, unknown>).fuzzPolluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Accepted, or refused with messages; an exception caught inside the loader counts as a bug. */
function expectAnswer(r: FileResult): void {
  if (r.ok) {
    expect(typeof r.project.id).toBe("string");
    for (const n of r.notices) expect(n.message.trim()).not.toBe("");
    return;
  }
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.path).toBe("string");
    expect(p.message.trim()).not.toBe("");
    expect(p.message).not.toMatch(/^This project could not be read:/);
  }
}

const fixtureIndex = fc.nat({ max: FILES.length - 1 });
const serialize = (v: Json): string => JSON.stringify(v) ?? "null";

describe(`fuzz: loading (seed ${SEED})`, () => {
  it(
    "answers any JSON value, any value at all and any text: never throws, never pollutes",
    () => {
      fuzz(
        fc.property(fc.jsonValue(), (v) => {
          expectAnswer(parseProjectFile(JSON.stringify(v) ?? ""));
          expectAnswer(loadProject(v));
          expectUnpolluted();
        }),
        Math.ceil(RUNS / 2),
      );
      fuzz(
        fc.property(
          fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }),
          (v) => {
            expectAnswer(loadProject(v));
            expectUnpolluted();
          },
        ),
        Math.ceil(RUNS / 4),
      );
      fuzz(
        fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
          expectAnswer(parseProjectFile(text));
          expectUnpolluted();
        }),
        Math.ceil(RUNS / 4),
      );
    },
    budget(RUNS, 10),
  );

  it(
    "answers every mutation of a valid file (changed, deleted, duplicated, retyped, __proto__ keys, huge, deep, odd text)",
    () => {
      let accepted = 0;
      fuzz(
        fc.property(
          fixtureIndex,
          fc.array(opArb(false, 100_000), { minLength: 1, maxLength: 6 }),
          (i, ops) => {
            const value = mutate(VALUES[i] as Json, ops);
            const fromValue = loadProject(value);
            expectAnswer(fromValue);
            const fromText = parseProjectFile(serialize(value));
            expectAnswer(fromText);
            expectUnpolluted();
            if (fromText.ok) accepted += 1;
          },
        ),
        RUNS,
      );
      // the mutations must leave some projects standing, or the fuzz tests only the refusals
      expect(accepted).toBeGreaterThan(RUNS / 20);
    },
    budget(RUNS, 40),
  );

  it(
    "answers a file cut short or with characters changed",
    () => {
      fuzz(
        fc.property(fixtureIndex, fc.array(textEditArb, { minLength: 1, maxLength: 3 }), (i, edits) => {
          const text = edits.reduce(editText, TEXTS[i] as string);
          expectAnswer(parseProjectFile(text));
          expectUnpolluted();
        }),
        Math.ceil(RUNS / 4),
      );
    },
    budget(RUNS, 10),
  );
});

/** A valid file with mostly survivable changes, and now and then a harsh one. */
const survivable = fc.tuple(
  fixtureIndex,
  fc.array(opArb(true, 5_000), { minLength: 1, maxLength: 5 }),
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: opArb(false, 5_000) }),
);

describe(`fuzz: every accepted project renders (seed ${SEED})`, () => {
  const renderRuns = Math.max(20, Math.ceil(RUNS / 10));
  it(
    "builds a draft and renders Markdown and a well-formed DOCX",
    async () => {
      let accepted = 0;
      await fuzz(
        fc.asyncProperty(survivable, fc.boolean(), async ([i, ops, harsh], annex) => {
          const r = parseProjectFile(serialize(mutate(VALUES[i] as Json, harsh ? [...ops, harsh] : ops)));
          expectAnswer(r);
          if (!r.ok) return;
          accepted += 1;
          const doc = buildDocument(r.project, { mode: "draft", alignmentAnnex: annex });
          const md = new TextDecoder().decode(await render("markdown", doc, ENV));
          expect(md.length).toBeGreaterThan(100);
          expect(docxProblems(await render("docx", doc, ENV))).toEqual([]);
          expectUnpolluted();
        }),
        renderRuns,
      );
      expect(accepted).toBeGreaterThan(renderRuns / 2);
    },
    budget(renderRuns, 400),
  );

  const pdfRuns = Math.max(3, Math.ceil(RUNS / 1000));
  it(
    "renders a PDF of a handful",
    async () => {
      await fuzz(
        fc.asyncProperty(survivable, async ([i, ops]) => {
          const r = parseProjectFile(serialize(mutate(VALUES[i] as Json, ops)));
          if (!r.ok) return;
          const pdf = await render("pdf", buildDocument(r.project, { mode: "draft" }), ENV);
          const ends = new TextDecoder("latin1").decode(pdf.subarray(-32));
          expect(new TextDecoder("latin1").decode(pdf.subarray(0, 5))).toBe("%PDF-");
          expect(ends).toMatch(/%%EOF\s*$/);
        }),
        pdfRuns,
      );
    },
    budget(pdfRuns, 3000),
  );
});

describe(`fuzz: merging two offices' copies (seed ${SEED})`, () => {
  const mergeRuns = Math.max(20, Math.ceil(RUNS / 5));
  // the copies both offices last shared, as JSON values to mutate
  const SHARED = PROJECTS.map(markExchanged);
  const SHARED_VALUES = SHARED.map((p) => JSON.parse(JSON.stringify(p)) as Json);
  it(
    "merges two mutated copies of one project without throwing, and the result loads and renders",
    () => {
      let merged = 0;
      const copy = fc.array(opArb(true, 2_000), { minLength: 0, maxLength: 5 });
      fuzz(
        fc.property(
          fixtureIndex,
          copy,
          copy,
          fc.constantFrom("agency" as const, "district" as const),
          fc.boolean(),
          (i, oursOps, theirsOps, side, withAncestor) => {
            const ours = loadProject(mutate(SHARED_VALUES[i] as Json, oursOps));
            const theirs = loadProject(mutate(SHARED_VALUES[i] as Json, theirsOps));
            if (!ours.ok || !theirs.ok) return;
            merged += 1;
            const ancestor = withAncestor ? (SHARED[i] as Project).exchangeBase : null;
            const r = mergeProjects(ancestor, ours.project, theirs.project, side, NOW);
            const again = loadProject(JSON.parse(JSON.stringify(r.project)));
            if (!again.ok)
              expect.fail(`the merged project does not load: ${JSON.stringify(again.problems.slice(0, 3))}`);
            expect(again.project.conflicts.length).toBe(r.project.conflicts.length);
            buildDocument(again.project, { mode: "draft" });
            expectUnpolluted();
          },
        ),
        mergeRuns,
      );
      expect(merged).toBeGreaterThan(mergeRuns / 2);
    },
    budget(mergeRuns, 200),
  );
});

describe("the in-process DOCX check", () => {
  const docx = (documentXml: string) =>
    zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
      "_rels/.rels": strToU8("<Relationships/>"),
      "word/document.xml": strToU8(documentXml),
    });
  const body = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document a="1"><w:body>${inner}</w:body></w:document>`;

  it("passes a well-formed package and each fixture's real DOCX", async () => {
    expect(
      docxProblems(
        docx(body('<w:p><w:r><w:t xml:space="preserve">A &amp; B &#x263A; &lt;</w:t></w:r></w:p>')),
      ),
    ).toEqual([]);
    expect(
      docxProblems(await render("docx", buildDocument(PROJECTS[0] as Project, { mode: "draft" }), ENV)),
    ).toEqual([]);
  });

  it.each([
    ["a character XML forbids", body("<w:t>a\uFFFEb</w:t>"), "U+FFFE"],
    ["a reference to one", body("<w:t>&#xFFFF;</w:t>"), "&#xFFFF;"],
    ["a control character", body("<w:t>\u0001</w:t>"), "U+0001"],
    ["tags out of order", body("<w:p><w:r></w:p></w:r>"), "closes"],
    ["an unclosed tag", body("<w:p>"), "unclosed"],
    ["an unknown entity", body("<w:t>&nbsp;</w:t>"), "unknown entity"],
    ["a bare ampersand", body("<w:t>A & B</w:t>"), "bare"],
    ["an attribute twice", body('<w:p w:a="1" w:a="2"/>'), "twice"],
    ["an unquoted attribute", body("<w:p w:a=1/>"), "malformed"],
    ["two roots", `${body("")}<x/>`, "root"],
    ["an id used twice", body('<w:ins w:id="1"/><w:commentRangeStart w:id="1"/>'), "already used"],
  ])("fails %s", (_, xml, expected) => {
    expect(docxProblems(docx(xml)).join(" | ")).toContain(expected);
  });

  it("fails what is not a zip, or lacks a part", () => {
    expect(docxProblems(strToU8("PK not really"))).not.toEqual([]);
    expect(docxProblems(zipSync({ "word/document.xml": strToU8(body("")) })).join()).toContain(
      "[Content_Types].xml is missing",
    );
  });
});
