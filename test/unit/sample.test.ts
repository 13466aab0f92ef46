import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProjectFile } from "../../src/project/file";
import { createProject } from "../../src/project/new-project";
import { isSample } from "../../src/project/sample";

describe("the bundled sample", () => {
  it("is known as the sample, and a new project is not", () => {
    const r = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(isSample(r.project)).toBe(true);
    expect(isSample(createProject("Our MOU"))).toBe(false);
  });
});
