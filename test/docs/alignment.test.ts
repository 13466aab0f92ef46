import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ALIGNMENT_LABELS, topicAlignment } from "../../src/document/alignment";
import { buildAlignmentReport } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { TOPICS } from "../../src/topics";
import { pandocText, pdfPages, pdfText, run, workDir, write } from "./tools";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problems)}`);
  return r.project;
}

const flat = (s: string) => s.replace(/\s+/g, " ");
const sample = load("public/sample.mou.json");
const NOTE =
  "The two elementary Schools share one SRO for now; the Parties will look at a sixth SRO at the yearly staffing review. (acknowledged by the Agency)";

/** What every rendering of the sample's report must say. */
function expectReportWords(text: string): void {
  expect(text).toContain("Alignment with the NASRO Recommendations");
  expect(text).toContain("Maple Grove Police Department and Maple Grove Unified School District");
  for (const t of TOPICS) expect(text, t.title).toContain(t.title);
  for (const r of topicAlignment(sample)) expect(text, r.topicId).toContain(ALIGNMENT_LABELS[r.status]);
  expect(text).toContain(NOTE);
  expect(text).toContain("Not yet acknowledged.");
  expect(text).toContain("National Association of School Resource Officers (NASRO)");
  // a report, not the MOU: nothing to sign
  expect(text).not.toMatch(/Signature|Approved as to form/);
}

describe("the alignment report, rendered through the registry", () => {
  const doc = buildAlignmentReport(sample);

  it("reads back from the PDF with every topic, status and note, its header and footer on each page", async () => {
    const pdf = write("alignment.pdf", await render("pdf", doc, { loadFont: loadFontNode }));
    const text = flat(pdfText(pdf));
    expectReportWords(text);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const page = flat(pdfText(pdf, p));
      expect(page, `page ${p}`).toContain(doc.meta.header);
      expect(page, `page ${p}`).toContain(doc.meta.footer);
      expect(page, `page ${p}`).toContain(`Page ${p} of ${pages}`);
    }
  });

  it("reads back from the DOCX, as pandoc sees it, with the same words", async () => {
    const docx = write("alignment.docx", await render("docx", doc, { loadFont: loadFontNode }));
    expectReportWords(flat(pandocText(docx)));
  });

  it("renders as Markdown with the same words", async () => {
    const md = new TextDecoder().decode(await render("markdown", doc, { loadFont: loadFontNode }));
    // pandoc reads the Markdown's tables back into plain text
    const plain = flat(
      run("pandoc", [
        "-f",
        "markdown",
        "-t",
        "plain",
        "--wrap=none",
        write("alignment.md", new TextEncoder().encode(md)),
      ]),
    );
    expectReportWords(plain);
  });
});

function mou(...args: string[]) {
  const r = spawnSync(process.execPath, ["dist-cli/mou.js", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run mou -- report", () => {
  beforeAll(() => {
    run("npx", ["vite", "build", "--config", "vite.cli.config.ts"], { timeout: 120_000 });
  });

  it("writes the report of a draft as a PDF, and of a resolved MOU as a DOCX", () => {
    const pdf = join(workDir, "cli-report.pdf");
    const r = mou("report", "public/sample.mou.json", "--format", "pdf", "--out", pdf);
    expect(r.stderr).toContain("alignment report");
    expect(r.code).toBe(0);
    const text = flat(pdfText(pdf));
    expectReportWords(text);
    expect(text).toContain("The MOU is still a draft");

    const docx = join(workDir, "cli-report.docx");
    const resolved = mou(
      "report",
      "test/fixtures/good/resolved/project.json",
      "--format",
      "docx",
      "--out",
      docx,
    );
    expect(resolved.code).toBe(0);
    const words = flat(pandocText(docx));
    expect(words).toContain("The MOU has no open items");
    expect(words).toContain("Departs, as the Parties acknowledged");
  });

  it("adds the alignment annex to a draft on request, and refuses it for a signature-ready MOU", () => {
    const pdf = join(workDir, "cli-alignment-annex.pdf");
    const args = ["render", "public/sample.mou.json", "--format", "pdf", "--mode", "draft", "--out", pdf];
    expect(mou(...args, "--alignment").code).toBe(0);
    const text = flat(pdfText(pdf));
    expect(text).toContain("Annex: Alignment with the NASRO Recommendations");
    expect(text).toContain(NOTE);
    expect(text).not.toContain("Annex: Departures");
    const final = mou(
      "render",
      "test/fixtures/good/resolved/project.json",
      "--format",
      "pdf",
      "--mode",
      "final",
      "--out",
      pdf,
      "--alignment",
    );
    expect(final.code).toBe(2);
    expect(final.stderr).toContain("--alignment is for drafts");
    expect(final.stderr).toContain('"npx mou report"');
  });

  it("says what is missing", () => {
    expect(mou("report", "public/sample.mou.json", "--format", "pdf").stderr).toMatch(/Missing --out/);
    expect(mou("report", "public/sample.mou.json", "--format", "odt", "--out", "x").stderr).toMatch(
      /--format must be docx or pdf or markdown/,
    );
    expect(mou("report").stderr).toMatch(/No project file given/);
  });
});
