import { describe, expect, it } from "vitest";
import { MAX_DATE, MIN_DATE, addYears, isDateInRange } from "../../src/format/dates";
import { loadProject } from "../../src/project/load";
import { mergeProjects } from "../../src/project/merge-copies";
import { createProject } from "../../src/project/new-project";
import { addYear, setMeetingDate, startReview } from "../../src/project/review";
import type { Project, School } from "../../src/project/schema";
import { getTopic } from "../../src/topics/registry";

const t0 = new Date("2026-06-01T09:00:00Z");
function must<T>(v: T | undefined | null): T {
  if (v === undefined || v === null) throw new Error("missing in the test data");
  return v;
}
const school = (id: string, name: string): School => ({ id, name, level: "high", address: "", officers: 1 });

function loaded(input: unknown): Project {
  const r = loadProject(JSON.parse(JSON.stringify(input)));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return r.project;
}

describe("duplicate ids are repaired on load, with a notice", () => {
  const p = createProject("Ids", t0);
  const withDuplicates: Project = {
    ...p,
    schools: [
      school("s", "Lincoln High"),
      school("s", "Washington High"),
      school("s-2", "Adams"),
      school("s", "Jefferson"),
    ],
    parties: {
      ...p.parties,
      signatories: [
        must(p.parties.signatories[0]),
        { ...must(p.parties.signatories[1]), id: must(p.parties.signatories[0]).id },
      ],
    },
    exchangeBase: {
      parties: p.parties,
      schools: [school("s", "Lincoln High"), school("s", "Washington High")],
      topics: p.topics,
      profiles: [],
    },
  };

  it("gives each later duplicate a fresh id and says what it did", () => {
    const r = loadProject(JSON.parse(JSON.stringify(withDuplicates)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ids = r.project.schools.map((s) => s.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toBe("s");
    expect(r.project.schools.map((s) => s.name)).toEqual([
      "Lincoln High",
      "Washington High",
      "Adams",
      "Jefferson",
    ]);
    const signatoryIds = r.project.parties.signatories.map((s) => s.id);
    expect(new Set(signatoryIds).size).toBe(2);
    expect(r.notices.map((n) => n.path)).toEqual(
      expect.arrayContaining(["schools[1].id", "schools[3].id", "parties.signatories[1].id"]),
    );
    expect(r.notices.map((n) => n.message).join(" ")).toMatch(/School “Washington High” had the same id/);
    // the exchange ancestor is repaired the same way, so the merge still lines the schools up
    expect(r.project.exchangeBase?.schools.map((s) => s.id)).toEqual(ids.slice(0, 2));
    // a clean file has no notices
    const clean = loadProject(JSON.parse(JSON.stringify(p)));
    expect(clean.ok && clean.notices).toEqual([]);
  });

  it("loses no school when two copies with shared ids are merged", () => {
    const ours = loaded(withDuplicates);
    const theirs = loaded({
      ...withDuplicates,
      schools: [...withDuplicates.schools, school("new", "Monroe")],
    });
    const merged = mergeProjects(ours.exchangeBase, ours, theirs, "agency", t0).project;
    expect(merged.schools.map((s) => s.name)).toEqual([
      "Lincoln High",
      "Washington High",
      "Adams",
      "Jefferson",
      "Monroe",
    ]);
  });
});

describe("dates stay within the years 1900 to 2200", () => {
  it("checks the range, and real calendar days", () => {
    expect(isDateInRange("2026-08-01")).toBe(true);
    expect(isDateInRange(MIN_DATE) && isDateInRange(MAX_DATE)).toBe(true);
    expect(isDateInRange("1899-12-31")).toBe(false);
    expect(isDateInRange("2201-01-01")).toBe(false);
    expect(isDateInRange("9999-12-31")).toBe(false);
    expect(isDateInRange("0050-06-01")).toBe(false);
    expect(isDateInRange("2026-02-30")).toBe(false);
    expect(isDateInRange("2100-02-29")).toBe(false);
    expect(isDateInRange("2000-02-29")).toBe(true);
  });

  it("adds years without JavaScript's two-digit-year quirk or expanded years", () => {
    expect(addYears("2027-05-20", 1)).toBe("2028-05-20");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYears("2096-02-29", 4)).toBe("2100-02-28");
    expect(addYears("2000-02-29", 4)).toBe("2004-02-29");
    // 9999-12-31 used to become "+010000-12"; year 50 used to become 1951
    expect(addYears("9999-12-31", 1)).toBe(MAX_DATE);
    expect(addYear("9999-12-31")).toBe(MAX_DATE);
    expect(addYears("0050-06-01", 1)).toBe(MIN_DATE);
    expect(addYears("2200-06-01", 5)).toBe(MAX_DATE);
    for (const d of ["9999-12-31", "0050-06-01", "0001-01-01", "2200-12-31", "1900-01-01"])
      for (const n of [-5, -1, 0, 1, 5]) expect(addYears(d, n)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a meeting date at the end of the range keeps the project openable", () => {
    const signed = {
      ...createProject("Review", t0),
      signed: {
        signedOn: "2026-05-01",
        signedBy: "Both",
        recordedAt: null,
        recordedBy: "",
        finalExportedAt: null,
      },
    };
    const review = startReview(signed, "agency", t0);
    const late = setMeetingDate(review, "agency", "2200-12-31", t0);
    expect(late.review?.nextReviewOn).toBe(MAX_DATE);
    expect(loadProject(JSON.parse(JSON.stringify(late))).ok).toBe(true);
    const far = setMeetingDate(review, "agency", "9999-12-31", t0);
    expect(far.review?.nextReviewOn).toBe(MAX_DATE);
  });

  it("refuses a file with a date outside the range, naming the field", () => {
    const signed = {
      ...createProject("Review", t0),
      signed: {
        signedOn: "2026-05-01",
        signedBy: "Both",
        recordedAt: null,
        recordedBy: "",
        finalExportedAt: null,
      },
    };
    const review = startReview(signed, "agency", t0);
    const bad = { ...review, review: { ...must(review.review), meetingOn: "9999-12-31" } };
    const r = loadProject(JSON.parse(JSON.stringify(bad)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual({
      path: "review.meetingOn",
      message: expect.stringMatching(/between the years 1900 and 2200/),
    });
    const early = loadProject(
      JSON.parse(
        JSON.stringify({ ...signed, signed: { ...signed.signed, signedOn: "0050-01-01", signedBy: "x" } }),
      ),
    );
    expect(!early.ok && early.problems.map((p) => p.path)).toEqual(["signed.signedOn"]);
  });

  it("a date field of a topic refuses such a date where it is typed and on load", () => {
    const amendment = must(getTopic("amendment"));
    const field = must(amendment.fields.find((f) => f.kind === "date"));
    expect(field.schema.safeParse("2027-06-01").success).toBe(true);
    const typed = field.schema.safeParse("9999-12-31");
    expect(typed.success).toBe(false);
    expect(typed.error?.issues[0]?.message).toMatch(/between the years 1900 and 2200/);
    const p = createProject("Field", t0);
    const state = must(p.topics.amendment);
    const bad = {
      ...p,
      topics: {
        ...p.topics,
        amendment: { ...state, answers: { ...state.answers, [field.key]: "0050-01-01" } },
      },
    };
    const r = loadProject(JSON.parse(JSON.stringify(bad)));
    expect(!r.ok && r.problems.map((x) => x.path)).toEqual([`topics.amendment.answers.${field.key}`]);
  });
});
