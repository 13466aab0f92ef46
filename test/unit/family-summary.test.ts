import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFamilySummary } from "../../src/document/family-summary";
import { en, es } from "../../src/document/family-words";
import type { MouDocument } from "../../src/document/ir";
import { documentText } from "../../src/document/text";
import { setIncluded } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";

const SAMPLE = "public/sample.mou.json";
const FILES = [
  SAMPLE,
  ...readdirSync("test/fixtures/good")
    .sort()
    .map((n) => `test/fixtures/good/${n}/project.json`),
];

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problems)}`);
  return r.project;
}

const headings = (doc: MouDocument): string[] =>
  doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));

/** The project with a topic left out, as both Parties agreed. */
function without(project: Project, topicId: string): Project {
  const at = new Date("2026-05-01T12:00:00Z");
  return setIncluded(setIncluded(project, "agency", topicId, false, at), "district", topicId, false, at);
}

describe("summary for families", () => {
  for (const path of FILES) {
    const project = load(path);
    for (const lang of ["en", "es"] as const) {
      it(`${path} (${lang}): one title, the language, no placeholders, the signed MOU governs`, () => {
        const doc = buildFamilySummary(project, lang);
        expect(doc.blocks.filter((b) => b.kind === "title")).toHaveLength(1);
        expect(doc.blocks[0]?.kind).toBe("title");
        expect(doc.meta.language).toBe(lang === "en" ? "en-US" : "es-US");
        const all = `${documentText(doc)}\n${doc.meta.title}\n${doc.meta.header}\n${doc.meta.footer}`;
        expect(all).not.toMatch(/undefined|null|\[|\]|NaN|not yet answered/);
        expect(documentText(doc)).toContain((lang === "en" ? en : es).governs);
        // every heading is a section with something under it
        doc.blocks.forEach((b, i) => {
          if (b.kind === "heading") expect(doc.blocks[i + 1]?.kind).not.toBe("heading");
        });
        expect(doc.blocks.at(-1)?.kind).not.toBe("heading");
      });
    }
    it(`${path}: the Spanish summary has no English section headings`, () => {
      const english = new Set(Object.values(en.headings));
      const spanish = headings(buildFamilySummary(project, "es"));
      for (const h of spanish) expect(english.has(h)).toBe(false);
      expect(buildFamilySummary(project, "es").blocks[0]).toMatchObject({
        lines: [es.title, expect.any(String)],
      });
    });
  }

  it("the sample: sections from the answers, with the contacts it names", () => {
    const project = load(SAMPLE);
    const doc = buildFamilySummary(project, "en");
    const t = documentText(doc);
    expect(headings(doc)).toEqual([
      en.headings.who,
      en.headings.does,
      en.headings.doesNot,
      en.headings.law,
      en.headings.questioning,
      en.headings.contact,
    ]);
    // complaints and searches are left out of the sample: nothing about them
    expect(t).not.toMatch(/concern|search/i);
    expect(t).toContain("Maple Grove High School");
    expect(t).toContain(en.discipline.none);
    expect(t).toContain(en.noArrestForDiscipline);
    expect(t).toContain(en.noImmigrationQuestions);
    // notices: the titles, the people who hold them, the emails
    expect(t).toContain("Dana Whitfield, Chief of Police");
    expect(t).toContain("Dr. Luis Ortega, Superintendent");
    expect(t).toContain("chief@maplegrove-police.example");
    expect(t).toContain("superintendent@maplegrove-schools.example");
    // any one of the exceptions is enough: they are joined by "or", not "and"
    expect(t).toContain("right now; a gun or other dangerous weapon; or a serious injury.");
    expect(t).toMatch(/when there is: a threat .* or a risk that evidence will be destroyed/);
    const spanish = documentText(buildFamilySummary(project, "es"));
    expect(spanish).toContain("Dana Whitfield, Chief of Police");
    expect(spanish).toContain(es.discipline.none);
    expect(spanish).not.toContain(en.governs);
  });

  it("a topic left out is not mentioned", () => {
    const project = without(load(SAMPLE), "formal-discipline");
    for (const lang of ["en", "es"] as const) {
      const t = documentText(buildFamilySummary(project, lang));
      const w = lang === "en" ? en : es;
      for (const s of [...Object.values(w.discipline), w.noArrestForDiscipline]) expect(t).not.toContain(s);
    }
    expect(documentText(buildFamilySummary(project, "en"))).not.toMatch(/detention|suspension|expulsion/i);
  });

  it("complaints, when answered, say how to raise a concern", () => {
    const base = load(SAMPLE);
    const state = base.topics.complaints;
    if (!state) throw new Error("no complaints topic");
    const project: Project = {
      ...base,
      topics: {
        ...base.topics,
        complaints: {
          ...state,
          included: true,
          answers: {
            channels: ["school", "anonymous"],
            forwardDays: 3,
            investigator: "agency",
            responseDays: 30,
            informDistrict: true,
            noRetaliation: true,
          },
        },
      },
    };
    const doc = buildFamilySummary(project, "en");
    expect(headings(doc)).toContain(en.headings.concern);
    const t = documentText(doc);
    expect(t).toContain(en.forwardDays(3));
    expect(t).toContain(en.responseDays(30));
    expect(t).toContain(en.noRetaliation);
    expect(t).not.toContain(en.channels.agency);
    expect(t).not.toContain(en.published);
    expect(documentText(buildFamilySummary(project, "es"))).toContain(es.forwardDays(3));
  });

  it("mostly-silent: says nothing about what its answers leave out", () => {
    const project = load("test/fixtures/good/mostly-silent/project.json");
    const doc = buildFamilySummary(project, "en");
    const t = documentText(doc);
    for (const [id, words] of [
      ["formal-discipline", [...Object.values(en.discipline), en.noArrestForDiscipline]],
      ["complaints", [en.noRetaliation, en.channelsLead]],
      ["searches", [en.noStripSearch, ...Object.values(en.sroStandard)]],
      ["questioning-students", [en.noImmigrationQuestions, ...Object.values(en.parentNotice)]],
    ] as const) {
      const state = project.topics[id];
      if (!state || !state.included || Object.keys(state.answers).length === 0)
        for (const s of words) expect(t, `${id}: ${s}`).not.toContain(s);
    }
  });
});
