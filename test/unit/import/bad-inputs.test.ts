import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { readImport } from "../../../src/cli/import";
import { CliError } from "../../../src/cli/job";
import { FIXTURES } from "./fixtures";

/**
 * Files the import cannot take, read as the command line reads them (readImport): each is refused
 * with a message that says what is wrong and names the file, never a stack trace or a half import.
 */
const dir = mkdtempSync(join(tmpdir(), "import-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The message readImport refuses the file with; fails the test if the file is imported. */
async function refusal(path: string): Promise<string> {
  try {
    await readImport(path);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error(`${path} was imported`);
}

/** A 1×1 grey PNG: a page with a picture and no text, as a scanner makes. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const DUTIES = [
  "patrols the grounds",
  "meets the principal",
  "teaches a class",
  "mentors students",
  "joins the safety team",
  "walks the halls",
  "greets the buses",
  "writes a report",
  "visits the gym",
  "checks the doors",
  "talks with parents",
  "attends a drill",
];

/** A PDF of `pages` pages, three numbered clauses a page (no line on most pages, so none is a running header). */
async function pdfOfPages(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let n = 0; n < pages; n++) {
    const page = pdf.addPage([612, 792]);
    for (let k = 0; k < 3; k++)
      page.drawText(`${3 * n + k + 1}. The officer ${DUTIES[(3 * n + k) % DUTIES.length] ?? ""}.`, {
        x: 72,
        y: 700 - 20 * k,
        font,
      });
  }
  return pdf.save();
}

describe("files the import refuses, with a clear message", () => {
  it("an empty file", async () => {
    const path = file("empty.docx", new Uint8Array());
    expect(await refusal(path)).toBe(`${path}: The file is empty.`);
  });

  it("a ZIP renamed .docx", async () => {
    const path = file("minutes.docx", zipSync({ "notes.txt": strToU8("minutes of the meeting") }));
    expect(await refusal(path)).toMatch(/minutes\.docx: .*ZIP archive but not a Word document/);
  });

  it("a PDF locked with a password", async () => {
    const message = await refusal(`${FIXTURES}/encrypted.pdf`);
    expect(message).toMatch(/encrypted\.pdf: This PDF is protected by a password/);
    expect(message).toContain("Import a copy without a password");
  });

  it("a PDF of scanned pages, with pictures and no text", async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(PNG);
    for (let n = 0; n < 3; n++)
      pdf.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
    const message = await refusal(file("scan.pdf", await pdf.save()));
    expect(message).toMatch(/scan\.pdf: This PDF has no text to read: it is probably a scan/);
  });

  it("a 200-page PDF, refused by its page count before any page is read", async () => {
    const message = await refusal(file("binder.pdf", await pdfOfPages(200)));
    expect(message).toMatch(/binder\.pdf: This PDF has 200 pages; .*at most 150 are read/);
  });

  it("while a PDF of 150 pages, the most read, is imported", async () => {
    const result = await readImport(file("long.pdf", await pdfOfPages(150)));
    expect(result.source.pages).toBe(150);
    expect(result.clauses.filter((c) => c.part === "body").length).toBeGreaterThan(400);
  }, 30_000);
});
