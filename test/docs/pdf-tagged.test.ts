import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { inlineText } from "../../src/document/ir";
import { parseProjectFile } from "../../src/project/file";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { pdfText, run, words, write } from "./tools";

/**
 * The tagged PDF read by independent readers: poppler's structure dump (what a screen reader
 * gets), qpdf's view of the catalog, the outline and every page's content stream.
 */
const NOW = new Date("2026-08-01T12:00:00Z");
const CASES: Array<[string, string, "draft" | "final"]> = [
  ["sample draft", "public/sample.mou.json", "draft"],
  ["resolved signature-ready", "test/fixtures/good/resolved/project.json", "final"],
];

interface Rendered {
  readonly doc: MouDocument;
  readonly pdf: string;
}

async function renderCase(name: string, path: string, mode: "draft" | "final"): Promise<Rendered> {
  const parsed = parseProjectFile(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(path);
  const doc = buildDocument(parsed.project, { mode });
  const bytes = await render("pdf", doc, { loadFont: loadFontNode, now: NOW });
  return { doc, pdf: write(`tagged-${name.replace(/\W+/g, "-")}.pdf`, bytes) };
}

/** The structure dump: element lines ("  H2 (block)") and text lines ('    "1. Definitions"'). */
type Entry = { depth: number; type: string } | { text: string };
function structure(pdf: string): Entry[] {
  return run("pdfinfo", ["-struct-text", pdf])
    .split("\n")
    .filter((l) => l.trim() !== "")
    .flatMap((l): Entry[] => {
      const t = l.trim();
      if (t.startsWith('"')) return [{ text: t.slice(1, t.lastIndexOf('"')) }];
      const m = /^(\s*)([A-Za-z0-9]+)\b/.exec(l);
      return m ? [{ depth: (m[1] ?? "").length, type: m[2] ?? "" }] : [];
    });
}

const norm = (t: string) => t.replace(/\s+/g, " ").trim();

/** The text of the structure, in reading order. */
function structureText(pdf: string): string {
  return structure(pdf)
    .flatMap((e) => ("text" in e ? [e.text] : []))
    .join(" ");
}

/**
 * The words pdftotext reads from the page content, without the running header and footer and
 * what follows them (form field values drawn by their widgets), and without a table's header
 * row repeated at the top of a page: the words that are the document's.
 */
function bodyText(pdf: string, doc: MouDocument): string {
  const tableHeaders = new Set(doc.blocks.flatMap((b) => (b.kind === "table" ? [b.header.join(" ")] : [])));
  return pdfText(pdf)
    .split("\f")
    .map((page, i) => {
      const lines = page.split("\n").map((l) => l.trim());
      const end = lines.indexOf(doc.meta.header);
      const body = (end >= 0 ? lines.slice(0, end) : lines).filter((l) => l !== "");
      if (i > 0 && body[0] !== undefined && tableHeaders.has(body[0])) body.shift();
      return body.join("\n");
    })
    .join("\n");
}

/** Operators of a content stream, each with the operands before it. */
function operators(stream: string): Array<{ op: string; operands: string[] }> {
  const tokens =
    stream.match(/<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/<>[\]()]*|[^\s/<>[\]()]+/g) ?? [];
  const out: Array<{ op: string; operands: string[] }> = [];
  let operands: string[] = [];
  let dict = 0;
  for (const t of tokens) {
    if (t === "<<") dict++;
    if (t === ">>") dict--;
    const isOperator =
      dict === 0 && /^[A-Za-z'"*]+$/.test(t) && t !== "true" && t !== "false" && t !== "null";
    if (isOperator) {
      out.push({ op: t, operands });
      operands = [];
    } else operands.push(t);
  }
  return out;
}

/** The content streams of each page, as qpdf writes them uncompressed (QDF mode). */
function pageStreams(pdf: string): string[][] {
  const qdf = write(`${pdf.split("/").pop()}.qdf.pdf`, new Uint8Array());
  run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]);
  const text = readFileSync(qdf, "latin1");
  const pages: string[][] = [];
  const re = /%% Contents for page (\d+)\n(?:%%.*\n)*\d+ 0 obj\n[\s\S]*?stream\n([\s\S]*?)\nendstream/g;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]) - 1;
    (pages[n] ??= []).push(m[2] ?? "");
  }
  return pages;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The catalog as qpdf reads it, indirect objects resolved one level. */
function catalog(pdf: string): { get: (key: string) => Json } {
  const json = JSON.parse(run("qpdf", ["--json", "--json-key=qpdf", pdf])) as {
    qpdf: [unknown, Record<string, { value: Json }>];
  };
  const objects = json.qpdf[1];
  const trailer = objects.trailer?.value as Record<string, Json>;
  const resolve = (v: Json): Json =>
    typeof v === "string" && / R$/.test(v) ? (objects[`obj:${v}`]?.value ?? null) : v;
  const root = resolve(trailer["/Root"] ?? null) as Record<string, Json>;
  return { get: (key) => resolve(root[key] ?? null) };
}

