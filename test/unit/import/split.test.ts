import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/import/read-docx";
import { readText } from "../../../src/import/read-text";
import { splitClauses } from "../../../src/import/split";
import type { ImportedClause, SourceLine } from "../../../src/import/types";
import { cedarFallsDocx } from "../../fixtures/import/cedar-falls-docx";

const split = (text: string) => splitClauses(readText(text));
const numbered = (clauses: readonly ImportedClause[]) =>
  clauses.filter((c) => c.number !== null).map((c) => [c.number, c.level, c.heading, c.text]);

describe("splitting an agreement into clauses", () => {
  it('reads "1." / "1.1" / "(a)" with headings, levels and parents', () => {
    const clauses = split(
      [
        "1. PURPOSE",
        "1.1 The program keeps students safe.",
        "1.2 Duties. The officer shall:",
        "(a) patrol the grounds;",
        "(b) teach a class.",
        "2. TERM",
        "2.1 This MOU runs for one year.",
      ].join("\n"),
    );
    expect(numbered(clauses)).toEqual([
      ["1.", 0, "PURPOSE", ""],
      ["1.1", 1, null, "The program keeps students safe."],
      ["1.2", 1, "Duties", "The officer shall:"],
      ["(a)", 2, null, "patrol the grounds;"],
      ["(b)", 2, null, "teach a class."],
      ["2.", 0, "TERM", ""],
      ["2.1", 1, null, "This MOU runs for one year."],
    ]);
    const byNumber = new Map(clauses.map((c) => [c.number, c]));
    expect(byNumber.get("(b)")?.parentId).toBe(byNumber.get("1.2")?.id);
    expect(byNumber.get("2.1")?.parentId).toBe(byNumber.get("2.")?.id);
  });

  it('reads "ARTICLE IV" with its heading on the next line, and "Section 4.01" beneath it', () => {
    const clauses = split(
      [
        "ARTICLE IV",
        "PERSONNEL",
        "",
        "Section 4.01 Selection. The parties interview candidates together.",
        "Section 4.02 Training. Each deputy completes forty (40) hours of",
        "training before starting.",
        "Article V Costs",
        "§ 5.1 The District pays half.",
      ].join("\n"),
    );
    expect(numbered(clauses)).toEqual([
      ["ARTICLE IV", 0, "PERSONNEL", ""],
      ["Section 4.01", 1, "Selection", "The parties interview candidates together."],
      ["Section 4.02", 1, "Training", "Each deputy completes forty (40) hours of training before starting."],
      ["Article V", 0, "Costs", ""],
      ["§ 5.1", 1, null, "The District pays half."],
    ]);
  });

  it('reads "ARTICLE 4" in figures, "1)" and "(1)"', () => {
    const clauses = split(
      ["ARTICLE 4 - COSTS", "1) The District pays.", "(1) Salary;", "(2) Benefits."].join("\n"),
    );
    expect(numbered(clauses).map(([n, l, h]) => `${n}@${l}:${h}`)).toEqual([
      "ARTICLE 4@0:COSTS",
      "1)@1:null",
      "(1)@2:null",
      "(2)@2:null",
    ]);
  });

  it('reads roman "IV." and lettered "A." and tells "C." and "I." apart by what came before', () => {
    const clauses = split(
      [
        "I. PURPOSE",
        "A. The program builds trust.",
        "B. It keeps schools safe.",
        "C. It is reviewed each year.",
        "II. DUTIES",
        "A. The officer patrols.",
        "(i) on school days;",
        "(ii) at events.",
        "III. TERM",
        "IV. COSTS",
        "a. Salary is shared.",
      ].join("\n"),
    );
    expect(numbered(clauses).map(([n, l]) => `${n}@${l}`)).toEqual([
      "I.@0",
      "A.@1",
      "B.@1",
      "C.@1",
      "II.@0",
      "A.@1",
      "(i)@2",
      "(ii)@2",
      "III.@0",
      "IV.@0",
      "a.@1",
    ]);
  });

  it("keeps paragraphs without numbers, each under the heading it follows", () => {
    const clauses = split(
      [
        "MEMORANDUM OF UNDERSTANDING",
        "",
        "This MOU is made between the Town Police Department and the Town School District.",
        "",
        "Training",
        "",
        "The officer completes the basic course before the first day of school.",
        "",
        "The officer attends a conference each year.",
        "",
        "Costs",
        "",
        "The District pays the salary for the school year.",
      ].join("\n"),
    );
    const body = clauses.filter((c) => c.part === "body");
    expect(body.map((c) => [c.heading, c.text.slice(0, 24), c.level])).toEqual([
      ["Training", "", 0],
      [null, "The officer completes th", 1],
      [null, "The officer attends a co", 1],
      ["Costs", "", 0],
      [null, "The District pays the sa", 1],
    ]);
    expect(body[2]?.parentId).toBe(body[0]?.id);
    expect(clauses.filter((c) => c.part === "preamble").map((c) => c.text)).toEqual([
      "MEMORANDUM OF UNDERSTANDING",
      "This MOU is made between the Town Police Department and the Town School District.",
    ]);
  });

  it('drops running headers, footers and "Page 3 of 9" where pages are known (a form feed between pages)', () => {
    const page = (n: number, body: string[]) =>
      ["Riverton SRO Agreement — Confidential Draft", ...body, `Page ${n} of 3`].join("\n");
    const text = [
      page(1, ["1. The officer patrols the grounds."]),
      page(2, ["2. The District pays half of the salary."]),
      page(3, ["3. Either party may terminate on notice."]),
    ].join("\f");
    const clauses = split(text);
    expect(clauses.map((c) => c.text)).toEqual([
      "The officer patrols the grounds.",
      "The District pays half of the salary.",
      "Either party may terminate on notice.",
    ]);
    expect(clauses.map((c) => c.page)).toEqual([1, 2, 3]);
  });

  it("drops page labels and the header beside them in pasted text without page breaks", () => {
    const text = [
      "1. The officer patrols.",
      "Riverton SRO Agreement",
      "Page 1 of 3",
      "2. The District pays.",
      "Riverton SRO Agreement",
      "Page 2 of 3",
      "3. Either party may terminate.",
      "Riverton SRO Agreement",
      "Page 3 of 3",
    ].join("\n");
    expect(split(text).map((c) => c.text)).toEqual([
      "The officer patrols.",
      "The District pays.",
      "Either party may terminate.",
    ]);
  });

  it("recognises the signature blocks and the exhibits after them", () => {
    const clauses = split(
      [
        "1. Either party may end this MOU.",
        "",
        "IN WITNESS WHEREOF, the parties sign below.",
        "TOWN POLICE DEPARTMENT",
        "By: ____________",
        "Name: Pat Lee",
        "Title: Chief of Police",
        "Date: ______",
        "",
        "EXHIBIT A",
        "SCHEDULE OF SCHOOLS",
        "Town High School: one officer.",
        "",
        "Attachment 2: Cost Schedule",
        "The District pays 50%.",
        "",
        "Appendix C",
        "Data form.",
      ].join("\n"),
    );
    const parts = clauses.map((c) => `${c.part}:${c.number ?? c.text.slice(0, 12)}`);
    expect(parts).toEqual([
      "body:1.",
      "signatures:IN WITNESS W",
      "signatures:TOWN POLICE ",
      "signatures:By: ________",
      "signatures:Name: Pat Le",
      "signatures:Title: Chief",
      "signatures:Date: ______",
      "exhibit:Exhibit A",
      "exhibit:Town High Sc",
      "exhibit:Attachment 2",
      "exhibit:The District",
      "exhibit:Appendix C",
      "exhibit:Data form.",
    ]);
    const exhibitA = clauses.find((c) => c.number === "Exhibit A");
    expect(exhibitA?.heading).toBe("SCHEDULE OF SCHOOLS");
    expect(clauses.find((c) => c.text === "Town High School: one officer.")).toMatchObject({
      exhibit: "Exhibit A: SCHEDULE OF SCHOOLS",
      parentId: exhibitA?.id,
    });
    expect(clauses.find((c) => c.text === "The District pays 50%.")?.exhibit).toBe(
      "Attachment 2: Cost Schedule",
    );
  });

  it('reads "ARTICLE II" with lettered "A." paragraphs that restart under each article, and a two-column signature table', () => {
    const clauses = split(
      [
        "ARTICLE I",
        "PURPOSE AND TERM",
        "A. The program keeps schools safe.",
        "B. This Agreement runs for two years.",
        "ARTICLE II",
        "DUTIES",
        "A. The officer does not discipline students.",
        "B. The officer may teach classes.",
        "",
        "Signed by the parties on the dates below.",
        "FOR THE CITY OF JUNIPER\tFOR JUNIPER PUBLIC SCHOOLS",
        "By: __________\tBy: __________",
        "Name: Priya Castellanos\tName: Walter Fenn",
        "EXHIBIT B",
        "WORK WEEK",
        "The officer is on campus eight hours a day.",
      ].join("\n"),
    );
    const byId = new Map(clauses.map((c) => [c.id, c]));
    expect(
      clauses
        .filter((c) => c.part === "body")
        .map(
          (c) => `${c.number ?? "-"}@${c.level} under ${(c.parentId && byId.get(c.parentId)?.number) ?? "-"}`,
        ),
    ).toEqual([
      "ARTICLE I@0 under -",
      "A.@1 under ARTICLE I",
      "B.@1 under ARTICLE I",
      "ARTICLE II@0 under -",
      "A.@1 under ARTICLE II",
      "B.@1 under ARTICLE II",
    ]);
    expect(clauses.find((c) => c.number === "ARTICLE II")?.heading).toBe("DUTIES");
    // the line that says the Parties sign below opens the signature blocks, not a clause of Article II
    expect(clauses.filter((c) => c.part === "signatures").map((c) => c.text.slice(0, 12))).toEqual([
      "Signed by th",
      "FOR THE CITY",
      "By: ________",
      "Name: Priya ",
    ]);
    expect(clauses.find((c) => c.text.startsWith("The officer is on campus"))?.exhibit).toBe(
      "Exhibit B: WORK WEEK",
    );
  });

  it('keeps a clause that only mentions signing ("may be signed in counterparts") in the body', () => {
    const clauses = split(
      [
        "1. This MOU may be signed in counterparts, each an original.",
        "2. Signed copies are kept by both.",
      ].join("\n"),
    );
    expect(clauses.map((c) => [c.number, c.part])).toEqual([
      ["1.", "body"],
      ["2.", "body"],
    ]);
  });

  it("does not take a sentence that mentions an exhibit, a year or an amount for a heading or a number", () => {
    const clauses = split(
      [
        "1. Exhibit A lists the schools the officers serve.",
        "2. The District pays 2025 costs and",
        "2025 shall be the first year.",
      ].join("\n"),
    );
    expect(clauses.map((c) => [c.number, c.part])).toEqual([
      ["1.", "body"],
      ["2.", "body"],
    ]);
    expect(clauses[1]?.text).toBe("The District pays 2025 costs and 2025 shall be the first year.");
  });
});

describe("reading a DOCX", () => {
  it("gives Word's automatic numbers (1. / 1.1 / (a)), which are not text in the file", async () => {
    const source = await readDocx(await cedarFallsDocx());
    expect(source.warnings).toEqual([]);
    const numbers = source.lines.flatMap((l: SourceLine) => (l.listNumber ? [l.listNumber] : []));
    expect(numbers.slice(0, 9)).toEqual(["1.", "1.1", "2.", "2.1", "3.", "3.1", "3.2", "3.3", "(a)"]);
    const clauses = splitClauses(source);
    expect(clauses.find((c) => c.number === "3.")?.heading).toBe("DUTIES OF THE OFFICER");
    expect(clauses.find((c) => c.number === "(c)")?.text).toMatch(/^advise the principal/);
    // the two-column signature table: each party's block, in order
    const signatures = clauses.filter((c) => c.part === "signatures").map((c) => c.text);
    expect(signatures).toContain("Name: Riley Natterson");
    expect(signatures).toContain("Title: Superintendent");
    expect(clauses.find((c) => c.number === "Exhibit A")?.heading).toBe("Schedule of Schools");
  });
});
