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
import { addMessage } from "../../src/project/conversation";
import { parseProjectFile } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
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
  // what a topic's open items are worked out from besides its own answers
  [
    "a question to the other side",
    (p) =>
      addMessage(p, "district", "Dana", { topicId: "searches", kind: "question", text: "Who?" }, NOW, "q1"),
  ],
  [
    "the question answered",
    (p) =>
      addMessage(
        p,
        "agency",
        "Sam",
        { topicId: "searches", kind: "reply", text: "Us.", answers: "q1" },
        NOW,
        "a1",
      ),
  ],
  [
    "a state law chosen",
    (p) => updateAgreementDetails(p, "agency", { profiles: ["washington"] }, "Law.", NOW),
  ],
  [
    "a school without a name",
    (p) => {
      const first = p.schools[0];
      if (!first) throw new Error("the fixture has no school");
      return updateAgreementDetails(
        p,
        "district",
        { schools: [...p.schools, { ...first, name: "" }] },
        "School.",
        NOW,
      );
    },
  ],
  // an earlier topic's answer that makes a later topic's clause contradict it
  ["an earlier topic's answer", (p) => setAnswer(p, "agency", "scope", "nonSchoolDays", "agency", NOW)],
  ["the later topic's answer", (p) => setAnswer(p, "agency", "hours-on-campus", "summerSchool", true, NOW)],
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
        expect(openItems(project), `open items after ${what}`).toEqual(openItems(structuredClone(project)));
      }
    });
});

describe("the remembered open items", () => {
  it("follow what a topic's items depend on outside its own answers", () => {
    let project = load("public/sample.mou.json");
    const has = (p: Project, topicId: string, field: string) =>
      openItems(p).some((i) => i.topicId === topicId && i.field === field);
    openItems(project);
    const at = (what: string) => {
      const edit = edits.find(([w]) => w === what);
      if (!edit) throw new Error(what);
      project = edit[1](project);
    };
    at("a question to the other side");
    expect(has(project, "searches", "question.q1")).toBe(true);
    at("the question answered");
    expect(has(project, "searches", "question.q1")).toBe(false);
    const blanksBefore = openItems(project).filter((i) => i.field?.startsWith("schools[")).length;
    at("a school without a name");
    expect(openItems(project).filter((i) => i.field?.startsWith("schools[")).length).toBe(blanksBefore + 1);
    at("an earlier topic's answer");
    at("the later topic's answer");
    expect(has(project, "hours-on-campus", "summer-school-vs-non-school-days")).toBe(true);
    expect(openItems(project)).toEqual(openItems(structuredClone(project)));
  });
});
