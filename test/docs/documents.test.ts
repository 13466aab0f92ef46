import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { inlineFlags, inlineText, pageLabelText } from "../../src/document/ir";
import { documentText } from "../../src/document/text";
import { objectionOnInsertions, reviewedProject } from "../support/review-project";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import type { Format } from "../../src/render/registry";
import { render as renderAs } from "../../src/render/registry";
import {
  docxPart,
  docxWithPart,
  inkPixels,
  libreOfficeText,
  libreOfficeToPdf,
  pandocFootnotes,
  pandocMarkdown,
  pandocMarkdownReadingText,
  pandocText,
  pdfPages,
  pdfText,
  run,
  words,
  write,
} from "./tools";

function load(path: string): Project {
  const result = parseProjectFile(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.project;
}

const NOW = new Date("2026-08-01T12:00:00Z");
const FIXTURES: Array<[string, string]> = [
  ["sample", "public/sample.mou.json"],
  ["unicode", "test/fixtures/good/unicode/project.json"],
  ["resolved", "test/fixtures/good/resolved/project.json"],
];

interface Rendered {
  doc: MouDocument;
  docx: string;
  pdf: string;
}

/**
 * The same document with every page reference printed "#": each format lays out its own pages,
 * so the words of two formats compare without them (their pages are checked on their own).
 */
function withoutPageNumbers(doc: MouDocument): MouDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b) =>
      b.kind === "table"
        ? {
            ...b,
            rows: b.rows.map((r) =>
              r.map((c) => c.map((i) => (i.kind === "pageRef" ? { kind: "text" as const, text: "#" } : i))),
            ),
          }
        : b,
    ),
  };
}

/** The first page whose text holds open item n's marker (not the example in the introduction). */
function pageOfMarker(pageTexts: readonly string[], n: number): number {
  const marker = new RegExp(`\\[Open (?:[\\d, ]+, )?${n}(?:, [\\d, ]+)?\\]`);
  return pageTexts.findIndex((t) => marker.test(t.replace('e.g. "[Open 1]"', ""))) + 1;
}

/** Writes the document in a format through the renderer registry, as the app and the CLI do. */
async function file(name: string, format: Format, doc: MouDocument): Promise<string> {
  return write(`${name}.${format}`, await renderAs(format, doc, { loadFont: loadFontNode, now: NOW }));
}

async function render(name: string, project: Project, mode: "draft" | "final"): Promise<Rendered> {
  const doc = buildDocument(project, { mode });
  const docx = await file(`${name}-${mode}`, "docx", doc);
  const pdf = await file(`${name}-${mode}`, "pdf", doc);
  return { doc, docx, pdf };
}

/**
 * PDF text without what pandoc does not read from a DOCX: the running header and footer, and
 * the table header rows the PDF repeats at the top of a page when a table breaks.
 */
function pdfBody(pdf: string, doc: MouDocument): string {
  const pages = pdfPages(pdf);
  const labels = new Set(
    Array.from({ length: pages }, (_, i) => pageLabelText(doc.meta.pageLabel, i + 1, pages)),
  );
  const running = (l: string) => l === doc.meta.header || labels.has(l) || l === doc.meta.footer;
  const tableHeaders = new Set(doc.blocks.flatMap((b) => (b.kind === "table" ? [b.header.join(" ")] : [])));
  return pdfText(pdf)
    .split("\f")
    .map((page, i) => {
      const lines = page
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "" && !running(l));
      if (i > 0 && lines[0] !== undefined && tableHeaders.has(lines[0])) lines.shift();
      return lines.join("\n");
    })
    .join("\n");
}

