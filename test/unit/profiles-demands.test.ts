import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import { setAnswers, setIncluded, updateAgreementDetails } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
import type { OpenItem } from "../../src/project/open-items";
import type { Project } from "../../src/project/schema";
import { PROFILES } from "../../src/profiles";
import type { RequirementProfile } from "../../src/profiles";
import type { Answers } from "../../src/topics/types";

const t0 = new Date("2026-06-01T09:00:00Z");

function resolved(): Project {
  const r = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
  if (!r.ok) throw new Error("fixture");
  return r.project;
}

/** For each check of a profile, in order: the answers that miss it, and the answers that meet it. */
type Case = readonly [topicId: string, misses: Answers, meets: Answers];
const ALL5 = ["race", "ethnicity", "gender", "age", "disability"];
const CASES: Record<string, readonly Case[]> = {
  "us-cops-hiring-2020": [["publication", { grantSubmission: false }, { grantSubmission: true }]],
  virginia: [
    ["publication", { post: false }, { post: true, postedBy: "district", postDays: 30 }],
    ["family-and-community", { publicInput: false }, { publicInput: true }],
    ["amendment", { reviewYears: 3 }, { reviewYears: 2 }],
    ["amendment", { reviewOnRequest: false }, { reviewOnRequest: true }],
  ],
  washington: [
    ["formal-discipline", { sroRole: "witness" }, { sroRole: "none" }],
    ["selection", { selectionProcess: "consult" }, { selectionProcess: "joint" }],
    ["training", { stateCourseBy: "year1" }, { stateCourseBy: "days180" }],
    ["family-and-community", { publicInput: false }, { publicInput: true }],
    ["family-and-community", { explainRole: false }, { explainRole: true }],
    ["amendment", { reviewYears: 2 }, { reviewYears: 1 }],
  ],
  connecticut: [
    ["staff-calls", { graduatedResponse: false }, { graduatedResponse: true }],
    ["publication", { post: false }, { post: true, postedBy: "district", postDays: 30 }],
    ["publication", { schoolSites: false }, { schoolSites: true }],
    ["training", { districtClimateTraining: false }, { districtClimateTraining: true }],
    ["data-and-reporting", { reportToChief: null }, { reportToChief: true }],
    ["data-and-reporting", { entryDays: 7 }, { entryDays: 5 }],
    ["data-and-reporting", { frequency: "quarterly" }, { frequency: "monthly" }],
    ["data-and-reporting", { demographics: ["race", "gender"] }, { demographics: ALL5 }],
    [
      "data-and-reporting",
      { events: ["arrests", "citations"] },
      { events: ["arrests", "citations", "searches", "questioning"] },
    ],
  ],
  illinois: [
    ["citations-and-arrests", { noMunicipalTickets: false }, { noMunicipalTickets: true }],
    ["training", { stateCourseBy: null }, { stateCourseBy: "year1" }],
    ["family-and-community", { publicInput: false }, { publicInput: true }],
  ],
  ohio: [
    [
      "training",
      { stateCourseBy: "year1", stateCourseHours: 24 },
      { stateCourseBy: "year1", stateCourseHours: 40 },
    ],
  ],
  texas: [
    [
      "training",
      { stateCourseBy: "year1", stateCourseHours: 16 },
      { stateCourseBy: "days180", stateCourseHours: 16 },
    ],
  ],
  minnesota: [
    ["formal-discipline", { sroRole: "administers" }, { sroRole: "witness" }],
    ["force-and-restraint", { noForceForDiscipline: false }, { noForceForDiscipline: true }],
    ["training", { stateCourseBy: "months6" }, { stateCourseBy: "before" }],
  ],
  massachusetts: [["formal-discipline", { sroRole: "administers" }, { sroRole: "none" }]],
  "new-york": [
    ["formal-discipline", { sroRole: "administers" }, { sroRole: "none" }],
    ["family-and-community", { publicInput: false }, { publicInput: true }],
  ],
  florida: [["training", { recordsKeeper: null }, { recordsKeeper: "agency" }]],
};

const lawItems = (p: Project, profile: RequirementProfile): OpenItem[] =>
  openItems(p).filter((i) => i.reason === "required-by-law" && i.field === profile.id);

/** A project that chose the profile and meets every demand it makes. */
function meeting(profile: RequirementProfile): Project {
  let p = updateAgreementDetails(resolved(), "district", { profiles: [profile.id] }, "Chose a law.", t0);
  for (const id of new Set([...profile.requires, ...profile.checks.map((c) => c.topicId)]))
    p = setIncluded(p, "agency", id, true, t0);
  for (const [topicId, , meets] of CASES[profile.id] ?? [])
    p = setAnswers(p, "agency", topicId, meets, "Met.", t0);
  return p;
}

