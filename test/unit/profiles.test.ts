import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import { setAnswer, setIncluded, updateAgreementDetails } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import { loadProject } from "../../src/project/load";
import { mergeProjects } from "../../src/project/merge-copies";
import { openItems } from "../../src/project/open-items";
import { markExchanged } from "../../src/project/file";
import { startReview } from "../../src/project/review";
import type { Project } from "../../src/project/schema";
import { PROFILES, reviewIntervalYears } from "../../src/profiles";
import { getTopic } from "../../src/topics/registry";

const t0 = new Date("2026-06-01T09:00:00Z");

function resolved(): Project {
  const r = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
  if (!r.ok) throw new Error("fixture");
  return r.project;
}
const choose = (p: Project, ...ids: string[]) =>
  updateAgreementDetails(p, "district", { profiles: ids }, "Chose laws.", t0);
const lawItems = (p: Project) =>
  openItems(p)
    .filter((i) => i.reason === "required-by-law")
    .map((i) => `${i.topicId}: ${i.message}`);

describe("laws and grants the MOU must meet", () => {
  it("names only topics and fields that exist", () => {
    for (const profile of PROFILES) {
      for (const id of [...profile.requires, ...profile.checks.map((c) => c.topicId)]) {
        expect(getTopic(id), `${profile.id}: ${id}`).toBeDefined();
      }
    }
  });

  it("makes the topics a chosen law names required, and checks what it demands of the answers", () => {
    let p = choose(resolved(), "washington");
    expect(lawItems(p)).toEqual([
      expect.stringMatching(
        /^formal-discipline: Washington law keeps the SRO out of formal school discipline.* \(RCW 28A\.320\.124\(1\)\(a\)\(i\)\)$/,
      ),
      expect.stringMatching(/^staff-calls: Washington: the MOU must cover this topic \(RCW 28A\.320\.1242/),
      expect.stringMatching(/^training: Washington law requires SRO training within 180 days/),
      expect.stringMatching(/^family-and-community: Washington: the MOU must cover this topic/),
    ]);
    p = setAnswer(p, "agency", "formal-discipline", "sroRole", "none", t0);
    p = setAnswer(p, "agency", "training", "stateCourseBy", "months6", t0);
    p = setIncluded(p, "agency", "family-and-community", true, t0);
    expect(lawItems(p).map((m) => m.split(":")[0])).toContain("family-and-community");
    expect(lawItems(p)).toContainEqual(
      expect.stringMatching(/^family-and-community: Washington law requires input from families/),
    );
    p = setAnswer(p, "agency", "family-and-community", "publicInput", true, t0);
    p = setAnswer(p, "agency", "family-and-community", "explainRole", true, t0);
    // 6 months is later than 180 days: still open
    expect(lawItems(p).map((m) => m.split(":")[0])).toEqual(["staff-calls", "training"]);
    p = setAnswer(p, "agency", "training", "stateCourseBy", "days180", t0);
    expect(lawItems(p).map((m) => m.split(":")[0])).toEqual(["staff-calls"]);
    // dropping the law drops what it demanded
    expect(lawItems(choose(p))).toEqual([]);
  });

  it("COPS 2020 hiring grant: the MOU covers purpose, roles, information sharing and the chain of command", () => {
    const topics = ["purpose-and-goals", "day-to-day-duties", "information-sharing", "chain-of-command"];
    let missing = choose(resolved(), "us-cops-hiring-2020");
    for (const id of topics) missing = setIncluded(missing, "agency", id, false, t0);
    const items = lawItems(missing);
    // and the signed MOU is not yet said to go to the COPS Office (the Publication topic)
    expect(items.map((m) => m.split(":")[0]).sort()).toEqual([...topics, "publication"].sort());
    for (const m of items) expect(m).toContain("COPS Hiring Program, 2020 award special conditions");
    let met = missing;
    for (const id of topics) met = setIncluded(met, "agency", id, true, t0);
    expect(lawItems(met).filter((m) => topics.includes(m.split(":")[0] ?? ""))).toEqual([]);
  });

  it("says in the MOU which laws the Parties intend it to meet", () => {
    const text = documentText(assemble(choose(resolved(), "washington", "virginia"), { mode: "draft" }));
    expect(text.replace(/\s+/g, " ")).toContain(
      "The Parties intend this MOU to meet the requirements of Virginia Code § 22.1-280.2:3 and Washington RCW 28A.320.1242, and shall read and carry out this MOU consistently with them.",
    );
    expect(documentText(assemble(resolved(), { mode: "draft" }))).not.toContain("intend this MOU to meet");
  });

  it("sets the next review from the MOU's own interval, shortened by a law that demands more often", () => {
    expect(reviewIntervalYears(null, [])).toBe(1);
    expect(reviewIntervalYears(2, [])).toBe(2);
    expect(reviewIntervalYears(2, ["washington"])).toBe(1);
    expect(reviewIntervalYears(3, ["virginia"])).toBe(2);
    // the review interval is read from the signed version (signed here directly: its open items do not matter)
    const signed = (p: Project): Project => ({
      ...p,
      signed: {
        signedOn: "2026-06-15",
        signedBy: "Both heads",
        recordedAt: null,
        recordedBy: "",
        finalExportedAt: null,
      },
    });
    const start = new Date("2027-05-01T09:00:00Z");
    const every2 = setAnswer(resolved(), "agency", "amendment", "reviewYears", 2, t0);
    expect(startReview(signed(resolved()), "agency", start).review?.nextReviewOn).toBe("2028-05-01");
    expect(startReview(signed(every2), "agency", start).review?.nextReviewOn).toBe("2029-05-01");
    expect(startReview(signed(choose(every2, "washington")), "agency", start).review?.nextReviewOn).toBe(
      "2028-05-01",
    );
  });

  it("refuses a file naming a law this app does not know", () => {
    const r = loadProject({ ...resolved(), profiles: ["atlantis"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { path: "profiles[0]", message: 'Unknown law or grant profile "atlantis".' },
    ]);
  });

  it("merges a law chosen in one office into the other's copy", () => {
    const base = markExchanged(resolved());
    const theirs = choose(base, "texas");
    const r = mergeProjects(base.exchangeBase, base, theirs, "agency", t0);
    expect(r.project.profiles).toEqual(["texas"]);
    expect(r.conflicts).toEqual([]);
  });
});
