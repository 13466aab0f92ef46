import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { setAnswer } from "../../src/project/actions";
import { createProject } from "../../src/project/new-project";
import { openItems } from "../../src/project/open-items";
import { isBlank, isEmptyRow } from "../../src/topics/define";

describe("rows added and never filled in", () => {
  it("are no answer: a table or list of empty entries is blank", () => {
    expect(isEmptyRow({})).toBe(true);
    expect(isEmptyRow({ course: "  ", hours: null })).toBe(true);
    expect(isEmptyRow({ course: "Basic SRO course", hours: null })).toBe(false);
    expect(isEmptyRow({ hours: 0 })).toBe(false);
    expect(isBlank([{}, { course: "" }])).toBe(true);
    expect(isBlank(["", "  "])).toBe(true);
    expect(isBlank([{}, { course: "Basic SRO course" }])).toBe(false);
    expect(isBlank(["Teen court"])).toBe(false);
  });

  it("leave a required table unanswered, and print no empty row in its exhibit", () => {
    const empty = setAnswer(createProject("T"), "agency", "training", "trainingPlan", [{}, {}]);
    const plan = openItems(empty).filter((i) => i.topicId === "training" && i.field === "trainingPlan");
    expect(plan.map((i) => i.reason)).toEqual(["blank"]);

    const one = setAnswer(empty, "agency", "training", "trainingPlan", [
      {},
      { course: "Basic SRO course", timing: "Before assignment", attendees: "SRO", hours: 40 },
      { course: null, timing: null },
    ]);
    expect(
      openItems(one).filter((i) => i.topicId === "training" && i.field === "trainingPlan"),
    ).not.toContainEqual(expect.objectContaining({ reason: "blank" }));
    const table = assemble(one, { mode: "draft" }).blocks.find(
      (b) => b.kind === "table" && b.role === undefined && b.header.includes("Course"),
    );
    if (!table || table.kind !== "table") throw new Error("no training exhibit");
    expect(table.rows).toHaveLength(1);
  });

  it("a row that says something but not what it is (its first column blank) is an open item", () => {
    const p = setAnswer(createProject("T"), "agency", "training", "trainingPlan", [
      { course: "Basic SRO course", timing: "Before assignment", attendees: "SRO", hours: 40 },
      { course: " ", timing: "Each August", hours: 8 },
    ]);
    const items = openItems(p).filter((i) => i.reason === "blank" && i.field?.startsWith("trainingPlan"));
    expect(items).toEqual([
      expect.objectContaining({
        field: "trainingPlan.1.course",
        message: "Course 2: Course is missing.",
        waitingOn: ["agency"],
      }),
    ]);
  });
});
