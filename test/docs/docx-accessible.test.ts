import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { docxPart, run, write } from "./tools";

/** A DOCX a district may post: its language, title, heading styles and repeating table headers. */
function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.project;
}

const NOW = new Date("2026-09-01T10:00:00Z");

describe("the DOCX as an accessible document", () => {
  for (const [name, path, mode] of [
    ["sample draft", "public/sample.mou.json", "draft"],
    ["resolved, signature-ready", "test/fixtures/good/resolved/project.json", "final"],
  ] as const) {
    it(`${name}: language and title set, headings in heading styles, every table's header row repeats`, async () => {
      const doc = buildDocument(load(path), { mode });
      const file = write(
        `accessible-${mode}.docx`,
        await render("docx", doc, { loadFont: loadFontNode, now: NOW }),
      );
      // the language a screen reader reads it in, for every run that does not say otherwise
      expect(docxPart(file, "word/styles.xml")).toMatch(
        /<w:docDefaults>.*<w:lang w:val="en-US"\/>.*<\/w:docDefaults>/s,
      );
      const title = /<dc:title>([^<]*)<\/dc:title>/.exec(docxPart(file, "docProps/core.xml"))?.[1];
      expect(title?.replace(/&apos;/g, "'").replace(/&amp;/g, "&")).toBe(doc.meta.title);
      // each table of data has its first row as a header row, repeated on every page it runs over
      // (the signature blocks sit side by side in a borderless layout table, with no header)
      const body = docxPart(file, "word/document.xml");
      const tables = (body.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).filter(
        (t) => !/<w:tblBorders><w:top w:val="none"/.test(t),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) expect(t.match(/<w:tr>.*?<\/w:tr>/s)?.[0]).toContain("<w:tblHeader/>");
      // pandoc reads the article headings as headings, in order
      // (a heading Word numbers sits in pandoc's ordered list: every Header in the tree counts)
      const ast: unknown = JSON.parse(run("pandoc", ["-f", "docx", "-t", "json", file]));
      const count = (v: unknown): number =>
        Array.isArray(v)
          ? v.reduce((n: number, x) => n + count(x), 0)
          : typeof v === "object" && v !== null
            ? ((v as { t?: unknown }).t === "Header" ? 1 : 0) + count(Object.values(v))
            : 0;
      const headings = count(ast);
      const articles = doc.blocks.filter((b) => b.kind === "heading" && b.level === 1).length;
      expect(headings).toBeGreaterThanOrEqual(articles);
      // a flag is marked in words, not by colour alone
      if (mode === "draft") expect(run("pandoc", ["-f", "docx", "-t", "plain", file])).toMatch(/\[Open 1\]/);
    });
  }
});
