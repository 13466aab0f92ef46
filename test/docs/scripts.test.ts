import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import type { Format } from "../../src/render/registry";
import { render } from "../../src/render/registry";
import { docxPart, libreOfficeText, pandocText, pdfText, run, write } from "./tools";

/**
 * Every script a user may type, in a party name, schools and custom clauses: Hebrew and Arabic
 * (right to left, Arabic joined), Korean (Hangul) and emoji sequences with joiners, skin tones
 * and flags. The PDF is read back by poppler; the DOCX by pandoc and from its XML.
 */
const HEBREW_DISTRICT = "מחוז החינוך מרכז";
const ARABIC_SCHOOL = "مدرسة النور";
const KOREAN_SCHOOL = "서울 국제학교";
const EMOJI_SCHOOL = "Family 👩‍👩‍👧 School 👍🏽 🇺🇸";
const HEBREW_CLAUSE = "הצדדים מסכימים לשתף פעולה בכתב.";
const ARABIC_CLAUSE = "يلتزم الطرفان بالتعاون الكامل.";
const KOREAN_CLAUSE = "양 당사자는 협력한다.";
const ARABIC_SIGNATORY = "محمد علي";

function sample(path = "public/sample.mou.json"): Project {
  const loaded = parseProjectFile(readFileSync(path, "utf8"));
  if (!loaded.ok) throw new Error("sample does not load");
  return loaded.project;
}

function scriptsProject(p: Project = sample()): Project {
  const topic = (id: string, customClause: string) => {
    const state = p.topics[id];
    if (!state) throw new Error(id);
    return { ...state, customClause };
  };
  const names = [ARABIC_SCHOOL, KOREAN_SCHOOL, EMOJI_SCHOOL];
  return {
    ...p,
    parties: {
      ...p.parties,
      district: { ...p.parties.district, name: HEBREW_DISTRICT },
      signatories: p.parties.signatories.map((s, i) => (i === 0 ? { ...s, name: ARABIC_SIGNATORY } : s)),
    },
    schools: p.schools.map((s, i) => ({ ...s, name: names[i] ?? s.name })),
    topics: {
      ...p.topics,
      "armed-sro": topic("armed-sro", HEBREW_CLAUSE),
      "office-space": topic("office-space", ARABIC_CLAUSE),
      "hours-on-campus": topic("hours-on-campus", `${KOREAN_CLAUSE} Families 👩‍👩‍👧 welcome 🏳️‍🌈.`),
    },
  };
}

const NOW = new Date("2026-08-01T12:00:00Z");
const file = async (name: string, format: Format, doc: MouDocument) =>
  write(`scripts-${name}.${format}`, await render(format, doc, { loadFont: loadFontNode, now: NOW }));

/** Text without the embedding marks poppler puts around right-to-left words. */
const plainText = (text: string) => text.replace(/[\u202a-\u202e]/g, "");
/** pdftotext in reading order: poppler gives right-to-left lines back in typing order. */
const readingText = (pdf: string) => plainText(run("pdftotext", ["-enc", "UTF-8", pdf, "-"]));

/** The glyph ids of every string the PDF shows (all its fonts are Identity-H: two bytes a glyph). */
function shownGlyphIds(pdf: string): number[] {
  const qdf = `${pdf}.qdf.pdf`;
  // uncompressed content streams; qpdf exits 3 for warnings only
  spawnSync("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]);
  const text = readFileSync(qdf, "latin1");
  const ids: number[] = [];
  for (const m of text.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)) {
    const hex = (m[1] ?? "").replace(/\s+/g, "");
    for (let i = 0; i + 4 <= hex.length; i += 4) ids.push(Number.parseInt(hex.slice(i, i + 4), 16));
  }
  return ids;
}

interface Box {
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
}
function wordBoxes(pdf: string): Box[] {
  const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((m) => ({ word: m[3] ?? "", xMin: Number(m[1]), yMin: Number(m[2]) }));
}

const NEW_FONTS = /Amiri|NotoSansKR/;

