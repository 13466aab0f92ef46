import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  ConflictError,
  deleteProject,
  listProjects,
  listVersions,
  readProject,
  readSavedToFile,
  readVersion,
  recordSavedToFile,
  saveProject,
} from "../../src/storage/db";
import { restoreVersion } from "../../src/storage/restore-version";
import type { VersionSummary } from "../../src/storage/versions";
import { KEEP_NEWEST, versionsToKeep } from "../../src/storage/versions";
import { BACKUP_KIND, backUpAll, parseBackup, restoreBackup } from "../../src/storage/backup";
import { serializeProject } from "../../src/project/file";
import { createProject } from "../../src/project/new-project";
import type { Project, Side } from "../../src/project/schema";

const t0 = new Date("2026-06-01T09:00:00Z");
const noSide = () => null;

async function clearAll() {
  for (const p of await listProjects()) await deleteProject(p.id);
}

describe("earlier versions", () => {
  it("keeps the copy each save replaces, describes it from the history, and restores it as a new revision", async () => {
    await clearAll();
    const p = createProject("Versions", t0);
    let rev = await saveProject(p, 0);
    expect(await listVersions(p.id)).toEqual([]);
    const edited: Project = {
      ...p,
      name: "Versions, edited",
      history: [
        ...p.history,
        {
          at: t0.toISOString(),
          side: "district",
          kind: "edit",
          topicId: "staffing",
          what: "Changed the answers.",
        },
      ],
    };
    rev = await saveProject(edited, rev);
    rev = await saveProject({ ...edited, name: "Versions, edited again" }, rev);
    const versions = await listVersions(p.id);
    expect(versions.map((v) => v.rev)).toEqual([2, 1]);
    expect(versions[0]?.description).toMatch(/^District: .*Changed the answers\.$/);
    const first = await readVersion(p.id, 1);
    expect(first?.ok && first.project.name).toBe("Versions");

    const restored = await restoreVersion(p.id, 1, "agency", versions[1]?.savedAt ?? "", t0);
    expect(restored.ok && restored.rev).toBe(rev + 1);
    const now = await readProject(p.id);
    expect(now?.ok && now.project.name).toBe("Versions");
    expect(now?.ok && now.project.history.at(-1)?.what).toMatch(/^Restored the version saved /);
    // the copy the restore replaced is itself an earlier version now: nothing is lost
    const after = await listVersions(p.id);
    expect(after.map((v) => v.rev)).toEqual([3, 2, 1]);
    const replaced = await readVersion(p.id, 3);
    expect(replaced?.ok && replaced.project.name).toBe("Versions, edited again");
  });

  it("restoring goes through the revision check: a save from elsewhere in between is not overwritten", async () => {
    const p = createProject("Race", t0);
    let rev = await saveProject(p, 0);
    rev = await saveProject({ ...p, name: "Race 2" }, rev);
    const restore = restoreVersion(p.id, 1, "agency", t0.toISOString());
    const other = saveProject({ ...p, name: "Race from another tab" }, rev);
    const results = await Promise.allSettled([restore, other]);
    const [r, o] = results;
    if (r?.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    if (o?.status === "rejected") expect(o.reason).toBeInstanceOf(ConflictError);
    // whatever won, the other tab's copy is either current or kept as an earlier version
    const current = await readProject(p.id);
    const kept = await Promise.all((await listVersions(p.id)).map((v) => readVersion(p.id, v.rev)));
    const all = [current, ...kept].map((x) => (x?.ok ? x.project.name : ""));
    if (o?.status === "fulfilled") expect(all).toContain("Race from another tab");
    expect(results.some((x) => x.status === "fulfilled")).toBe(true);
  });

  it("keeps at most the 10 newest plus one per hour of the last day, bounded in size", () => {
    const now = new Date("2026-06-02T12:00:00Z");
    // one save a minute for two days
    const all: VersionSummary[] = Array.from({ length: 48 * 60 }, (_, i) => ({
      rev: i + 1,
      savedAt: new Date(now.getTime() - (48 * 60 - i) * 60_000).toISOString(),
      size: 1000,
      description: "",
    }));
    const kept = versionsToKeep(all, now);
    expect(kept.slice(0, KEEP_NEWEST).map((v) => v.rev)).toEqual(
      all
        .slice(-KEEP_NEWEST)
        .reverse()
        .map((v) => v.rev),
    );
    expect(kept.length).toBeLessThanOrEqual(KEEP_NEWEST + 24);
    expect(kept.length).toBeGreaterThan(KEEP_NEWEST + 20);
    // nothing older than a day beyond the newest ten
    for (const v of kept.slice(KEEP_NEWEST))
      expect(now.getTime() - Date.parse(v.savedAt)).toBeLessThan(24 * 3600_000);
    // big versions: the oldest go first, the newest always stays
    const big = all.slice(-30).map((v) => ({ ...v, size: 3 * 1024 * 1024 }));
    const keptBig = versionsToKeep(big, now);
    expect(keptBig.length).toBe(6);
    expect(keptBig[0]?.rev).toBe(all.at(-1)?.rev);
  });

  it("a project saved many times keeps a bounded number of versions in storage", async () => {
    const p = createProject("Many", t0);
    let rev = await saveProject(p, 0);
    for (let i = 0; i < 40; i++) rev = await saveProject({ ...p, name: `Many ${i}` }, rev);
    const versions = await listVersions(p.id);
    expect(versions.length).toBeLessThanOrEqual(KEEP_NEWEST + 24);
    // dropped versions are gone from storage too
    expect(await readVersion(p.id, 1)).toBeNull();
    await deleteProject(p.id);
    expect(await listVersions(p.id)).toEqual([]);
    expect(await readVersion(p.id, rev - 1)).toBeNull();
  });
});

describe("backup of every project", () => {
  it("backs up every project to one file and restores a deleted one; a project already here is kept beside", async () => {
    await clearAll();
    const a = createProject("Alpha", t0);
    const b = createProject("Beta", t0);
    await saveProject(a, 0);
    const revB = await saveProject(b, 0);
    const sides = new Map<string, Side>([[a.id, "district"]]);
    const backup = await backUpAll((id) => sides.get(id) ?? null, t0);
    const file = JSON.parse(backup.text) as { kind: string; schemaVersion: number; projects: unknown[] };
    expect(file.kind).toBe(BACKUP_KIND);
    expect(file.schemaVersion).toBe(1);
    // each project as its own .mou.json holds it
    const alone = JSON.parse(serializeProject(a, "district", t0)) as unknown;
    expect(file.projects).toContainEqual(alone);
    expect((await readSavedToFile([a.id, b.id])).size).toBe(2);

    await deleteProject(a.id);
    await saveProject({ ...b, name: "Beta, changed since" }, revB);
    const parsed = parseBackup(backup.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const written: [string, Side][] = [];
    const result = await restoreBackup(parsed, (id, s) => written.push([id, s]), t0);
    expect(result.added.map((p) => p.name)).toEqual(["Alpha"]);
    expect(result.copies.map((p) => p.name)).toEqual(["Beta (from backup 2026-06-01)"]);
    expect(written).toEqual([[a.id, "district"]]);
    const back = await readProject(a.id);
    expect(back?.ok && back.project).toEqual(a);
    const beta = await readProject(b.id);
    expect(beta?.ok && beta.project.name).toBe("Beta, changed since");
    expect((await listProjects()).map((p) => p.name).sort()).toEqual([
      "Alpha",
      "Beta (from backup 2026-06-01)",
      "Beta, changed since",
    ]);
    // restoring the same file again changes nothing that is already as in the backup
    const again = await restoreBackup(parsed, noSide, t0);
    expect(again.added).toEqual([]);
    expect(again.unchanged.map((p) => p.name)).toEqual(["Alpha"]);
  });

  it("a bad backup file gets a clear message and changes nothing", async () => {
    await clearAll();
    const a = createProject("Kept", t0);
    await saveProject(a, 0);
    const before = await listProjects();
    const good = JSON.parse((await backUpAll(noSide, t0)).text) as {
      projects: { project: Record<string, unknown> }[];
    };
    const broken = structuredClone(good);
    const first = broken.projects[0];
    if (first) first.project.schools = "none";
    const cases: [string, RegExp][] = [
      ["", /empty/],
      ["{not json", /not valid JSON/],
      ['{"kind":"invoice"}', /not a backup of MOU projects/],
      [serializeProject(a, null), /one project's file, not a backup/],
      [JSON.stringify({ ...good, schemaVersion: 99 }), /newer version/],
      [JSON.stringify({ ...good, projects: [] }), /no projects/],
      [JSON.stringify(broken), /projects\[0\] \(“Kept”\)\.schools/],
    ];
    for (const [text, message] of cases) {
      const parsed = parseBackup(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.problems.map((p) => `${p.path} ${p.message}`).join(" ")).toMatch(message);
    }
    expect(await listProjects()).toEqual(before);
  });

  it("records when a project was saved to a file", async () => {
    const p = createProject("Filed", t0);
    await saveProject(p, 0);
    expect((await readSavedToFile([p.id])).get(p.id)).toBeUndefined();
    await recordSavedToFile([p], t0);
    expect((await readSavedToFile([p.id])).get(p.id)).toEqual({
      at: t0.toISOString(),
      updatedAt: p.updatedAt,
    });
  });
});
