import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { findUnprintable } from "../../src/format/printable";
import { parseProjectFile, serializeProject } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import type { Format } from "../../src/render/registry";
import { render } from "../../src/render/registry";
import { libreOfficeText, pandocText, pdfText, run, words, write } from "./tools";

/**
 * Every kind of character that cannot be printed, typed into several fields of the sample and put
 * straight into the project (as a field, a merge or a stored copy older than the loader's repair
 * could leave it), so the model and the renderers are what stand between it and the files.
 */
const FF = "\f";
const VT = "\v";
const LS = "\u2028";
const PS = "\u2029";

function hostileProject(): Project {
  const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
  if (!loaded.ok) throw new Error("sample does not load");
  const p = loaded.project;
  const topic = (id: string, customClause: string, answers: Record<string, unknown> = {}) => {
    const state = p.topics[id];
    if (!state) throw new Error(id);
    return { ...state, customClause, answers: { ...state.answers, ...answers } };
  };
  return {
    ...p,
    parties: {
      ...p.parties,
      agency: { ...p.parties.agency, name: `Springfield${FF}Police\uFFFE Department` },
      district: { ...p.parties.district, address: `1 School Way${LS}Springfield\u0001 IL 62701` },
      signatories: p.parties.signatories.map((s, i) =>
        i === 0 ? { ...s, name: `Dana${VT}Whitfield\uFFFF`, title: `Chief${PS}of Police` } : s,
      ),
    },
    schools: p.schools.map((s, i) => (i === 0 ? { ...s, name: `Lincoln\u0007${FF}High School` } : s)),
    topics: {
      ...p.topics,
      "armed-sro": topic(
        "armed-sro",
        `Alphaword opens the first clause here.${FF}Bravoword opens the clause after the form feed.`,
        { notes: `Kiloword before a noncharacter\uFFFE and Limaword${PS}after a paragraph separator.` },
      ),
      "office-space": topic(
        "office-space",
        `Charlieword before a line separator${LS}Deltaword after it; Echoword before a vertical tab${VT}Foxtrotword after it; Golfword\u0001\u001b Hotelword after controls; Indiaword\uFFFF Julietword.`,
      ),
    },
  };
}

/** The marker words, in the order the document prints them (a topic's answers before its custom clause). */
const ORDER = [
  "Kiloword",
  "Limaword",
  "Alphaword",
  "Bravoword",
  "Charlieword",
  "Deltaword",
  "Echoword",
  "Foxtrotword",
  "Golfword",
  "Hotelword",
  "Indiaword",
  "Julietword",
];

function inOrder(text: string, list: readonly string[]): string[] {
  const at = list.map((w) => text.indexOf(w));
  return list.filter((_w, i) => {
    const here = at[i] ?? -1;
    return here === -1 || (i > 0 && here < (at[i - 1] ?? -1));
  });
}

interface Box {
  readonly word: string;
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word poppler finds, with its box on its page. */
function wordBoxes(pdf: string): Box[] {
  const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  const boxes: Box[] = [];
  html.split(/<page /).forEach((page, i) => {
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      boxes.push({
        word: m[5] ?? "",
        page: i,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
  });
  return boxes;
}

/** Pairs of words drawn over each other: boxes that overlap by more than a sliver both ways. */
function overprinted(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  const byPage = new Map<number, Box[]>();
  for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  for (const [page, list] of byPage)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b) continue;
        const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (x > 1 && y > 2) out.push(`page ${page}: "${a.word}" over "${b.word}"`);
      }
  return out;
}

const NOW = new Date("2026-08-01T12:00:00Z");
const file = async (name: string, format: Format, doc: MouDocument) =>
  write(`unprintable-${name}.${format}`, await render(format, doc, { loadFont: loadFontNode, now: NOW }));

describe("characters that cannot be printed, in several fields", () => {
  let doc: MouDocument;
  let docx: string;
  let pdf: string;
  let md: string;
  beforeAll(async () => {
    doc = buildDocument(hostileProject(), { mode: "draft" });
    docx = await file("draft", "docx", doc);
    pdf = await file("draft", "pdf", doc);
    md = await file("draft", "markdown", doc);
  });

  it("DOCX: LibreOffice converts it and pandoc reads every word, in order", () => {
    const lo = libreOfficeText(docx);
    const pandoc = pandocText(docx);
    for (const [name, text] of [
      ["LibreOffice", lo],
      ["pandoc", pandoc],
    ] as const) {
      expect(inOrder(text, ORDER), name).toEqual([]);
      expect(text, name).toContain("Springfield Police Department");
      expect(text, name).toMatch(/Lincoln\s*High School/);
      expect(
        findUnprintable(text).filter((u) => u.codePoint !== 0x0c),
        name,
      ).toEqual([]);
    }
    // a form feed in a custom clause is a new clause, as a new line is
    expect(pandoc).toMatch(/Alphaword opens the first clause here\.\s*\n[\s\S]*Bravoword/);
  });

  it("PDF: the words in order, the clause after a form feed on a line of its own, nothing overprinted", () => {
    const text = pdfText(pdf);
    expect(inOrder(text, ORDER)).toEqual([]);
    expect(text.replace(/\s+/g, " ")).toContain("Springfield Police Department");
    expect(text.replace(/\s+/g, " ")).toContain("Dana Whitfield");
    expect(text.replace(/\s+/g, " ")).toContain("Chief of Police");
    const boxes = wordBoxes(pdf);
    expect(overprinted(boxes)).toEqual([]);
    const first = (w: string) => boxes.find((b) => b.word.startsWith(w));
    const alpha = first("Alphaword");
    const bravo = first("Bravoword");
    expect(alpha && bravo).toBeTruthy();
    if (alpha && bravo)
      expect(bravo.page > alpha.page || bravo.yMin >= alpha.yMax - 0.5, "Bravoword below Alphaword").toBe(
        true,
      );
    // within one paragraph a break is a space: the next word sits after the previous on its line
    for (const [a, b] of [
      ["Charlieword", "Deltaword"],
      ["Echoword", "Foxtrotword"],
    ] as const) {
      const x = first(a);
      const y = first(b);
      expect(x && y).toBeTruthy();
      if (x && y && x.page === y.page && Math.abs(x.yMax - y.yMax) < 1)
        expect(y.xMin).toBeGreaterThan(x.xMax);
    }
    expect(run("qpdf", ["--check", pdf])).toMatch(/No syntax or stream encoding errors/);
  });

  it("Markdown: no character that cannot be printed, every word in order", () => {
    const text = readFileSync(md, "utf8");
    expect(findUnprintable(text)).toEqual([]);
    expect(inOrder(text, ORDER)).toEqual([]);
  });

  it("the same project through the loader: a notice per field, and the same words", async () => {
    const loaded = parseProjectFile(serializeProject(hostileProject(), "agency"));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const fields = loaded.notices.map((n) => n.message.split(": ")[0]);
    expect(fields).toEqual(
      expect.arrayContaining([
        "Agency name",
        "District address",
        "Signatory 1",
        "School 1",
        "Armed SRO",
        "Office Space and Supplies",
      ]),
    );
    const again = buildDocument(loaded.project, { mode: "draft" });
    const pdf2 = await file("loaded", "pdf", again);
    const w = words(pdfText(pdf2));
    expect(inOrder(w.join(" "), ORDER)).toEqual([]);
    expect(overprinted(wordBoxes(pdf2))).toEqual([]);
  });
});
