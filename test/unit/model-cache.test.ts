// The document model is remembered per project (and each topic's clauses per answers object), so
// the preview after an edit re-renders only what changed. What it remembers must never show: a
// model built after any series of edits is the one a never-seen copy of the project gives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { BuildOptions } from "../../src/document/build";
import {
  setAnswer,
  setCustomClause,
  setIncluded,
  setPosition,
  updateAgreementDetails,
} from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { TOPICS } from "../../src/topics";

const NOW = new Date(Date.UTC(2026, 5, 1));

function load(path: string): Project {
  const loaded = parseProjectFile(readFileSync(path, "utf8"));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.project;
}

/** A model built from scratch: a deep copy shares no object with anything built before. */
const cold = (project: Project, options: BuildOptions) => buildDocument(structuredClone(project), options);

type Edit = (p: Project) => Project;

const edits: Array<[string, Edit]> = [
  ["an answer", (p) => setAnswer(p, "agency", "formal-discipline", "notes", "The SRO refers.", NOW)],
  ["the same answer again", (p) => setAnswer(p, "agency", "formal-discipline", "notes", "Now two.", NOW)],
  ["a custom clause", (p) => setCustomClause(p, "district", "hours-on-campus", "Term added.", NOW)],
  ["a position", (p) => setPosition(p, "district", "formal-discipline", "object", "No.", NOW)],
  [
    "a topic left out",
    (p) => {
      const optional = TOPICS.find((t) => !t.required && p.topics[t.id]?.included !== false);
      return optional ? setIncluded(p, "agency", optional.id, false, NOW) : p;
    },
  ],
  [
    "the Parties' names",
    (p) =>
      updateAgreementDetails(
        p,
        "agency",
        { parties: { ...p.parties, agency: { ...p.parties.agency, name: "Lakeside Police Department" } } },
        "Renamed.",
        NOW,
      ),
  ],
  ["an answer emptied", (p) => setAnswer(p, "agency", "formal-discipline", "notes", "", NOW)],
];

describe("the remembered document model", () => {
  it("is the same model for the same project and options, another for other options", () => {
    const project = load("public/sample.mou.json");
    const draft = buildDocument(project, { mode: "draft" });
    expect(buildDocument(project, { mode: "draft" })).toBe(draft);
    expect(buildDocument(project, { mode: "draft", alignmentAnnex: true })).not.toBe(draft);
    expect(buildDocument(project, { mode: "draft", version: "v2" }).meta).toEqual(
      cold(project, { mode: "draft", version: "v2" }).meta,
    );
  });

  for (const fixture of ["public/sample.mou.json", "test/fixtures/good/review/project.json"])
    it(`after each edit equals a model built from scratch (${fixture})`, () => {
      let project = load(fixture);
      for (const options of [{ mode: "draft" }, { mode: "draft", alignmentAnnex: true }] as const)
        buildDocument(project, options);
      for (const [what, edit] of edits) {
        project = edit(project);
        for (const options of [{ mode: "draft" }, { mode: "draft", alignmentAnnex: true }] as const)
          expect(buildDocument(project, options), `after ${what}`).toEqual(cold(project, options));
      }
    });
});
