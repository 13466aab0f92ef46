import { readFileSync } from "node:fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import type { Format } from "../../src/render/registry";
import { render } from "../../src/render/registry";
import { agreedVersions } from "../../src/verify/agreed";
import type { AgreedVersion, CheckResult } from "../../src/verify/compare";
import { checkCopy } from "../../src/verify/compare";
import { CopyReadError } from "../../src/verify/copy";
import { extractDocx } from "../../src/verify/extract-docx";
import { extractPdf } from "../../src/verify/extract-pdf";
import { docxPart, docxWithPart, libreOfficeToPdf, write, workDir } from "./tools";

/** The files a signer may bring back: the app's own, and what a word processor makes of its DOCX. */
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const readPdf = (path: string) => extractPdf(bytesOf(path), pdfjs);
const readDocx = (path: string) => extractDocx(bytesOf(path));

function differences(result: CheckResult) {
  return "differences" in result ? result.differences : [];
}

describe("checking signed copies of the resolved fixture's MOU", () => {
  let versions: AgreedVersion[];
  let print: string;
  const files: Partial<Record<Format, string>> = {};
  let edited: string;

  beforeAll(async () => {
    const loaded = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
    if (!loaded.ok) throw new Error("resolved fixture does not load");
    versions = agreedVersions(loaded.project);
    const doc = buildDocument(loaded.project, { mode: "final" });
    print = doc.meta.fingerprint?.short ?? "";
    for (const format of ["pdf", "docx"] as const)
      files[format] = write(
        `check-${format}.${format}`,
        await render(format, doc, { loadFont: loadFontNode, now: new Date("2026-08-01T12:00:00Z") }),
      );
    // a signer edits one word of the DOCX (clause 11.1: 90 days' notice becomes 30)
    const xml = docxPart(files.docx ?? "", "word/document.xml");
    expect(xml.match(/at least 90 days&apos; written notice/g)).toHaveLength(1);
    edited = docxWithPart(
      files.docx ?? "",
      "word/document.xml",
      xml.replace("at least 90 days&apos; written notice", "at least 30 days&apos; written notice"),
      `${workDir}/check-edited.docx`,
    );
  });

  it("the agreed versions are the one signature-ready text the fixture has", () => {
    expect(versions.map((v) => v.doc.meta.fingerprint?.short)).toEqual([print]);
  });

  it("the signature-ready PDF matches, read by pdf.js", async () => {
    expect(checkCopy(await readPdf(files.pdf ?? ""), versions)).toMatchObject({
      kind: "match",
      printed: [print],
      pagesWithoutFingerprint: [],
    });
  });

  it("the signature-ready DOCX matches, its fingerprint read from its footer", () => {
    expect(checkCopy(readDocx(files.docx ?? ""), versions)).toMatchObject({
      kind: "match",
      printed: [print],
    });
  });

  it("LibreOffice's PDF of the DOCX matches (the DOCX printed to PDF, Word's numbering laid out)", async () => {
    expect(checkCopy(await readPdf(libreOfficeToPdf(files.docx ?? "")), versions)).toMatchObject({
      kind: "match",
      printed: [print],
    });
  });

  it("a DOCX with one word changed differs at that word, in clause 11.1", () => {
    const result = checkCopy(readDocx(edited), versions);
    expect(result.kind).toBe("wordsDiffer");
    expect(differences(result)).toEqual([
      expect.objectContaining({ agreed: "90", copy: "30", place: "clause 11.1", page: null }),
    ]);
  });

  it("LibreOffice's PDF of that DOCX differs at the same word, on the page it prints it", async () => {
    const result = checkCopy(await readPdf(libreOfficeToPdf(edited)), versions);
    expect(result.kind).toBe("wordsDiffer");
    const found = differences(result);
    expect(found).toEqual([expect.objectContaining({ agreed: "90", copy: "30", place: "clause 11.1" })]);
    expect(found[0]?.page).toBeGreaterThan(10);
  });

  it("refuses a file that is not what it says, with the reason", async () => {
    const fake = write("not-a.pdf", new TextEncoder().encode("%PDF-1.7\nthis is not a PDF"));
    await expect(readPdf(fake)).rejects.toThrow(CopyReadError);
    expect(() => extractDocx(new TextEncoder().encode("PK\u0003\u0004 nonsense"))).toThrow(
      /could not be unpacked/,
    );
  });
});
