import { describe, expect, it } from "vitest";
import { fileReminder } from "../../src/storage/file-reminder";

describe("the reminder to save a project to a file", () => {
  const at = "2026-11-28T10:00:00.000Z";
  it("says a project was never saved to a file in this browser", () => {
    expect(fileReminder(undefined, at)).toBe("Not yet saved to a file");
  });
  it("says nothing while the file holds the project as it is", () => {
    expect(fileReminder({ at: "2026-11-28T10:05:00.000Z", updatedAt: at }, at)).toBeNull();
  });
  it("says the project changed after the file was saved", () => {
    expect(fileReminder({ at: "2026-11-28T10:05:00.000Z", updatedAt: at }, "2026-11-28T10:07:00.000Z")).toBe(
      "Changed since you last saved it to a file",
    );
  });
});
