import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  acknowledgeDeparture,
  setAnswer,
  setAnswers,
  setIncluded,
  setPosition,
  updateAgreementDetails,
} from "../../src/project/actions";
import { loadProject } from "../../src/project/load";
import { openItems, openItemsOf, rankOpenItems } from "../../src/project/open-items";
import type { Project } from "../../src/project/schema";
import { progress } from "../../src/project/status";
import { TOPICS } from "../../src/topics";

function minimal(): Project {
  const result = loadProject(JSON.parse(readFileSync("test/fixtures/good/minimal/project.json", "utf8")));
  if (!result.ok) throw new Error("minimal fixture does not load");
  return result.project;
}
const t0 = new Date("2026-06-01T09:00:00Z");
const summary = (p: Project, topic: string) =>
  openItemsOf(topic, p).map((i) => `${i.reason}:${i.field ?? ""}:${i.waitingOn.join("+")}`);

describe("openItems", () => {
  it("lists each required blank, for the agency to fill before anyone has proposed, and that neither party has agreed", () => {
    expect(summary(minimal(), "formal-discipline")).toEqual([
      "blank:sroRole:agency",
      "blank:noArrestForDiscipline:agency",
      "not-agreed::agency+district",
    ]);
  });

  it("gives a blank to the side drafting the topic, and a Party's own details to that Party", () => {
    // the district proposes a text with a blank: the blank is the district's to fill
    let p = setAnswers(minimal(), "district", "formal-discipline", { sroRole: "witness" }, "filled", t0);
    expect(summary(p, "formal-discipline")).toContain("blank:noArrestForDiscipline:district");
    p = setAnswers(p, "agency", "formal-discipline", { sroRole: "none" }, "revised", t0);
    expect(summary(p, "formal-discipline")).toContain("blank:noArrestForDiscipline:agency");
    const noNames = updateAgreementDetails(
      minimal(),
      "agency",
      {
        parties: {
          ...minimal().parties,
          agency: { ...minimal().parties.agency, name: "" },
          district: { ...minimal().parties.district, name: "" },
        },
      },
      "cleared",
      t0,
    );
    const parties = TOPICS.find((t) => t.coversParties)?.id ?? "";
    expect(summary(noNames, parties)).toEqual(
      expect.arrayContaining(["blank:parties.agency.name:agency", "blank:parties.district.name:district"]),
    );
  });

  it("ranks the most urgent first: an objection above a request to agree above a blank", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    p = setPosition(p, "district", "formal-discipline", "object", "Name who may ask.", t0);
    const ranked = rankOpenItems(openItems(p)).map((i) => i.reason);
    expect(ranked[0]).toBe("objection");
    expect(ranked.indexOf("not-agreed")).toBeLessThan(ranked.indexOf("blank"));
    expect(ranked.lastIndexOf("not-agreed")).toBeLessThan(ranked.indexOf("blank"));
    expect(rankOpenItems(openItems(p))).toHaveLength(openItems(p).length);
  });

  it("counts a proposal as the proposer's consent and waits for the other side", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    expect(summary(p, "formal-discipline")).toEqual(["not-agreed::district"]);
    p = setPosition(p, "district", "formal-discipline", "agree", "", t0);
    expect(summary(p, "formal-discipline")).toEqual([]);
  });

  it("tells each side whose move it is: your part done, something to do, or objected", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    expect(progress(p, "agency").statuses.get("formal-discipline")).toBe("waiting");
    expect(progress(p, "district").statuses.get("formal-discipline")).toBe("open");
    expect(progress(p).statuses.get("formal-discipline")).toBe("open");
    expect(progress(p, "agency").waiting).toBeGreaterThanOrEqual(1);
    expect(progress(p, "district").statuses.get("formal-discipline")).not.toBe("waiting");
    p = setPosition(p, "district", "formal-discipline", "object", "Name who may ask for a statement.", t0);
    expect(progress(p, "agency").statuses.get("formal-discipline")).toBe("objected");
    expect(progress(p, "district").statuses.get("formal-discipline")).toBe("objected");
  });

  it("shows an objection with its note, waiting on the other side", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    p = setPosition(p, "district", "formal-discipline", "object", "Name who may ask for a statement.", t0);
    const items = openItemsOf("formal-discipline", p);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      reason: "objection",
      waitingOn: ["agency"],
      note: "Name who may ask for a statement.",
    });
  });

  it("flags a departure until a party acknowledges it", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "administers", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    p = setPosition(p, "district", "formal-discipline", "agree", "", t0);
    expect(summary(p, "formal-discipline")).toEqual(["departure:sro-administers-discipline:agency+district"]);
    p = acknowledgeDeparture(
      p,
      "district",
      "formal-discipline",
      "sro-administers-discipline",
      "Small rural district.",
      t0,
    );
    expect(summary(p, "formal-discipline")).toEqual([]);
    expect(progress(p).statuses.get("formal-discipline")).toBe("departs");
  });

  it("asks nothing of an optional topic until it is included", () => {
    const optional = TOPICS.find((t) => !t.required);
    if (!optional) throw new Error("no optional topic");
    const p = minimal();
    expect(openItemsOf(optional.id, p)).toEqual([]);
    expect(openItemsOf(optional.id, setIncluded(p, "agency", optional.id, true, t0)).length).toBeGreaterThan(
      0,
    );
  });

  it("reports missing party details and an empty schedule on the parties topic", () => {
    const p0 = minimal();
    const p = updateAgreementDetails(
      p0,
      "agency",
      { parties: { ...p0.parties, agency: { ...p0.parties.agency, name: "" } }, schools: [] },
      "cleared",
      t0,
    );
    const items = openItemsOf("parties-and-term", p);
    expect(items.map((i) => i.field)).toEqual(expect.arrayContaining(["parties.agency.name"]));
    expect(items.some((i) => i.reason === "invalid" && /schedule of schools is empty/.test(i.message))).toBe(
      true,
    );
  });

  it("is pure: same project, same answer, nothing changed", () => {
    const p = minimal();
    const before = JSON.stringify(p);
    expect(openItems(p)).toEqual(openItems(p));
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe("changing text after the other side agreed", () => {
  it("withdraws the agreement and records why", () => {
    let p = setAnswers(
      minimal(),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
      t0,
    );
    p = setPosition(p, "district", "formal-discipline", "agree", "", t0);
    p = setAnswer(
      p,
      "agency",
      "formal-discipline",
      "notes",
      "The principal asks for statements in writing.",
      t0,
    );
    expect(p.topics["formal-discipline"]?.positions.district.stance).toBe("none");
    expect(p.history.at(-2)?.what).toMatch(/District's agreement was withdrawn because the text changed/);
    expect(summary(p, "formal-discipline")).toEqual(["not-agreed::district"]);
  });

  it("records who changed what and when", () => {
    const p = setAnswer(minimal(), "district", "formal-discipline", "sroRole", "none", t0);
    expect(p.history.at(-1)).toEqual({
      at: t0.toISOString(),
      side: "district",
      kind: "edit",
      topicId: "formal-discipline",
      what: 'Changed "SRO\'s role in Formal Discipline".',
      text: true,
    });
    // a position is not a change of the text
    const agreed = setPosition(p, "agency", "formal-discipline", "agree", "", t0);
    expect(agreed.history.at(-1)?.text).toBeUndefined();
    expect(agreed.history.at(-1)?.kind).toBe("position");
  });
});