describe.each(CASES)("tagged PDF: %s", (name, path, mode) => {
  let r: Rendered;
  beforeAll(async () => {
    r = await renderCase(name, path, mode);
  });

  it("pdfinfo reads it as tagged, with its title and a form where fields are", () => {
    const info = run("pdfinfo", [r.pdf]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Memorandum of Understanding/);
    expect(info).toMatch(mode === "final" ? /Form:\s+AcroForm/ : /Form:\s+none/);
  });

  it("the structure dump holds every word of the document once, in reading order", () => {
    expect(words(structureText(r.pdf))).toEqual(words(bodyText(r.pdf, r.doc)));
  });

  it("the structure dump lists every heading and every clause in order, as headings and list items", () => {
    const items = structure(r.pdf);
    const text = norm(structureText(r.pdf));
    let at = 0;
    for (const b of r.doc.blocks) {
      if (b.kind !== "heading" && b.kind !== "clause") continue;
      const body = b.kind === "heading" ? b.text : b.inlines.map(inlineText).join("");
      const expected = norm(`${b.number ?? ""} ${body}`);
      const found = text.indexOf(expected, at);
      expect(found, `${b.kind} "${expected.slice(0, 60)}"`).toBeGreaterThanOrEqual(at);
      at = found + expected.length;
    }
    const count = (type: string) => items.filter((e) => "type" in e && e.type === type).length;
    const headings = r.doc.blocks.filter((b) => b.kind === "heading");
    expect(count("H1")).toBe(1);
    expect(count("H2")).toBe(headings.filter((h) => h.level === 1).length);
    expect(count("H3")).toBe(headings.filter((h) => h.level === 2).length);
    const clauses = r.doc.blocks.filter((b) => b.kind === "clause").length;
    expect(count("LI")).toBe(clauses);
    expect(count("Lbl")).toBe(clauses);
    expect(count("LBody")).toBe(clauses);
    const tables = r.doc.blocks.filter((b) => b.kind === "table");
    expect(count("Table")).toBe(tables.length);
    expect(count("TH")).toBe(tables.reduce((n, t) => n + (t.kind === "table" ? t.header.length : 0), 0));
    const fields = r.doc.blocks.reduce((n, b) => n + (b.kind === "signatures" ? b.blocks.length * 3 : 0), 0);
    expect(count("Form")).toBe(mode === "final" ? fields : 0);
  });

  it("every text-showing operator on every page is marked content with an MCID, or an artifact", () => {
    const pages = pageStreams(r.pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((streams, p) => {
      const stack: Array<"mcid" | "artifact" | "other"> = [];
      const mcids = new Set<string>();
      let shown = 0;
      for (const { op, operands } of operators(streams.join("\n"))) {
        if (op === "BDC") {
          const props = operands.slice(1).join(" ");
          const mcid = /\/MCID (\d+)/.exec(props)?.[1];
          if (mcid !== undefined) {
            expect(mcids.has(mcid), `page ${p + 1}: MCID ${mcid} twice`).toBe(false);
            mcids.add(mcid);
          }
          stack.push(operands[0] === "/Artifact" ? "artifact" : mcid !== undefined ? "mcid" : "other");
        } else if (op === "BMC") stack.push(operands[0] === "/Artifact" ? "artifact" : "other");
        else if (op === "EMC") expect(stack.pop(), `page ${p + 1}: EMC without BDC`).toBeDefined();
        else if (op === "Tj" || op === "TJ" || op === "'" || op === '"') {
          shown++;
          expect(
            stack.includes("mcid") || stack.includes("artifact"),
            `page ${p + 1}: ${op} outside marked content`,
          ).toBe(true);
          // tagged content holds no artifact, and no artifact holds tagged content
          expect(stack.includes("mcid") && stack.includes("artifact")).toBe(false);
        } else if (/^(re|m|l|c|f|S|B)$/.test(op)) {
          expect(stack.includes("mcid"), `page ${p + 1}: a path inside tagged content`).toBe(false);
        }
      }
      expect(stack, `page ${p + 1}: unbalanced marked content`).toEqual([]);
      expect(shown).toBeGreaterThan(0);
      expect(mcids.size).toBeGreaterThan(0);
    });
  });

  it("the outline has every article, in order, each pointing at the page it starts on", () => {
    const json = JSON.parse(run("qpdf", ["--json", "--json-key=outlines", r.pdf])) as {
      outlines: Array<{ title: string; destpageposfrom1: number }>;
    };
    const articles = r.doc.blocks.flatMap((b) =>
      b.kind === "heading" && b.level === 1 ? [b.number ? `${b.number} ${b.text}` : b.text] : [],
    );
    expect(json.outlines.map((o) => o.title)).toEqual(articles);
    json.outlines.forEach((o) => {
      const title = o.title.replace(/^\S+ /, "");
      expect(pdfText(r.pdf, o.destpageposfrom1), o.title).toContain(title.slice(0, 20));
    });
  });

  it("qpdf shows /Lang, /MarkInfo, /DisplayDocTitle and a structure tree in the catalog; pages tab by structure", () => {
    const root = catalog(r.pdf);
    expect(root.get("/Lang")).toBe(`u:${r.doc.meta.language}`);
    expect(root.get("/MarkInfo")).toEqual({ "/Marked": true });
    expect(root.get("/ViewerPreferences")).toMatchObject({ "/DisplayDocTitle": true });
    expect(root.get("/StructTreeRoot")).toMatchObject({ "/Type": "/StructTreeRoot" });
    const pages = JSON.parse(run("qpdf", ["--json", "--json-key=pages", "--json-key=qpdf", r.pdf])) as {
      pages: Array<{ object: string }>;
      qpdf: [unknown, Record<string, { value: Record<string, Json> }>];
    };
    for (const p of pages.pages) {
      const page = pages.qpdf[1][`obj:${p.object}`]?.value;
      expect(page?.["/Tabs"]).toBe("/S");
      expect(typeof page?.["/StructParents"]).toBe("number");
    }
    expect(run("qpdf", ["--check", r.pdf])).toMatch(/No syntax or stream encoding errors/);
  });
});
