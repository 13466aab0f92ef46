import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFamilySummary } from "../../src/document/family-summary";
import { en, es } from "../../src/document/family-words";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { docxPart, pdfPages, pdfText, run, write } from "./tools";

/** The summary for families, rendered and read back by independent readers. */
function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.project;
}

const NOW = new Date("2026-09-01T10:00:00Z");
const flat = (s: string): string => s.replace(/\s+/g, " ");

describe("the summary for families as documents", () => {
  const project = load("public/sample.mou.json");
  for (const [lang, w] of [
    ["en", en],
    ["es", es],
  ] as const) {
    it(`${lang}: a tagged PDF in the summary's language, with its title; a DOCX whose headings pandoc reads`, async () => {
      const doc = buildFamilySummary(project, lang);
      const pdf = write(`family-${lang}.pdf`, await render("pdf", doc, { loadFont: loadFontNode, now: NOW }));
      const info = run("pdfinfo", [pdf]);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
      const text = flat(pdfText(pdf));
      for (const word of w.title.split(" ")) expect(text).toContain(word);
      expect(text).toContain(flat(w.governs));
      const qpdf = JSON.parse(run("qpdf", ["--json", "--json-key=qpdf", pdf])) as unknown;
      expect(JSON.stringify(qpdf)).toContain(`"/Lang":"u:${w.language}"`);

      const docx = write(
        `family-${lang}.docx`,
        await render("docx", doc, { loadFont: loadFontNode, now: NOW }),
      );
      expect(docxPart(docx, "word/styles.xml")).toMatch(
        new RegExp(`<w:docDefaults>.*<w:lang w:val="${w.language}"/>.*</w:docDefaults>`, "s"),
      );
      const ast = JSON.parse(run("pandoc", ["-f", "docx", "-t", "json", docx])) as unknown;
      const headers: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (typeof v === "object" && v !== null) {
          const node = v as { t?: unknown; c?: unknown };
          if (node.t === "Header" && Array.isArray(node.c)) headers.push(plain(node.c[2]));
          else Object.values(v).forEach(walk);
        }
      };
      const plain = (v: unknown): string =>
        Array.isArray(v)
          ? v.map(plain).join("")
          : typeof v === "object" && v !== null
            ? (v as { t?: unknown }).t === "Space"
              ? " "
              : (v as { t?: unknown }).t === "Str"
                ? String((v as { c?: unknown }).c)
                : plain((v as { c?: unknown }).c)
            : "";
      walk(ast);
      const expected = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
      for (const h of expected) expect(headers).toContain(h);
    });
  }
});
