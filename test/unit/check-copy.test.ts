import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { Block } from "../../src/document/ir";
import { pageLabelText } from "../../src/document/ir";
import { blockLines } from "../../src/document/text";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { agreedVersions } from "../../src/verify/agreed";
import type { AgreedVersion, CheckResult } from "../../src/verify/compare";
import { checkCopy } from "../../src/verify/compare";
import type { CopyText } from "../../src/verify/copy";
import { sniffCopy } from "../../src/verify/copy";
import { describeCheck } from "../../src/verify/describe";
import { wordPartText } from "../../src/verify/extract-docx";
import { reviewedProject } from "../support/review-project";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(path);
  return r.project;
}

const project = load("test/fixtures/good/resolved/project.json");
const doc = buildDocument(project, { mode: "final" });
const agreed: AgreedVersion = { label: "the agreed text", doc };
const print = doc.meta.fingerprint?.short ?? "";

/** The lines a block prints in a signature-ready PDF: the signature blocks' names are form fields, not text. */
function pdfLines(b: Block): string[] {
  if (b.kind !== "signatures") return blockLines(b);
  return b.blocks.flatMap((s) => [
    s.caption,
    b.labels.signature,
    b.labels.name,
    b.labels.title,
    b.labels.date,
  ]);
}

/** A copy as pdf.js reads the app's PDF: pages of lines, each with its running header and footer. */
function pdfCopy(lines: readonly string[], footer = doc.meta.footer, perPage = 40): CopyText {
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return {
    format: "pdf",
    pages: pages.map((p, i) =>
      [doc.meta.header, ...p, pageLabelText(doc.meta.pageLabel, i + 1, pages.length), footer].join("\n"),
    ),
    furniture: "",
  };
}

const agreedPdfLines = () => doc.blocks.flatMap(pdfLines);

/** A copy as its DOCX reads: the body without the numbers Word's list numbering prints, the footer apart. */
function docxCopy(blocks: readonly Block[] = doc.blocks): CopyText {
  const body = blocks.flatMap((b) => {
    const lines = blockLines(b);
    if ((b.kind === "clause" || b.kind === "heading") && b.listed && b.number)
      return [lines[0]?.slice(b.number.length + 1) ?? "", ...lines.slice(1)];
    return lines;
  });
  return {
    format: "docx",
    pages: [body.join("\n")],
    furniture: `Page  of \n${doc.meta.footer}\n${doc.meta.header}`,
  };
}

function replaceFirst(lines: readonly string[], find: RegExp, by: string): string[] {
  const at = lines.findIndex((l) => find.test(l));
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.map((l, i) => (i === at ? l.replace(find, by) : l));
}

function differences(result: CheckResult) {
  return "differences" in result ? result.differences : [];
}

