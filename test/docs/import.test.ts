import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportResult } from "../../src/import/types";
import { parseProjectFile } from "../../src/project/file";
import { cedarFallsDocx } from "../fixtures/import/cedar-falls-docx";
import { libreOfficeToPdf, pandocText, pdfText, run, workDir, write } from "./tools";

/**
 * The command line built into a folder of this test's own (inside the repository, so it finds
 * node_modules), so that another build of dist-cli running at the same time cannot remove it.
 */
const CLI = "node_modules/.cache/mou-cli-import-test";

function mou(...args: string[]) {
  const r = spawnSync(process.execPath, [join(CLI, "mou.js"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const readImport = (out: string) => JSON.parse(readFileSync(`${out}.import.json`, "utf8")) as ImportResult;
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("npx mou import and npx mou checkup", () => {
  let docx: string;
  let pdf: string;
  const text = "test/fixtures/import/harlow-articles.txt";

  beforeAll(async () => {
    run("npx", ["vite", "build", "--config", "vite.cli.config.ts", "--outDir", CLI], { timeout: 180_000 });
    docx = write("cedar-falls.docx", await cedarFallsDocx());
    // LibreOffice lays the DOCX out: Word's numbers, the running header and "Page X of Y" become text
    pdf = libreOfficeToPdf(docx);
  });

  it("imports a DOCX: a project that loads, with the parties, and the import beside it", () => {
    const out = join(workDir, "cedar-docx.mou.json");
    const r = mou("import", docx, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Imported .*cedar-falls\.docx: \d+ clauses \(\d+ assigned to a topic/);
    const loaded = parseProjectFile(readFileSync(out, "utf8"));
    if (!loaded.ok) throw new Error("the imported project does not load");
    expect(loaded.project.parties.agency.name).toBe("Cedar Falls Police Department");
    expect(loaded.project.parties.district.name).toBe("Cedar Falls Community School District");
    expect(loaded.project.parties.signatories.map((s) => [s.side, s.name, s.title])).toEqual([
      ["agency", "Riley Natterson", "Chief of Police"],
      ["district", "Toni Aberdeen", "Superintendent"],
    ]);
    expect(Object.values(loaded.project.topics).every((t) => Object.keys(t.answers).length === 0)).toBe(true);
    const result = readImport(out);
    expect(result.source).toEqual({ name: "cedar-falls.docx", format: "docx", pages: null });
    const numbers = result.clauses.map((c) => c.number);
    expect(numbers).toEqual(expect.arrayContaining(["1.", "1.1", "3.3", "(a)", "(c)", "7.3", "Exhibit A"]));
    const discipline = result.clauses.find((c) => c.number === "3.1");
    expect(result.mappings.find((m) => m.clauseId === discipline?.id)?.topicId).toBe("formal-discipline");
    expect(result.suggestions.map((s) => [s.fieldKey, s.value])).toEqual(
      expect.arrayContaining([
        ["minYearsExperience", 5],
        ["preAssignmentHours", 32],
        ["withoutCauseDays", 60],
      ]),
    );
  });

  it("imports the PDF LibreOffice made of it: pages known, header and page labels dropped", () => {
    const out = join(workDir, "cedar-pdf.mou.json");
    const r = mou("import", pdf, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const result = readImport(out);
    expect(result.source.format).toBe("pdf");
    expect(result.source.pages).toBeGreaterThanOrEqual(2);
    const words = result.clauses.map((c) => `${c.heading ?? ""} ${c.text}`).join("\n");
    expect(words).not.toMatch(/Page \d+ of \d+/);
    expect(words).not.toContain("Cedar Falls SRO Memorandum of Understanding");
    const c = result.clauses.find((x) => x.number === "4.2");
    expect(c?.text).toMatch(/^The officer shall complete thirty-two \(32\) hours/);
    expect(c?.page).toBe(1);
    expect(result.clauses.find((x) => x.number === "Exhibit A")?.page).toBeGreaterThan(1);
    expect(result.mappings.find((m) => m.clauseId === c?.id)?.topicId).toBe("training");
    // the two-column signature table: each column a block of its own, its caption wrapped on two lines
    expect(result.parties.signatories.map((s) => [s.side, s.organization, s.name, s.title])).toEqual([
      ["agency", "CEDAR FALLS POLICE DEPARTMENT", "Riley Natterson", "Chief of Police"],
      ["district", "CEDAR FALLS COMMUNITY SCHOOL DISTRICT", "Toni Aberdeen", "Superintendent"],
    ]);
    expect(result.parties.title?.value).toBe(
      "Memorandum of Understanding for School Resource Officer Services",
    );
  });

  it("imports DOCX files made by pandoc (nested numbered lists) and by LibreOffice (typed numbers)", () => {
    const md = write(
      "pandoc.md",
      new TextEncoder().encode(
        [
          "# Agreement between the Town Police Department and the Town School District",
          "",
          "1. PURPOSE",
          "",
          "    1. The program keeps students safe and builds trust between students and officers.",
          "    2. Program goals are reviewed each year.",
          "",
          "2. TRAINING",
          "",
          "    1. Each officer completes forty (40) hours of training before assignment.",
          "",
        ].join("\n"),
      ),
    );
    const pandocDocx = join(workDir, "pandoc.docx");
    run("pandoc", [md, "-o", pandocDocx]);
    const out = join(workDir, "pandoc.mou.json");
    expect(mou("import", pandocDocx, "--out", out).code).toBe(0);
    const result = readImport(out);
    // Word prints "1." at both levels of pandoc's lists: the list level tells them apart
    expect(result.clauses.filter((c) => c.part === "body").map((c) => [c.number, c.level])).toEqual([
      ["1.", 0],
      ["1.", 1],
      ["2.", 1],
      ["2.", 0],
      ["1.", 1],
    ]);
    expect(result.mappings.filter((m) => m.topicId !== null).map((m) => m.topicId)).toEqual([
      "purpose-and-goals",
      "purpose-and-goals",
      "purpose-and-goals",
      "training",
      "training",
    ]);
    expect(result.suggestions.map((s) => [s.fieldKey, s.value])).toEqual([["preAssignmentHours", 40]]);

    const converted = run(
      "soffice",
      [
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        workDir,
        "test/fixtures/import/maple-valley-decimal.txt",
      ],
      { timeout: 120_000 },
    );
    expect(converted).toMatch(/maple-valley-decimal\.docx/);
    const lo = join(workDir, "lo.mou.json");
    expect(mou("import", join(workDir, "maple-valley-decimal.docx"), "--out", lo).code).toBe(0);
    const numbers = readImport(lo).clauses.map((c) => c.number);
    expect(numbers).toEqual(
      expect.arrayContaining(["1.", "1.1", "4.2", "(a)", "11.5", "Attachment 1", "Appendix B"]),
    );
  });

  it('imports pasted text in "Article IV / Section 4.01" form', () => {
    const out = join(workDir, "harlow.mou.json");
    expect(mou("import", text, "--out", out).code).toBe(0);
    const result = readImport(out);
    expect(result.clauses.filter((c) => c.number?.startsWith("Section ")).length).toBe(29);
    expect(result.parties.effectiveDate?.value).toBe("2024-07-15");
  });

  it("writes the check-up as a PDF that pdftotext reads, with totals, quoted clauses and a profile", () => {
    const out = join(workDir, "checkup.pdf");
    const r = mou("checkup", text, "--profile", "washington", "--format", "pdf", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/check-up: \d+ addressed, \d+ partly addressed, \d+ not addressed/);
    const t = flat(pdfText(out));
    expect(t).toContain("Check-up of an Existing MOU");
    expect(t).toMatch(
      /Of the \d+ topics the NASRO recommendations name, the MOU addresses \d+, partly addresses \d+ and does not address \d+\./,
    );
    expect(t).toContain("The MOU, Section 4.02:");
    expect(t).toContain("forty (40) hours of school resource officer training");
    expect(t).toContain("Requirements of the Chosen Laws and Grants");
    expect(t).toContain("Washington");
    expect(flat(pdfText(out, 1))).toMatch(/Page 1 of \d+/);
  });

  it("writes the check-up of the PDF as a DOCX and as Markdown", () => {
    const out = join(workDir, "checkup.docx");
    expect(mou("checkup", pdf, "--format", "docx", "--out", out).code).toBe(0);
    const t = flat(pandocText(out));
    expect(t).toContain("Check-up of an Existing MOU");
    expect(t).toMatch(/Training: Partly addressed/);
    expect(t).toContain("Training hours before assignment: 32");
    const md = join(workDir, "checkup.md");
    expect(mou("checkup", docx, "--format", "markdown", "--out", md).code).toBe(0);
    expect(readFileSync(md, "utf8")).toContain("| Formal School Discipline | Addressed | 3.1 |");
  });

  it("refuses what it cannot read, with a clear message", async () => {
    const empty = write("empty.docx", new Uint8Array());
    const zip = join(workDir, "renamed.docx");
    // a ZIP renamed .docx that holds no Word document
    run("python3", [
      "-c",
      "import zipfile,sys;z=zipfile.ZipFile(sys.argv[1],'w');z.writestr('notes.txt','hello');z.close()",
      zip,
    ]);
    const blank = await PDFDocument.create();
    blank.addPage();
    const scan = write("scan.pdf", await blank.save());
    const binary = write("photo.docx", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0x10, 0x4a]));
    const out = join(workDir, "bad.mou.json");
    const cases: Array<[string, RegExp]> = [
      [empty, /The file is empty/],
      [zip, /not a Word document/],
      [scan, /no text to read: it is probably a scan/],
      [binary, /not a Word document \(DOCX\), a PDF or plain text/],
      [join(workDir, "missing.pdf"), /Cannot read/],
    ];
    for (const [file, message] of cases) {
      const r = mou("import", file, "--out", out);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(message);
    }
    expect(mou("checkup", text, "--format", "pdf", "--out", out, "--profile", "nowhere").stderr).toMatch(
      /Unknown profile "nowhere"/,
    );
    expect(mou("import", text).stderr).toContain("Missing --out");
  });
});
