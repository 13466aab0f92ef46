import { describe, expect, it } from "vitest";
import { setAnswer } from "../../src/project/actions";
import { arrival } from "../../src/project/arrival";
import { markExchanged } from "../../src/project/file";
import { createProject, newProjectFrom } from "../../src/project/new-project";
import type { Project } from "../../src/project/schema";

const t0 = new Date("2026-09-01T10:00:00Z");
let n = 0;
const options = { how: "ask" as const, storedSide: null, now: t0, newId: () => `new-${++n}` };

function pair(): { local: Project; theirs: Project } {
  const sent = markExchanged(createProject("Riverside", t0, "shared"));
  const theirs = setAnswer(sent, "district", "staffing", "totalOfficers", 2, t0);
  return { local: sent, theirs };
}

describe("a project that arrives from a file", () => {
  it("is stored as it is when new here; the side is the receiver's, and the notice says why", () => {
    const p = createProject("From the agency", t0, "a");
    const plan = arrival(p, null, { ...options, sentBy: "agency" });
    expect(plan).toEqual({
      kind: "new",
      project: p,
      side: "district",
      notice:
        "This file was saved by the Agency, so you are acting for the District. Change this under “Acting for” if that is wrong.",
    });
    // a side already chosen here, or chosen now, stands without a notice
    expect(arrival(p, null, { ...options, sentBy: "agency", storedSide: "agency" })).toMatchObject({
      side: "agency",
      notice: null,
    });
    expect(arrival(p, null, { ...options, side: "agency", sentBy: "agency" })).toMatchObject({
      notice: null,
    });
  });

  it("asks before merging a copy of a project here, saying what the merge would take", () => {
    const { local, theirs } = pair();
    const plan = arrival(theirs, { ok: true, project: local }, options);
    expect(plan).toEqual({
      kind: "ask",
      localName: "Riverside",
      preview: { taken: 1, positions: 1, conflicts: 0 },
    });
  });

  it("merges when told to, keeping the project as it was as a dated backup", () => {
    const { local, theirs } = pair();
    const plan = arrival(theirs, { ok: true, project: local }, { ...options, how: "merge" });
    if (plan.kind !== "merge") throw new Error(plan.kind);
    expect(plan.project.id).toBe("shared");
    expect(plan.project.topics.staffing?.answers.totalOfficers).toBe(2);
    expect(plan.backup).toEqual({
      ...local,
      id: plan.backup.id,
      name: "Riverside (before merge 2026-09-01)",
    });
    expect(plan.backup.id).not.toBe("shared");
    expect(plan.notice).toBe(
      "Merged the other office's copy: 1 change taken, 1 position taken, 0 to settle. Your copy before the merge is kept as “Riverside (before merge 2026-09-01)” in All projects.",
    );
  });

  it("keeps it apart as a copy when told to, when the project here is signed, or when it cannot be read", () => {
    const { local, theirs } = pair();
    const copy = arrival(theirs, { ok: true, project: local }, { ...options, how: "copy" });
    expect(copy).toMatchObject({
      kind: "copy",
      notice: expect.stringMatching(/“Riverside” is unchanged\.$/),
    });
    const signed: Project = {
      ...local,
      signed: {
        signedOn: "2026-08-01",
        signedBy: "Both",
        recordedAt: null,
        recordedBy: "",
        finalExportedAt: null,
      },
    };
    const onSigned = arrival(theirs, { ok: true, project: signed }, options);
    expect(onSigned).toMatchObject({
      kind: "copy",
      notice: expect.stringMatching(/is signed and read-only here/),
    });
    const unreadable = arrival(theirs, { ok: false }, options);
    expect(unreadable).toMatchObject({
      kind: "copy",
      notice: expect.stringMatching(/Nothing was overwritten\.$/),
    });
    for (const plan of [copy, onSigned, unreadable]) {
      if (plan.kind !== "copy") throw new Error(plan.kind);
      expect(plan.project.id).not.toBe("shared");
      expect(plan.project.name).toBe("Riverside (opened from file)");
      expect(plan.project.topics).toEqual(theirs.topics);
    }
  });
});

describe("a new project from the start form", () => {
  it("takes the Parties' names and the heads who sign for them", () => {
    const p = newProjectFrom(
      {
        side: "district",
        name: "Riverside 2027",
        agencyName: "Riverside Police Department",
        agencyHead: "Dana Ruiz",
        agencyHeadTitle: "Chief of Police",
        districtName: "Riverside Unified",
        superintendent: "Lee Park",
      },
      t0,
      "riverside",
    );
    expect(p).toMatchObject({ id: "riverside", name: "Riverside 2027", createdAt: t0.toISOString() });
    expect(p.parties.agency.name).toBe("Riverside Police Department");
    expect(p.parties.district.name).toBe("Riverside Unified");
    expect(p.parties.signatories.map((s) => [s.side, s.name, s.title])).toEqual([
      ["agency", "Dana Ruiz", "Chief of Police"],
      ["district", "Lee Park", "Superintendent"],
    ]);
  });
});
