// @vitest-environment node
// The DOCX renderer writes every part of the package itself (src/render/docx/body.ts,
// package-xml.ts). Each must be the one the docx library makes from its own objects for the same
// document (src/render/docx/library-body.ts), byte for byte, in the same order: the fixtures, the
// sample, an annual review with tracked changes and comments on them, and a document of the odd
// cases; zipped as in Node or as in a browser.
import { readFileSync, readdirSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { Block, Inline, MouDocument } from "../../src/document/ir";
import { makeFlag } from "../../src/document/words";
import { parseProjectFile } from "../../src/project/file";
import { renderDocx } from "../../src/render/docx";
import { renderDocxWithLibrary } from "../../src/render/docx/library-body";
import { zipParts } from "../../src/render/docx/zip";
import { objectionOnInsertions, reviewedProject } from "../support/review-project";

const now = new Date("2026-01-02T03:04:05Z");
const decoder = new TextDecoder();

/** The package's parts; the library dates core.xml when it renders, whatever `now` is. */
function parts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files).map(([path, data]) => [
      path,
      path === "docProps/core.xml"
        ? decoder.decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$1")
        : decoder.decode(data),
    ]),
  );
}

async function expectSame(doc: MouDocument): Promise<void> {
  const ours = parts(await renderDocx(doc, { now }));
  const library = parts(await renderDocxWithLibrary(doc, { now }));
  expect(Object.keys(ours)).toEqual(Object.keys(library));
  for (const [path, xml] of Object.entries(library)) expect(ours[path], path).toBe(xml);
}

function documents(): Array<[string, MouDocument]> {
  const files: Array<[string, string]> = [["sample", "public/sample.mou.json"]];
  for (const name of readdirSync("test/fixtures/good"))
    files.push([name, `test/fixtures/good/${name}/project.json`]);
  const out: Array<[string, MouDocument]> = [];
  for (const [name, path] of files) {
    const loaded = parseProjectFile(readFileSync(path, "utf8"));
    if (!loaded.ok) throw new Error(`${name} does not load`);
    out.push([`${name}, draft`, buildDocument(loaded.project, { mode: "draft" })]);
    // a signature-ready MOU only when nothing is open
    try {
      out.push([`${name}, final`, buildDocument(loaded.project, { mode: "final" })]);
    } catch {
      // open items: the draft is the document
    }
  }
  return out;
}

describe("the DOCX body writer", () => {
  it.each(documents())("writes the library's package for %s", async (_name, doc) => {
    await expectSame(doc);
  });

  it("writes the library's package for an annual review, with comments on tracked changes", async () => {
    const { review } = reviewedProject("docx-writer");
    const doc = buildDocument(review, { mode: "draft" });
    await expectSame(doc);
    await expectSame(objectionOnInsertions(doc));
  });

  it("writes the library's package for the odd cases", async () => {
    const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    if (!loaded.ok) throw new Error("the sample does not load");
    const base = buildDocument(loaded.project, { mode: "draft" });
    const f1 = makeFlag("Open", 'Something "quoted" & <odd>.', ["agency"], 1);
    const f2 = makeFlag("Objection", "Another one.", ["district"], 2);
    const change = (type: "ins" | "del", authorName: string) => ({
      type,
      author: "agency" as const,
      authorName,
      date: "2027-01-01T00:00:00.000Z",
    });
    const inlines: Inline[] = [
      { kind: "text", text: "" },
      { kind: "text", text: "bold", bold: true, italic: false },
      { kind: "blank", label: "A blank", flags: [f1, f2] },
      { kind: "blank", label: "No flags", flags: [] },
      {
        kind: "text",
        text: "inserted שלום here",
        change: change("ins", "Agency & Co"),
        anchors: ["a_one", "a_two"],
        flags: [f1],
      },
      { kind: "text", text: "deleted مرحبا words", change: change("del", "District"), flags: [f2] },
      { kind: "text", text: "", change: change("del", "District") },
      { kind: "text", text: "", change: change("ins", "District") },
      { kind: "pageRef", target: "a_one" },
      { kind: "text", text: " emoji 😀 and \u0001 a control character", anchors: ["b"] },
    ];
    const signatures = base.blocks.find((b) => b.kind === "signatures");
    const signer = signatures?.kind === "signatures" ? signatures.blocks[0] : undefined;
    if (signatures?.kind !== "signatures" || !signer) throw new Error("the sample has no signatures");
    const odd: Block[] = [
      { kind: "heading", number: "9.", text: "A heading Word does not number", level: 1 },
      { kind: "heading", number: null, text: "A second-level heading", level: 2 },
      { kind: "heading", number: "A.", text: "Listed", level: 2, listed: { list: "recitals", level: 0 } },
      {
        kind: "clause",
        level: 1,
        number: "9.1",
        inlines: [{ kind: "text", text: "Tab\tnewline\n'q' & \"q\"" }],
        topicId: null,
      },
      {
        kind: "clause",
        level: 2,
        number: "(a)",
        inlines: [
          { kind: "text", text: "שלום עולם, مرحبا بالعالم, 한국어 텍스트", bold: false, italic: true },
        ],
        topicId: null,
      },
      { kind: "paragraph", align: "left", inlines },
      { kind: "paragraph", inlines: [] },
      {
        kind: "table",
        header: ["A", "B"],
        widths: [1, 2],
        rows: [[[{ kind: "text", text: "x" }], [], [{ kind: "text", text: "z" }]], []],
      },
      { kind: "table", header: [], widths: [], rows: [] },
      {
        ...signatures,
        blocks: [
          ...signatures.blocks,
          { ...signer, id: "x", name: "한국 이름", title: "עברית", startsParty: true },
        ],
      },
      { kind: "signatures", blocks: [], labels: signatures.labels },
      { kind: "pageBreak" },
    ];
    await expectSame({ ...base, blocks: [...base.blocks, ...odd] });
    await expectSame({ ...base, mode: "final", blocks: [...odd, ...base.blocks] });
    // no numbered list at all, and the recitals' list numbered before the body's
    await expectSame({ ...base, blocks: odd.filter((b) => b.kind !== "heading" || !b.listed) });
    await expectSame({ ...base, blocks: [...odd].reverse() });
  });

  it("zips the same parts in a browser (fflate) as in Node (zlib)", () => {
    const parts: Array<[string, string]> = [
      ["word/document.xml", "<w:document>é 한국어</w:document>"],
      ["[Content_Types].xml", "<Types/>"],
    ];
    const browser = unzipSync(zipParts(parts, undefined));
    const node = unzipSync(zipParts(parts));
    expect(Object.keys(browser)).toEqual(parts.map(([path]) => path));
    expect(node).toEqual(browser);
    expect(decoder.decode(browser["word/document.xml"])).toBe(parts[0]?.[1]);
  });
});
