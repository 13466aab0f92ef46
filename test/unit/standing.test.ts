import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProjectFile } from "../../src/project/file";
import { createProject } from "../../src/project/new-project";
import { markSigned } from "../../src/project/review";
import type { Project } from "../../src/project/schema";
import { progress, standing } from "../../src/project/status";
import { standingText } from "../../src/project/standing";
import { openItemsOf } from "../../src/project/open-items";
import { TOPICS } from "../../src/topics";
import { listProjects, saveProject } from "../../src/storage/db";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
}

describe("where a project stands, as the project list shows it", () => {
  it("a draft counts its agreed topics and open items; a signed MOU gives its date; a review says so", () => {
    const sample = load("public/sample.mou.json");
    expect(standingText(standing(sample))).toMatch(/^\d+ of \d+ topics agreed · 7 open items$/);
    const signed = markSigned(
      load("test/fixtures/good/resolved/project.json"),
      "agency",
      "2026-06-15",
      "Both",
    );
    expect(standingText(standing(signed))).toBe("Signed on June 15, 2026");
    const review = load("public/sample-review.mou.json");
    expect(standingText(standing(review))).toBe("Annual review under way · 1 open item");
  });

  it("is kept in the list of projects with each save", async () => {
    const p = createProject("Standing", new Date("2026-09-01T10:00:00Z"), "standing-1");
    await saveProject(p, 0);
    const listed = (await listProjects()).find((s) => s.id === "standing-1");
    expect(listed?.standing).toEqual(standing(p));
    expect(standingText(listed?.standing ?? standing(p))).toMatch(
      /^0 of \d+ topics agreed · \d+ open items$/,
    );
  });

  it("a topic's view (status, items, departures) is worked out once per project and side", () => {
    const sample = load("public/sample.mou.json");
    const seen = progress(sample, "agency");
    expect(progress(sample, "agency")).toBe(seen);
    expect(progress(sample, "district")).not.toBe(seen);
    for (const t of TOPICS) expect(seen.views.get(t.id)?.items).toEqual(openItemsOf(t.id, sample));
    expect(seen.views.get("documentation-and-reporting")?.departures.map((d) => d.id)).toEqual([
      "slow-response",
    ]);
    expect(seen.views.get("information-sharing")?.status).toBe("objected");
  });
});
