import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { readStored, saveProject } from "../../src/storage/db";
import { journalKey, readJournals, writeJournal } from "../../src/storage/journal";
import type { JournalCopy, StoredCopy } from "../../src/storage/journal-plan";
import { journalIsNewer, planOpen } from "../../src/storage/journal-plan";
import { openProject } from "../../src/storage/open";
import { TAB_ID } from "../../src/storage/tabs";
import { createProject } from "../../src/project/new-project";
import type { Project } from "../../src/project/schema";

const t0 = new Date("2026-06-01T09:00:00Z");
const base = createProject("Journal", t0, "journal-project");
const named = (name: string): Project => ({ ...base, name });

function journal(tab: string, baseRev: number, project: Project, at = "2026-06-01T09:00:01Z"): JournalCopy {
  return { key: `k-${tab}-${at}`, tab, baseRev, at, project };
}
const stored = (rev: number, writer: string | undefined, project = base): StoredCopy => ({
  rev,
  writer,
  project,
});

describe("planOpen: which copy wins when a project opens", () => {
  it("opens the stored copy when there is no journal", () => {
    expect(planOpen(stored(3, "a"), [])).toEqual({ kind: "stored", discard: [] });
  });

  it("replays a journal made on the stored revision", () => {
    const j = journal("a", 3, named("Typed"));
    expect(planOpen(stored(3, "b"), [j])).toEqual({ kind: "replay", journal: j, discard: [] });
  });

  it("replays a journal whose tab wrote the stored revision (its save landed, its clean-up did not)", () => {
    const j = journal("a", 3, named("Typed after the save began"));
    expect(journalIsNewer(j, stored(4, "a"))).toBe(true);
    expect(planOpen(stored(4, "a"), [j]).kind).toBe("replay");
  });

  it("keeps a journal made on an older revision another tab saved over as a conflict, never replayed", () => {
    const j = journal("a", 3, named("Typed in tab A"));
    expect(journalIsNewer(j, stored(4, "b"))).toBe(false);
    expect(planOpen(stored(4, "b"), [j])).toEqual({ kind: "conflict", journal: j, discard: [] });
    // a copy stored before writers were recorded is no proof of the same tab
    expect(planOpen(stored(4, undefined), [j]).kind).toBe("conflict");
  });

  it("leaves the conflicting journal of a tab still open to that tab", () => {
    const j = journal("a", 3, named("Typed in tab A"));
    expect(planOpen(stored(4, "b"), [j], new Set(["a"])).kind).toBe("stored");
  });

  it("discards a journal that says what is stored", () => {
    const j = journal("a", 2, base);
    expect(planOpen(stored(4, "b"), [j])).toEqual({ kind: "stored", discard: [j.key] });
  });

  it("replays the newest of several newer journals; the rest wait", () => {
    const older = journal("a", 3, named("Older"), "2026-06-01T09:00:01Z");
    const newer = journal("b", 3, named("Newer"), "2026-06-01T09:00:02Z");
    const plan = planOpen(stored(3, "c"), [older, newer]);
    expect(plan.kind === "replay" && plan.journal).toBe(newer);
  });
});

describe("the journal in localStorage", () => {
  beforeEach(() => localStorage.clear());

  it("writes synchronously and reads back each tab's entry", () => {
    expect(writeJournal(named("One"), 5)).toBe(true);
    expect(writeJournal(named("Two"), 4, "other-tab")).toBe(true);
    writeJournal({ ...base, id: "another-project" }, 1);
    const found = readJournals(base.id);
    expect(found.map((f) => f.entry?.tab).sort()).toEqual([TAB_ID, "other-tab"].sort());
    expect(found.find((f) => f.key === journalKey(base.id))?.entry).toMatchObject({ baseRev: 5 });
  });

  it("says so when the quota is full, and leaves no stale entry behind", () => {
    expect(writeJournal(named("Small"), 1)).toBe(true);
    // jsdom's localStorage holds 5,000,000 code units, like a browser's
    const huge = {
      ...named("Huge"),
      history: [
        {
          at: t0.toISOString(),
          side: "agency" as const,
          kind: "edit" as const,
          topicId: null,
          what: "x".repeat(6_000_000),
        },
      ],
    };
    expect(writeJournal(huge, 1)).toBe(false);
    expect(readJournals(base.id)).toEqual([]);
  });
});

describe("openProject: replaying the journal through loadProject", () => {
  beforeEach(() => localStorage.clear());

  async function fresh(id: string): Promise<Project> {
    const p = { ...createProject("Stored", t0, id) };
    await saveProject(p, 0, "some-tab");
    return p;
  }

  it("opens the edits a reload cut off, saves them and clears the journal", async () => {
    const p = await fresh("replay");
    writeJournal({ ...p, name: "Typed just before the reload" }, 1, "tab-before-reload");
    const opened = await openProject(p.id);
    expect(opened?.ok && opened.project.name).toBe("Typed just before the reload");
    expect(opened?.ok && opened.restored && !opened.conflict).toBe(true);
    expect((await readStored(p.id))?.rev).toBe(2);
    expect(readJournals(p.id)).toEqual([]);
  });

  it("shows a journal made on an older revision as a conflict and keeps it", async () => {
    const p = await fresh("conflict");
    await saveProject({ ...p, name: "Saved by tab B" }, 1, "tab-b");
    writeJournal({ ...p, name: "Typed in tab A" }, 1, "tab-a");
    const opened = await openProject(p.id);
    expect(opened?.ok && opened.conflict && opened.project.name).toBe("Typed in tab A");
    expect(opened?.ok && opened.rev).toBe(1);
    // nothing was written over tab B's save; the edits stay journaled, now by this tab
    const read = await readStored(p.id);
    expect(read?.rev).toBe(2);
    expect(readJournals(p.id).map((f) => f.key)).toEqual([journalKey(p.id)]);
  });

  it("refuses a tampered journal with a notice and opens the stored copy", async () => {
    const p = await fresh("tampered");
    writeJournal({ ...p, name: "", schools: [{ id: "x" }] } as unknown as Project, 1, "tab-x");
    localStorage.setItem(`sro-mou-journal:tab-y:${p.id}`, "{not json");
    const opened = await openProject(p.id);
    expect(opened?.ok && opened.project.name).toBe("Stored");
    expect(opened?.ok && opened.notices.join(" ")).toMatch(/could not be restored/);
    expect(readJournals(p.id)).toEqual([]);
  });

  it("drops the journals of a project no longer stored", async () => {
    writeJournal({ ...base, id: "gone" }, 3, "tab-z");
    expect(await openProject("gone")).toBeNull();
    expect(readJournals("gone")).toEqual([]);
  });
});