describe("checking a signed copy against the agreed text", () => {
  it("a copy of the signature-ready PDF matches, by its fingerprint and every word", () => {
    const result = checkCopy(pdfCopy(agreedPdfLines()), [agreed]);
    expect(result).toMatchObject({ kind: "match", printed: [print], pagesWithoutFingerprint: [] });
    expect(describeCheck(result, "signed.pdf").headline).toBe(
      `“signed.pdf” matches the agreed text: its words are the agreed words, and it carries the fingerprint ${print}.`,
    );
  });

  it("a copy of the DOCX matches without the clause numbers Word computes", () => {
    expect(checkCopy(docxCopy(), [agreed])).toMatchObject({ kind: "match", printed: [print] });
  });

  it("names, titles and dates written into the signature blocks are not differences", () => {
    const lines = agreedPdfLines().flatMap((l) =>
      l === "Date" ? ["Date", "August 3, 2026"] : l === "Name:" ? ["Name: Marcus Bell"] : [l],
    );
    expect(checkCopy(pdfCopy(lines), [agreed]).kind).toBe("match");
  });

  it("a clause added among the signature blocks is a difference", () => {
    const clause = Array.from({ length: 30 }, () => "The District shall also pay the Agency a bonus.").join(
      " ",
    );
    const lines = replaceFirst(agreedPdfLines(), /^Signature$/, `Signature ${clause}`);
    const result = checkCopy(pdfCopy(lines), [agreed]);
    expect(result.kind).toBe("wordsDiffer");
  });

  it("one word changed: says what the copy says, what the agreed text says, and where", () => {
    const lines = replaceFirst(
      agreedPdfLines(),
      /at least 90 days' written notice/,
      "at least 30 days' written notice",
    );
    const result = checkCopy(pdfCopy(lines), [agreed]);
    expect(result.kind).toBe("wordsDiffer");
    const found = differences(result);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ agreed: "90", copy: "30", place: "clause 11.1" });
    expect(found[0]?.page).toBeGreaterThan(1);
    expect(describeCheck(result, "signed.pdf")).toMatchObject({
      tone: "differs",
      headline: `“signed.pdf” carries the fingerprint of the agreed text (${print}), but its words differ from that text in 1 place.`,
      details: [
        expect.stringMatching(
          /^Near clause 11\.1 \(page \d+ of the copy\): the copy says “30” where the agreed text says “90” after “…giving the other Party at least”\.$/,
        ),
      ],
    });
  });

  it("one word changed in a DOCX", () => {
    const blocks = doc.blocks.map((b) =>
      b.kind === "clause" && b.number === "5.3"
        ? {
            ...b,
            inlines: [
              {
                kind: "text" as const,
                text: blockLines(b)[0]?.slice(4).replace("each year", "every two years") ?? "",
              },
            ],
          }
        : b,
    );
    const found = differences(checkCopy(docxCopy(blocks), [agreed]));
    expect(found).toEqual([
      expect.objectContaining({
        agreed: "each year",
        copy: "every two years",
        place: "clause 5.3",
        page: null,
      }),
    ]);
  });

  it("a clause removed is a difference that quotes it", () => {
    const lines = agreedPdfLines().filter((l) => !l.startsWith("5.3 "));
    const found = differences(checkCopy(pdfCopy(lines), [agreed]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ copy: "", place: "clause 5.3" });
    expect(found[0]?.agreed).toMatch(/^5\.3 The Parties shall review the number of SROs each year/);
    expect(describeCheck(checkCopy(pdfCopy(lines), [agreed]), "x.pdf").details[0]).toMatch(
      /^Near clause 5\.3 \(page \d+ of the copy\): the copy leaves out “5\.3 The Parties shall review/,
    );
  });

  it("another fingerprint with the agreed words: the words match, the footer does not", () => {
    const other = "ABCD-0123-4567-89EF";
    const result = checkCopy(pdfCopy(agreedPdfLines(), doc.meta.footer.replace(print, other)), [agreed]);
    expect(result).toMatchObject({ kind: "fingerprintMissing", printed: [other] });
    expect(describeCheck(result, "a.pdf").headline).toBe(
      `The words of “a.pdf” match the agreed text, but it carries the fingerprint ${other} where ${print} belongs.`,
    );
  });

  it("another fingerprint and other words: the copy differs, compared with the closest version", () => {
    const lines = replaceFirst(agreedPdfLines(), /each year before/, "every two years before");
    const result = checkCopy(pdfCopy(lines, doc.meta.footer.replace(print, "ABCD-0123-4567-89EF")), [agreed]);
    expect(result.kind).toBe("differs");
    expect(differences(result)).toEqual([
      expect.objectContaining({ agreed: "each year", copy: "every two years" }),
    ]);
    expect(describeCheck(result, "a.pdf").details[0]).toBe(
      "It carries the fingerprint ABCD-0123-4567-89EF, which is not that of any agreed version of this MOU.",
    );
  });

  it("no fingerprint, the agreed words: says the words match and the fingerprint is missing", () => {
    const result = checkCopy({ format: "pdf", pages: [agreedPdfLines().join("\n")], furniture: "" }, [
      agreed,
    ]);
    expect(result).toMatchObject({ kind: "fingerprintMissing", printed: [] });
    expect(describeCheck(result, "retyped.pdf").headline).toMatch(
      /match the agreed text, but it carries no fingerprint/,
    );
  });

  it("a page swapped in from elsewhere is named", () => {
    const copy = pdfCopy(agreedPdfLines());
    const pages = copy.pages.map((p, i) => (i === 2 ? p.replace(print, "") : p));
    const result = checkCopy({ ...copy, pages }, [agreed]);
    expect(result.pagesWithoutFingerprint).toEqual([3]);
    expect(describeCheck(result, "a.pdf").details).toContainEqual(
      expect.stringMatching(/^Page 3 of the copy carries no fingerprint/),
    );
  });

  it("another document is unrelated; a scan has no text", () => {
    const other = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    expect(checkCopy({ format: "pdf", pages: [other], furniture: "" }, [agreed]).kind).toBe("unrelated");
    expect(checkCopy({ format: "pdf", pages: ["", " \n"], furniture: "" }, [agreed]).kind).toBe("noText");
  });

  it("joins words a layout broke at the end of a line, and only those", () => {
    const lines = replaceFirst(
      agreedPdfLines(),
      /review the number of SROs each year/,
      "review the num-\nber of SROs each year",
    );
    expect(checkCopy(pdfCopy(lines.flatMap((l) => l.split("\n"))), [agreed]).kind).toBe("match");
    const narrow = replaceFirst(agreedPdfLines(), /review the number of/, "review the numb\ner of");
    expect(checkCopy(pdfCopy(narrow.flatMap((l) => l.split("\n"))), [agreed]).kind).toBe("match");
  });

  it("lists the first differences and counts the rest", () => {
    let lines = agreedPdfLines();
    for (const n of ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"])
      lines = lines.map((l) => (l.startsWith(`${n} `) ? `${l} Amended.` : l));
    const report = describeCheck(checkCopy(pdfCopy(lines), [agreed]), "a.pdf");
    expect(report.details.at(-1)).toBe("… and 2 more differences.");
    expect(report.details[0]).toMatch(/^Near clause 1\.1 .*: the copy adds “Amended\.” after/);
  });
});

