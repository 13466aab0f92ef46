// @vitest-environment node
// The command line zips a DOCX package with Node's zlib (src/render/docx-zip-node.ts) in place of
// the docx library's own zip: any zip reader must find the same files, in the same order.
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import { renderDocx } from "../../src/render/docx";
import { zipPackage } from "../../src/render/docx-zip-node";

describe("the DOCX package zipped with Node's zlib", () => {
  it("holds the files of the docx library's package, in its order", async () => {
    const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    if (!loaded.ok) throw new Error("the sample does not load");
    const theirs = unzipSync(await renderDocx(buildDocument(loaded.project, { mode: "draft" })));
    const ours = unzipSync(zipPackage(theirs));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const [path, data] of Object.entries(theirs)) expect(ours[path], path).toEqual(data);
  });

  it("writes names beyond ASCII as UTF-8, and empty files", () => {
    const files = { "[Content_Types].xml": new TextEncoder().encode("<x/>"), "word/é.xml": new Uint8Array() };
    expect(unzipSync(zipPackage(files))).toEqual(files);
  });
});
