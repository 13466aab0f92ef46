// @vitest-environment node
// In Node a DOCX package is zipped with Node's zlib (src/render/docx/zip.ts): any zip reader must
// find the files the renderer wrote, in their order.
import { readFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import { renderDocx } from "../../src/render/docx";
import { zipNative } from "../../src/render/docx/zip";

const zipPackage = (files: Readonly<Record<string, Uint8Array>>) =>
  zipNative({ deflateRawSync, crc32 }, files);

describe("the DOCX package zipped with Node's zlib", () => {
  it("holds the files of the rendered package, in its order", async () => {
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