describe.each(FIXTURES)("%s draft", (name, path) => {
  let r: Rendered;
  // the same draft with its page references masked, for comparing words across formats
  let cmp: { docx: string; pdf: string; md: string };
  beforeAll(async () => {
    r = await render(name, load(path), "draft");
    const masked = withoutPageNumbers(r.doc);
    cmp = {
      docx: await file(`${name}-masked`, "docx", masked),
      pdf: await file(`${name}-masked`, "pdf", masked),
      md: await file(`${name}-masked`, "markdown", masked),
    };
  });

  it("DOCX: pandoc reads it, with one Word comment per flag and a highlight on each flagged run", () => {
    const md = pandocMarkdown(r.docx);
    const flags = r.doc.blocks.flatMap((b) =>
      b.kind === "clause" || b.kind === "paragraph" ? b.inlines.flatMap(inlineFlags) : [],
    );
    const comments = md.match(/\{\.comment-start /g) ?? [];
    expect(comments.length).toBe(flags.length);
    const xml = docxPart(r.docx, "word/document.xml");
    expect((xml.match(/<w:highlight w:val="yellow"\/>/g) ?? []).length).toBeGreaterThanOrEqual(
      flags.length > 0 ? 1 : 0,
    );
    if (r.doc.openItems.length > 0)
      expect(pandocText(r.docx)).toContain(`This draft has ${r.doc.openItems.length} open`);
  });

  it("DOCX: LibreOffice converts it, with page X of Y in the footer", () => {
    const converted = libreOfficeToPdf(r.docx);
    expect(pdfPages(converted)).toBeGreaterThan(1);
    expect(pdfText(converted, 1)).toMatch(/Page 1 of \d+/);
  });

  it("PDF: qpdf finds no errors, every font is embedded, and every page has visible text", () => {
    expect(run("qpdf", ["--check", r.pdf])).toMatch(/No syntax or stream encoding errors/);
    const fonts = run("pdffonts", [r.pdf]).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\b.*\byes\b/);
    const pages = pdfPages(r.pdf);
    for (let p = 1; p <= pages; p++) {
      // every character drawn leaves a few dark pixels even at 72 dpi; blank glyphs leave none
      const chars = pdfText(r.pdf, p).replace(/\s/g, "").length;
      const ink = inkPixels(r.pdf, p);
      expect(ink, `page ${p}: ${chars} characters but only ${ink} dark pixels`).toBeGreaterThan(chars * 2);
    }
    expect(run("pdfinfo", [r.pdf])).toMatch(/Title:\s+Memorandum of Understanding/);
  });

  it("prints each open item's number where it sits, readable as text in both files", () => {
    const docx = pandocText(r.docx).replace(/\s+/g, " ");
    const pdf = pdfText(r.pdf).replace(/\s+/g, " ");
    r.doc.openItems.forEach((_, k) => {
      const marker = new RegExp(`\\[Open (?:[\\d, ]+, )?${k + 1}(?:, [\\d, ]+)?\\]`);
      expect(docx, `DOCX [Open ${k + 1}]`).toMatch(marker);
      expect(pdf, `PDF [Open ${k + 1}]`).toMatch(marker);
    });
  });

  it("PDF and DOCX carry the same words, clause numbers included (Word's numbering, as LibreOffice lays it out)", () => {
    expect(words(libreOfficeText(cmp.docx))).toEqual(words(pdfBody(cmp.pdf, r.doc)));
  });

  it("gives each open item's page in the table: the PDF's own, and Word's as LibreOffice lays out the DOCX", () => {
    const table = r.doc.blocks.find((b) => b.kind === "table" && b.role === "openItems");
    if (table?.kind !== "table") return expect(r.doc.openItems).toEqual([]);
    const clauses = table.rows.map((row) => row[1]?.map(inlineText).join("") ?? "");
    for (const [format, pdf] of [
      ["PDF", r.pdf],
      ["DOCX", libreOfficeToPdf(r.docx)],
    ] as const) {
      const pages = Array.from({ length: pdfPages(pdf) }, (_, p) => pdfText(pdf, p + 1).replace(/\s+/g, " "));
      // a narrow cell may wrap a clause number ("11.10(a)"): the row is read without spaces
      const all = pages.join(" ").replace(/\s+/g, "");
      clauses.forEach((clause, k) => {
        const n = k + 1;
        const escaped = clause.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const listed = new RegExp(`(?<!\\d)${n}${escaped.replace(/\s+/g, "")}(\\d+|—)(?!\\d)`).exec(all)?.[1];
        if (clause === "not in this MOU") return expect(listed, `${format} item ${n}`).toBe("—");
        expect(listed, `${format} item ${n} (${clause})`).toBe(String(pageOfMarker(pages, n)));
      });
    }
  });

  it("Markdown: pandoc reads the same words as the PDF, each open item's comment as a footnote", async () => {
    const md = cmp.md;
    const furniture = words(`${r.doc.meta.header}. ${r.doc.meta.footer}. Page 1 of 1`);
    const mdWords = words(pandocMarkdownReadingText(md)).filter((w) => !/^_+$/.test(w));
    expect(mdWords.slice(-furniture.length)).toEqual(furniture);
    expect(mdWords.slice(0, -furniture.length)).toEqual(words(pdfBody(cmp.pdf, r.doc)));
    const comments = r.doc.blocks.flatMap((b) =>
      b.kind === "clause" || b.kind === "paragraph"
        ? b.inlines.flatMap((i) => inlineFlags(i).map((f) => f.comment))
        : [],
    );
    expect(pandocFootnotes(md)).toEqual(comments);
  });
});

