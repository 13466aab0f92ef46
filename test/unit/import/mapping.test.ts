import { describe, expect, it } from "vitest";
import { ImportReadError } from "../../../src/import/errors";
import { checkFileSize, importErrorMessage, proposedChoices, withChoices } from "../../../src/import/mapping";
import { importFixture } from "./fixtures";

describe("what the import screen decides", () => {
  it("refuses an empty or huge file by its size, before reading it", () => {
    expect(checkFileSize({ name: "mou.pdf", size: 0 })).toBe(
      "“mou.pdf” is empty: there is nothing to import. Choose another file.",
    );
    expect(checkFileSize({ name: "scan.pdf", size: 31 * 1024 * 1024 })).toMatch(
      /^“scan\.pdf” is 31\.0 MB; an MOU is far smaller \(at most 30 MB is read\), so it was not read\./,
    );
    expect(checkFileSize({ name: "mou.pdf", size: 1000 })).toBeNull();
  });

  it("says why a file could not be read, and where pasting helps, says so", () => {
    const scan = new ImportReadError("noText", "This PDF has no text to read: it is probably a scan.");
    expect(importErrorMessage(scan, "scan.pdf")).toBe(
      "“scan.pdf” could not be imported. This PDF has no text to read: it is probably a scan. You can also paste its text below.",
    );
    const locked = new ImportReadError("encrypted", "This PDF is protected by a password.");
    expect(importErrorMessage(locked, "locked.pdf")).toMatch(
      /password\. You can also paste its text below\.$/,
    );
    const long = new ImportReadError("tooManyPages", "This PDF has 200 pages.");
    expect(importErrorMessage(long, "binder.pdf")).toBe(
      "“binder.pdf” could not be imported. This PDF has 200 pages.",
    );
  });

  it("keeps the proposals, and counts a clause the person moved as theirs", () => {
    const result = importFixture("harlow-articles.txt");
    const choices = proposedChoices(result);
    expect(withChoices(result, choices)).toEqual(result);
    const moved = result.mappings.find((m) => m.topicId === "questioning-students");
    if (!moved) throw new Error("fixture");
    const changed = withChoices(result, { ...choices, [moved.clauseId]: null });
    const after = changed.mappings.find((m) => m.clauseId === moved.clauseId);
    expect(after).toMatchObject({
      topicId: null,
      confidence: 1,
      why: "You kept it among the other provisions.",
    });
  });
});