describe("every script a user may type", () => {
  let pdf: string;
  let latin: string;
  beforeAll(async () => {
    pdf = await file("draft", "pdf", buildDocument(scriptsProject(), { mode: "draft" }));
    latin = await file("latin", "pdf", buildDocument(sample(), { mode: "draft" }));
  });

  it("PDF: the fallback fonts are embedded (as subsets) only when the text needs them", () => {
    const fonts = run("pdffonts", [pdf]);
    for (const name of ["Tinos-Regular", "Amiri-Regular", "NotoSansKR-Regular", "NotoEmoji-Regular"])
      expect(fonts).toMatch(new RegExp(`${name}\\S*\\s+CID TrueType\\s+Identity-H\\s+yes`));
    // a subset: the Korean face alone is 6 MB, the whole file stays small
    expect(statSync(pdf).size).toBeLessThan(700_000);
    const latinFonts = run("pdffonts", [latin]);
    expect(latinFonts).toMatch(/Tinos-Regular/);
    expect(latinFonts).not.toMatch(NEW_FONTS);
    expect(latinFonts).not.toMatch(/NotoEmoji|NotoSansSC/);
    expect(run("qpdf", ["--check", pdf])).toMatch(/No syntax or stream encoding errors/);
  });

  it("PDF: poppler reads every name and clause back, right-to-left text in typing order", () => {
    const text = readingText(pdf);
    for (const phrase of [
      HEBREW_DISTRICT,
      ARABIC_SCHOOL,
      KOREAN_SCHOOL,
      "הצדדים מסכימים לשתף פעולה בכתב",
      "يلتزم الطرفان بالتعاون الكامل",
      KOREAN_CLAUSE,
      "Families 👩‍👩‍👧 welcome 🏳️‍🌈.",
      // Noto Emoji is one colour: a skin tone draws the same glyph as the plain hand, which then
      // reads back as the plain hand (one glyph, one meaning in the font's ToUnicode map)
      "Family 👩‍👩‍👧 School 👍 🇺🇸",
    ])
      expect(text, phrase).toContain(phrase);
    // the running header, in the body face and the fallbacks, on every page
    expect(text).toContain(`Maple Grove Police Department and ${HEBREW_DISTRICT}`);
  });

  it("PDF: right-to-left words are drawn from right to left, Latin text around them left to right", () => {
    // in content order (pdftotext -raw) a right-to-left phrase comes last word first
    const raw = plainText(pdfText(pdf));
    expect(raw).toContain("בכתב פעולה לשתף מסכימים הצדדים");
    expect(raw).toContain(`and ${HEBREW_DISTRICT.split(" ").reverse().join(" ")}`);
    // poppler's boxes hold a right-to-left word's glyphs as drawn, left to right
    const boxes = wordBoxes(pdf);
    const at = (logical: string) => boxes.find((b) => b.word === [...logical].reverse().join(""));
    const first = at("הצדדים");
    const second = at("מסכימים");
    expect(first && second).toBeTruthy();
    if (first && second) {
      expect(first.yMin).toBeCloseTo(second.yMin, 0);
      expect(first.xMin).toBeGreaterThan(second.xMin);
    }
  });

  it("PDF: no glyph is the missing-glyph box (.notdef), and the check finds one when a script has no font", async () => {
    expect(shownGlyphIds(pdf).length).toBeGreaterThan(1000);
    expect(shownGlyphIds(pdf).filter((id) => id === 0)).toEqual([]);
    const p = sample();
    // Ethiopic: no font of the chain has it
    const ethiopic = { ...p, schools: p.schools.map((s, i) => (i === 0 ? { ...s, name: "ሰላም" } : s)) };
    const missing = await file("ethiopic", "pdf", buildDocument(ethiopic, { mode: "draft" }));
    expect(shownGlyphIds(missing).filter((id) => id === 0).length).toBeGreaterThan(0);
  });

  it("PDF: a signature-ready copy prints the names in their scripts too", async () => {
    const resolved = scriptsProject(sample("test/fixtures/good/resolved/project.json"));
    const final = await file("final", "pdf", buildDocument(resolved, { mode: "final" }));
    const text = readingText(final);
    expect(text).toContain(HEBREW_DISTRICT);
    expect(text).toContain("يلتزم الطرفان بالتعاون الكامل");
    // the printed name is a fillable field, drawn in the fallback that has its letters
    expect(text).toContain(ARABIC_SIGNATORY);
    expect(shownGlyphIds(final).filter((id) => id === 0)).toEqual([]);
  });

  it("DOCX: right-to-left runs are marked (w:rtl) with a complex-script font, Korean with its East Asian font; pandoc and LibreOffice read the words", async () => {
    const docx = await file("draft", "docx", buildDocument(scriptsProject(), { mode: "draft" }));
    const xml = docxPart(docx, "word/document.xml");
    const runOf = (words: string) => {
      const at = xml.indexOf(words);
      expect(at, words).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf("<w:r>", at), at);
    };
    for (const phrase of [HEBREW_CLAUSE.replace(/\.$/, ""), ARABIC_CLAUSE.replace(/\.$/, "")]) {
      const r = runOf(phrase);
      expect(r, phrase).toContain("<w:rtl/>");
      expect(r, phrase).toMatch(/<w:rFonts [^>]*w:cs="Times New Roman"/);
    }
    expect(runOf(HEBREW_CLAUSE.slice(0, 6))).toMatch(/w:bidi="he-IL"/);
    expect(runOf(ARABIC_CLAUSE.slice(0, 5))).toMatch(/w:bidi="ar-SA"/);
    const korean = runOf(KOREAN_CLAUSE.replace(/\.$/, ""));
    expect(korean).toMatch(/w:eastAsia="Malgun Gothic"/);
    expect(korean).not.toContain("<w:rtl/>");
    // English words stay in runs of their own, not marked right to left
    expect(runOf("Families")).not.toContain("<w:rtl/>");
    const header = docxPart(docx, "word/header1.xml");
    expect(header).toContain("<w:rtl/>");
    for (const [name, text] of [
      ["pandoc", pandocText(docx)],
      ["LibreOffice", libreOfficeText(docx)],
    ] as const)
      for (const phrase of [
        HEBREW_DISTRICT,
        ARABIC_SCHOOL,
        KOREAN_SCHOOL,
        HEBREW_CLAUSE,
        ARABIC_CLAUSE,
        EMOJI_SCHOOL,
      ])
        expect(plainText(text), `${name}: ${phrase}`).toContain(phrase);
  });
});