describe("special characters in answers", () => {
  it("come out exactly in DOCX and PDF", async () => {
    const r = await render("unicode-chars", load("test/fixtures/good/unicode/project.json"), "draft");
    const expected = [
      'Smith & Sons <Security> "quoted"',
      "{{not a template}}",
      "Ærøskøbing café naïve",
      "Школа №5",
      "北京市第一中学",
      "🚓 🏫",
    ];
    const docxText = pandocText(r.docx);
    const pdf = pdfText(r.pdf);
    for (const s of expected) {
      expect(docxText, `DOCX: ${s}`).toContain(s);
      expect(pdf, `PDF: ${s}`).toContain(s);
    }
  });
});

describe("signature-ready", () => {
  let r: Rendered;
  let print: string;
  beforeAll(async () => {
    const project = load("test/fixtures/good/resolved/project.json");
    r = await render("resolved", project, "final");
    print = r.doc.meta.fingerprint?.short ?? "";
  });

  it("fingerprints the agreed words with SHA-256, as any SHA-256 tool computes it", () => {
    const words = documentText(r.doc).replace(/\s+/g, " ").trim();
    const digest = createHash("sha256").update(words, "utf8").digest("hex");
    expect(r.doc.meta.fingerprint?.full).toBe(digest);
    expect(print).toBe((digest.slice(0, 16).match(/.{4}/g) ?? []).join("-").toUpperCase());
  });

  it("has no comments, no highlights and no open-items page in the DOCX", () => {
    expect(pandocMarkdown(r.docx)).not.toMatch(/comment-start/);
    expect(docxPart(r.docx, "word/document.xml")).not.toMatch(/w:highlight/);
    expect(pandocText(r.docx)).not.toMatch(/Open items/);
  });

  it("prints the same fingerprint on every PDF page and in the DOCX footer", () => {
    expect(print).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const pages = pdfPages(r.pdf);
    for (let p = 1; p <= pages; p++) expect(pdfText(r.pdf, p)).toContain(print);
    const footers = run("python3", [
      "-c",
      "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);print(''.join(z.read(n).decode() for n in z.namelist() if 'footer' in n))",
      r.docx,
    ]);
    expect(footers).toContain(print);
  });

  it("has fillable name, title and date fields for each signatory", () => {
    const json = JSON.parse(run("qpdf", ["--json", "--json-key=acroform", r.pdf])) as {
      acroform: { fields: Array<{ fullname: string }> };
    };
    const names = json.acroform.fields.map((f) => f.fullname);
    const signers = r.doc.blocks.flatMap((b) => (b.kind === "signatures" ? b.blocks : []));
    for (const s of signers)
      expect(names).toEqual(expect.arrayContaining([`${s.id}.printedName`, `${s.id}.title`, `${s.id}.date`]));
  });

  it("numbers clauses with Word's own lists: a clause counsel inserts in Word renumbers the rest", () => {
    const xml = docxPart(r.docx, "word/document.xml");
    const clauses = r.doc.blocks.flatMap((b) => (b.kind === "clause" && b.listed ? [b] : []));
    const section = clauses.filter((c) => c.listed?.level === 1 && c.number.startsWith("2."));
    const first = section[0];
    expect(section.length).toBeGreaterThan(1);
    if (!first) return;
    // the first clause of section 2 starts with its bold run-in title: copy its paragraph's
    // properties (its list level) into a new paragraph after it, as Word does on Enter
    const title = first.inlines[0]?.kind === "text" ? first.inlines[0].text.trim() : "";
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)];
    const at = paragraphs.find((p) => p[0].includes(`${title} </w:t>`) || p[0].includes(`${title}</w:t>`));
    if (!at || at.index === undefined) throw new Error(`no paragraph for ${first.number}`);
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(at[0])?.[0] ?? "";
    expect(pPr).toMatch(/<w:numPr>/);
    const inserted = `<w:p>${pPr}<w:r><w:t>Counsel inserted this clause.</w:t></w:r></w:p>`;
    const end = at.index + at[0].length;
    const edited = docxWithPart(
      r.docx,
      "word/document.xml",
      xml.slice(0, end) + inserted + xml.slice(end),
      `${r.docx}.edited.docx`,
    );
    const lines = libreOfficeText(edited)
      .split("\n")
      .map((l) => l.trim().replace(/\s+/g, " "));
    const numberOf = (startsWith: string) => lines.find((l) => l.includes(startsWith))?.split(" ")[0];
    expect(numberOf("Counsel inserted this clause.")).toBe("2.2");
    // every later clause of section 2 moved down by one; section 3 kept its numbers
    for (const c of section.slice(1)) {
      const words = c.inlines
        .map((i) => (i.kind === "text" ? i.text : ""))
        .join("")
        .slice(0, 60)
        .trim();
      const n = Number(c.number.split(".")[1]);
      expect(numberOf(words), c.number).toBe(`2.${n + 1}`);
    }
    const next = clauses.find((c) => c.number.startsWith("3."));
    if (next) {
      const words = next.inlines
        .map((i) => (i.kind === "text" ? i.text : ""))
        .join("")
        .slice(0, 60)
        .trim();
      expect(numberOf(words)).toBe(next.number);
    }
  });

  it("refuses a signature-ready model while items are open", () => {
    expect(() => assemble(load("public/sample.mou.json"), { mode: "final" })).toThrow(/open item/);
  });
});