describe("agreed versions", () => {
  it("the agreed text when nothing is open", () => {
    expect(agreedVersions(project).map((v) => [v.label, v.doc.meta.fingerprint?.short])).toEqual([
      ["the agreed text", print],
    ]);
  });

  it("in a review, the MOU as signed, with the fingerprint it was signed with", () => {
    const { signed, review } = reviewedProject("review-1");
    const signedPrint = buildDocument(signed, { mode: "final" }).meta.fingerprint?.short;
    expect(agreedVersions(signed).map((v) => v.label)).toEqual(["the MOU signed on June 15, 2026"]);
    // the review's changes are not agreed by both yet: only the signed version
    expect(agreedVersions(review).map((v) => [v.label, v.doc.meta.fingerprint?.short])).toEqual([
      ["the MOU signed on June 15, 2026", signedPrint],
    ]);
  });
});

describe("reading files", () => {
  it("tells a PDF from a DOCX by its first bytes, whatever its name", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sniffCopy(bytes("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffCopy(bytes("PK\u0003\u0004rest"))).toBe("docx");
    expect(sniffCopy(bytes("hello"))).toBeNull();
  });

  it("reads a DOCX part's printed text: tracked insertions in, deletions and field codes out", () => {
    const xml = [
      '<?xml version="1.0"?><w:document><w:body>',
      '<w:p><w:r><w:t xml:space="preserve">Smith &amp; Sons </w:t></w:r><w:r><w:tab/><w:t>&#8220;quoted&#x201D;</w:t></w:r></w:p>',
      "<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins>",
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p>',
      "</w:body></w:document>",
    ].join("");
    expect(wordPartText(xml)).toBe("Smith & Sons  “quoted”\nnew3\n");
  });

  it("leaves out a DOCX's hidden text, which does not print", () => {
    const run = (text: string, props = "") =>
      `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t>${text}</w:t></w:r>`;
    const xml = `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run("shown ")}${run("hidden ", "<w:b/><w:vanish/>")}${run("again ", '<w:vanish w:val="false"/>')}${run("end")}</w:p>`;
    expect(wordPartText(xml)).toBe("shown again end\n");
  });
});
