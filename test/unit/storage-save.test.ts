import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  ConflictError,
  deleteProject,
  listProjects,
  readProject,
  readStored,
  saveProject,
} from "../../src/storage/db";
import { createProject } from "../../src/project/new-project";

const t0 = new Date("2026-06-01T09:00:00Z");

describe("saveProject: the revision check and the write are one transaction", () => {
  it("of many saves expecting the same revision at the same moment, exactly one succeeds", async () => {
    for (let round = 0; round < 20; round++) {
      const base = createProject(`Round ${round}`, t0);
      const first = await saveProject(base, 0);
      expect(first).toBe(1);
      const edits = Array.from({ length: 12 }, (_, i) => ({ ...base, name: `Edit ${i}` }));
      const results = await Promise.allSettled(edits.map((p) => saveProject(p, first, `tab-${p.name}`)));
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ rev: r.value, i }] : []));
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(won[0]?.rev).toBe(2);
      for (const r of lost) expect(r.status === "rejected" && r.reason).toBeInstanceOf(ConflictError);
      // what is stored is the one save that succeeded, with its writer
      const stored = await readStored(base.id);
      expect(stored?.rev).toBe(2);
      expect(stored?.writer).toBe(`tab-Edit ${won[0]?.i}`);
      const read = await readProject(base.id);
      expect(read?.ok && read.project.name).toBe(`Edit ${won[0]?.i}`);
    }
  });

  it("a conflict carries the stored revision and writes nothing", async () => {
    const p = createProject("Conflict", t0);
    await saveProject(p, 0);
    await saveProject({ ...p, name: "Second" }, 1);
    const error = await saveProject({ ...p, name: "Stale" }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).storedRev).toBe(2);
    const read = await readProject(p.id);
    expect(read?.ok && read.project.name).toBe("Second");
  });

  it("keeps the index of projects whole when many projects are saved at once", async () => {
    const before = (await listProjects()).length;
    const many = Array.from({ length: 25 }, (_, i) => createProject(`Many ${i}`, t0));
    await Promise.all(many.map((p) => saveProject(p, 0)));
    const index = await listProjects();
    expect(index).toHaveLength(before + 25);
    for (const p of many) expect(index.some((s) => s.id === p.id && s.name === p.name)).toBe(true);
    await Promise.all(many.slice(0, 10).map((p) => deleteProject(p.id)));
    expect(await listProjects()).toHaveLength(before + 15);
    expect(await readStored(many[0]?.id ?? "")).toBeNull();
  });
});
