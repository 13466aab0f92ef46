import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { REAL_AGREEMENTS, loadFixture, normalize } from "../support/real-agreements";
import { pandocText, pdfText, run, write } from "./tools";

const NOW = new Date("2026-08-01T12:00:00Z");

/** The PDF's words without what every page repeats: the running header and the footer lines. */
function pdfBody(pdf: string, doc: MouDocument): string {
  return pdfText(pdf)
    .split("\n")
    .map((l) => l.trim())
    .filter(
      (l) =>
        l !== doc.meta.header && !/^Page \d+ of \d+$/.test(l) && !/^Fingerprint of the agreed text: /.test(l),
    )
    .join("\n");
}

describe.each(REAL_AGREEMENTS)(
  "the $name agreement, signature-ready, as Word and PDF readers see it",
  (a) => {
    let docx = "";
    let pdf = "";
    let doc: MouDocument;
    beforeAll(async () => {
      doc = buildDocument(loadFixture(a.name), { mode: "final" });
      const env = { loadFont: loadFontNode, now: NOW };
      docx = normalize(pandocText(write(`${a.name}.docx`, await render("docx", doc, env))));
      const pdfPath = write(`${a.name}.pdf`, await render("pdf", doc, env));
      run("qpdf", ["--check", pdfPath]);
      pdf = normalize(pdfBody(pdfPath, doc));
    });

    it("states each provision in the DOCX (pandoc) and the PDF (pdftotext)", () => {
      for (const s of a.states) {
        expect(docx, `DOCX: ${s}`).toContain(normalize(s));
        expect(pdf, `PDF: ${s}`).toContain(normalize(s));
      }
    });

    it("contains none of the terms the parties never agreed", () => {
      for (const s of a.never) {
        expect(docx, `DOCX: ${s}`).not.toContain(s);
        expect(pdf, `PDF: ${s}`).not.toContain(s);
      }
    });
  },
);