describe("annual review", () => {
  it("carries the changes as real Word tracked changes and as marked text in the PDF", async () => {
    const { review } = reviewedProject("review-docs");
    const doc = buildDocument(review, { mode: "draft" });
    expect(doc.meta.redline).toBe(true);
    const docx = await file("review", "docx", doc);
    const all = pandocMarkdown(docx, "all");
    expect(all).toMatch(
      /The principal shall ask for any statement in writing\.\]\{\.insertion[^}]*author="District"/,
    );
    expect(all).toMatch(/\{\.deletion[^}]*author="Agency"/);
    const accepted = pandocText(docx, "accept");
    const rejected = pandocText(docx, "reject");
    expect(accepted).toContain("The principal shall ask for any statement in writing.");
    expect(rejected).not.toContain("The principal shall ask for any statement in writing.");
    const probation = (text: string) =>
      /Probationary Period[^.]*?(\d+) months/.exec(text.replace(/\s+/g, " "))?.[1];
    expect(probation(accepted)).toBe("9");
    expect(probation(rejected)).not.toBe("9");
    // the Markdown carries the same changes as pandoc's own insertion and deletion spans
    const md = run("pandoc", [
      "-f",
      "markdown",
      "-t",
      "markdown",
      "--wrap=none",
      await file("review", "markdown", doc),
    ]);
    expect(md).toMatch(
      /The principal shall ask for any statement in writing\.\]\{\.insertion[^}]*author="District"/,
    );
    expect(md).toMatch(/\{\.deletion[^}]*author="Agency"/);
    // each tracked change has an id of its own, and the open item on a changed clause keeps its comment
    const xml = docxPart(docx, "word/document.xml");
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    // an open item whose text is an insertion keeps its Word comment around the tracked change
    const flagged = objectionOnInsertions(doc);
    const both = docxPart(await file("review-flagged", "docx", flagged), "word/document.xml");
    expect(both).toMatch(/<w:commentRangeStart [^>]*\/>\s*<w:ins /);
    const pdf = await file("review", "pdf", doc);
    expect(run("qpdf", ["--check", pdf])).toMatch(/No syntax or stream encoding errors/);
    expect(pdfText(pdf).replace(/\s+/g, " ")).toContain("Changes since the MOU signed on June 15, 2026");
  });
});
