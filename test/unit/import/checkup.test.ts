import { describe, expect, it } from "vitest";
import { analyseSource } from "../../../src/import/analyse";
import { buildCheckup } from "../../../src/import/checkup";
import { buildCheckupDocument, CHECKUP_TITLE } from "../../../src/import/checkup-document";
import { readDocx } from "../../../src/import/read-docx";
import { projectFromImport } from "../../../src/import/to-project";
import { PROFILES } from "../../../src/profiles";
import { projectFacts } from "../../../src/project/facts";
import { parseProjectFile, serializeProject } from "../../../src/project/file";
import { createProject } from "../../../src/project/new-project";
import { render } from "../../../src/render/registry";
import { NASRO } from "../../../src/topics/sources";
import { TOPICS } from "../../../src/topics";
import { cedarFallsDocx } from "../../fixtures/import/cedar-falls-docx";
import { importFixture } from "./fixtures";

const facts = projectFacts(createProject("check-up"));
const washington = PROFILES.filter((p) => p.id === "washington");

describe("the check-up of an imported MOU", () => {
  it("gives every recommended topic a status, with totals", () => {
    const checkup = buildCheckup(importFixture("maple-valley-decimal.txt"), facts);
    const recommended = TOPICS.filter((t) => t.required && t.sources.includes(NASRO)).map((t) => t.id);
    expect(checkup.topics.map((t) => t.topicId)).toEqual(recommended);
    const { addressed, partly, notAddressed } = checkup.totals;
    expect(addressed + partly + notAddressed).toBe(recommended.length);
    const status = new Map(checkup.topics.map((t) => [t.topicId, t.status]));
    expect(status.get("formal-discipline")).toBe("addressed");
    expect(status.get("selection")).toBe("addressed");
    expect(status.get("long-guns")).toBe("notAddressed");
    const discipline = checkup.topics.find((t) => t.topicId === "formal-discipline");
    expect(discipline?.clauses.map((c) => c.number)).toEqual(["4.2", "4.2(a)", "4.2(b)"]);
    const guidance = TOPICS.find((t) => t.id === "formal-discipline")?.summary ?? "";
    expect(guidance.startsWith(discipline?.summary ?? "-")).toBe(true);
    expect(discipline?.summary.length).toBeLessThanOrEqual(Math.max(300, guidance.indexOf(".") + 1));
    expect(discipline?.summary).toMatch(/\.$/);
    // common-practice topics the MOU settles are listed apart
    expect(checkup.otherTopics.map((t) => t.topicId)).toEqual(
      expect.arrayContaining(["publication", "billing"]),
    );
  });

  it("finds the departures the stated values show, and marks the topic partly addressed", async () => {
    const result = analyseSource(await readDocx(await cedarFallsDocx()), "cedar-falls.docx");
    const checkup = buildCheckup(result, facts);
    const training = checkup.topics.find((t) => t.topicId === "training");
    expect(training?.status).toBe("partly");
    expect(training?.suggestions.map((s) => [s.fieldKey, s.value])).toEqual([["preAssignmentHours", 32]]);
    expect(training?.departures.map((d) => d.message)).toEqual([expect.stringMatching(/40|hours/)]);
    // 5 years of experience meets the recommendation of 3
    expect(checkup.topics.find((t) => t.topicId === "selection")?.status).toBe("addressed");
  });

  it("checks each requirement of a chosen profile", () => {
    const checkup = buildCheckup(importFixture("maple-valley-decimal.txt"), facts, washington);
    const rows = checkup.requirements.map((r) => [r.topicId, r.status]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["staff-calls", "addressed"],
        ["complaints", "notAddressed"],
        ["family-and-community", "addressed"],
      ]),
    );
    expect(checkup.requirements.every((r) => r.profileId === "washington")).toBe(true);
  });

  it("renders through the registry, quoting the MOU's clauses with their numbers", async () => {
    const result = importFixture("harlow-articles.txt");
    const doc = buildCheckupDocument(result, buildCheckup(result, facts, washington), { date: "2026-11-28" });
    const md = new TextDecoder().decode(
      await render("markdown", doc, { loadFont: () => Promise.reject(new Error("no fonts")) }),
    );
    expect(md).toContain(`# ${CHECKUP_TITLE}`);
    expect(md).toMatch(/Of the \d+ topics the NASRO recommendations name, the MOU addresses \d+/);
    expect(md).toContain("**The MOU, Section 4.01:**");
    expect(md).toContain("Minimum years of law enforcement experience: 4 (“four (4)”)");
    expect(md).toContain("Requirements of the Chosen Laws and Grants");
    expect(md).toContain("Agency: Harlow County Sheriff's Office");
  });

  it("makes a project that loads, with the parties found and no answer applied", () => {
    const result = importFixture("maple-valley-decimal.txt");
    const project = projectFromImport(result, new Date("2026-11-28T12:00:00Z"));
    const loaded = parseProjectFile(serializeProject(project, null));
    expect(loaded.ok).toBe(true);
    expect(project.parties.agency).toMatchObject({
      name: "City of Maple Valley Police Department",
      kind: "police-department",
    });
    expect(project.parties.district.name).toBe("Maple Valley School District No. 12");
    expect(project.parties.signatories.map((s) => s.name)).toEqual([
      "Jordan Reyes",
      "Avery Lindqvist",
      "Sam Okafor",
    ]);
    expect(Object.values(project.topics).every((t) => Object.keys(t.answers).length === 0)).toBe(true);
  });
});