describe("each demand of each law or grant", () => {
  it("has a case for every check of every profile", () => {
    for (const profile of PROFILES) {
      expect(
        (CASES[profile.id] ?? []).map(([t]) => t),
        profile.id,
      ).toEqual(profile.checks.map((c) => c.topicId));
    }
  });

  for (const profile of PROFILES) {
    describe(profile.label, () => {
      it("raises nothing for a project that meets every demand", () => {
        expect(lawItems(meeting(profile), profile).map((i) => i.message)).toEqual([]);
      });

      it.each(profile.required.map((r) => [r.topicId, r] as const))(
        "an MOU without %s gets an open item naming the provision",
        (topicId, required) => {
          const p = setIncluded(meeting(profile), "agency", topicId, false, t0);
          const items = lawItems(p, profile);
          expect(items).toHaveLength(1);
          expect(items[0]).toMatchObject({
            topicId,
            message: `${profile.label}: the MOU must cover this topic (${required.source.citation}). Include it.`,
            source: required.source,
          });
        },
      );

      it.each(profile.checks.map((c, i) => [`${i + 1}: ${c.topicId}`, i] as const))(
        "a project missing check %s gets an open item naming the provision",
        (_name, i) => {
          const check = profile.checks[i];
          const [topicId, misses] = CASES[profile.id]?.[i] ?? ["", {}];
          if (!check) throw new Error("no check");
          const p = setAnswers(meeting(profile), "agency", topicId, misses, "Missed.", t0);
          const items = lawItems(p, profile);
          expect(items.map((x) => x.message)).toEqual([`${check.message} (${check.source.citation})`]);
          expect(items[0]?.source).toEqual(check.source);
        },
      );
    });
  }

  it("names the law and section, sums it up in a line, and says when and where it was checked", () => {
    const sources = PROFILES.flatMap((p) => [
      ...p.required.map((r) => r.source),
      ...p.checks.map((c) => c.source),
    ]);
    for (const s of sources) {
      expect(s.citation).toMatch(/§|RCW|ILCS|Rev\. Code|COPS/);
      expect(s.summary.length, s.summary).toBeLessThanOrEqual(160);
      expect(s.summary).toMatch(/\.$/);
      expect(s.checkedOn).toMatch(/^2026-11-2[89]$/);
      expect(s.seenAt).not.toBe("");
    }
    // where only a secondary source was found, the demand says so
    const secondary = (id: string) =>
      PROFILES.find((p) => p.id === id)?.checks.every((c) => c.source.secondary !== undefined);
    expect(["ohio", "texas", "massachusetts", "new-york", "florida"].map(secondary)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    const washington = PROFILES.find((p) => p.id === "washington");
    expect(washington?.checks.some((c) => c.source.secondary !== undefined)).toBe(false);
  });
});

describe("the clauses for the fields the laws need", () => {
  const CLAUSES: ReadonlyArray<readonly [string, Answers, string]> = [
    [
      "training",
      { stateCourseBy: "days180", stateCourseHours: 16 },
      "shall complete at least 16 hours of the school resource officer training that state law requires within 180 days after starting at a School.",
    ],
    [
      "training",
      { stateCourseBy: "before" },
      "the school resource officer training that state law requires before starting at a School.",
    ],
    [
      "training",
      { districtClimateTraining: true },
      "social-emotional learning and restorative practices that the District gives its certified staff.",
    ],
    ["training", { recordsKeeper: "agency" }, "The Agency shall keep the records of the training"],
    [
      "citations-and-arrests",
      { noMunicipalTickets: true },
      "a violation of a municipal or county ordinance arising from the student's conduct",
    ],
    [
      "data-and-reporting",
      { reportToChief: true },
      "to the Agency's chief of police, who shall send the records on to the Superintendent",
    ],
    [
      "publication",
      { post: true, schoolSites: true },
      "on the website of each School to which an SRO is assigned",
    ],
    [
      "publication",
      { grantSubmission: true, awardLetterDate: "2026-02-03" },
      "to the Office of Community Oriented Policing Services of the U.S. Department of Justice within 90 days after the date of the congratulatory letter for the Agency's COPS hiring award (February 3, 2026), and before the Agency obligates or draws down award funds.",
    ],
  ];
  const text = (p: Project) => documentText(assemble(p, { mode: "draft" })).replace(/\s+/g, " ");
  it.each(CLAUSES)(
    "%s prints the clause when answered, and nothing when blank or No",
    (topicId, answers, words) => {
      const base = setIncluded(resolved(), "agency", topicId, true, t0);
      expect(text(setAnswers(base, "agency", topicId, answers, "Set.", t0))).toContain(words);
      expect(text(base)).not.toContain(words);
    },
  );
});

describe("old files and the new fields", () => {
  const NEW_FIELDS = [
    "stateCourseBy",
    "stateCourseHours",
    "districtClimateTraining",
    "recordsKeeper",
    "noMunicipalTickets",
    "reportToChief",
    "schoolSites",
    "grantSubmission",
    "awardLetterDate",
  ];
  it("load unchanged, with no open item asking for a field they never had", () => {
    const text = readFileSync("test/fixtures/good/resolved/project.json", "utf8");
    expect(NEW_FIELDS.some((k) => text.includes(`"${k}"`))).toBe(false);
    const r = parseProjectFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(openItems(r.project).filter((i) => NEW_FIELDS.includes(i.field ?? ""))).toEqual([]);
  });
});
