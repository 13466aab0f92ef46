import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  addMessage,
  addPerson,
  MessageError,
  openQuestions,
  stampAuthor,
  thread,
} from "../../src/project/conversation";
import { loadProject } from "../../src/project/load";
import { mergeProjects } from "../../src/project/merge-copies";
import { createProject } from "../../src/project/new-project";
import { openItems, rankOpenItems } from "../../src/project/open-items";
import { canUndoSigned, markFinalExported, markSigned, undoSigned } from "../../src/project/review";
import { setAnswer, setPosition } from "../../src/project/actions";
import { markExchanged, parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";

const t0 = new Date("2026-09-01T10:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
}

/** A file of schema 4, as the app wrote it before schema 5: the project it holds. */
const fixture = (name: string) =>
  (
    JSON.parse(readFileSync(`test/fixtures/old/v4-${name}.mou.json`, "utf8")) as {
      project: Record<string, unknown>;
    }
  ).project;

const roundTrip = (p: Project): Project => {
  const r = loadProject(JSON.parse(JSON.stringify(p)));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};

describe("a conversation per topic", () => {
  it("an agency proposes, the district asks, the agency answers with a counter-proposal", () => {
    let p = setAnswer(createProject("Talk", t0), "agency", "formal-discipline", "sroRole", "none", t0);
    p = addMessage(
      p,
      "district",
      "Lee Park",
      {
        topicId: "formal-discipline",
        kind: "question",
        text: "Can the SRO sit in on a hearing when a parent asks?",
      },
      later(1),
      "q1",
    );
    // the question is an open item for the agency, most urgent first
    const asked = rankOpenItems(openItems(p));
    expect(asked[0]).toMatchObject({
      reason: "question",
      topicId: "formal-discipline",
      waitingOn: ["agency"],
      message: "Lee Park (District) asks the Agency: Can the SRO sit in on a hearing when a parent asks?",
    });
    // the district cannot answer its own question
    expect(() =>
      addMessage(p, "district", "", {
        topicId: "formal-discipline",
        kind: "reply",
        text: "x",
        answers: "q1",
      }),
    ).toThrow(MessageError);
    p = addMessage(
      p,
      "agency",
      "Dana Ruiz",
      {
        topicId: "formal-discipline",
        kind: "counter",
        text: "Only as a witness, never to advise on the outcome.",
        answers: "q1",
      },
      later(2),
      "a1",
    );
    expect(openQuestions(p)).toEqual([]);
    expect(openItems(p).some((i) => i.reason === "question")).toBe(false);
    expect(thread(p, "formal-discipline").map((m) => [m.side, m.by, m.kind])).toEqual([
      ["district", "Lee Park", "question"],
      ["agency", "Dana Ruiz", "counter"],
    ]);
    // a message changes no text and no position
    expect(p.topics["formal-discipline"]?.positions.agency.stance).toBe("propose");
    expect(p.history.at(-1)).toMatchObject({
      kind: "message",
      by: "Dana Ruiz",
      topicId: "formal-discipline",
    });
    // it travels in the file
    expect(roundTrip(p).conversation).toEqual(p.conversation);
  });

  it("refuses an empty or huge message with a message, and keeps the project as it was", () => {
    const p = createProject("Talk", t0);
    expect(() => addMessage(p, "agency", "", { topicId: "staffing", kind: "reply", text: "   " })).toThrow(
      "Write something first.",
    );
    expect(() =>
      addMessage(p, "agency", "", { topicId: "staffing", kind: "reply", text: "x".repeat(5_001) }),
    ).toThrow("under 5,000");
    expect(p.conversation).toEqual([]);
  });

  it("a question keeps a signature-ready MOU from being signed until it is answered", () => {
    const resolved = load("test/fixtures/good/resolved/project.json");
    const asked = addMessage(
      resolved,
      "agency",
      "",
      {
        topicId: "staffing",
        kind: "question",
        text: "Is the summer program covered?",
      },
      t0,
      "q",
    );
    expect(() => markSigned(asked, "agency", "2026-09-02", "Both heads", t0)).toThrow(/1 open items/);
  });

  it("merges both offices' messages and people, each once", () => {
    const base = markExchanged(createProject("Talk", t0));
    const ancestor = base.exchangeBase;
    const ours = addMessage(
      base,
      "agency",
      "Dana",
      { topicId: "staffing", kind: "reply", text: "Ours" },
      later(1),
      "m1",
    );
    let theirs = addMessage(
      base,
      "district",
      "Lee",
      { topicId: "staffing", kind: "question", text: "Theirs?" },
      later(2),
      "m2",
    );
    theirs = addPerson(theirs, "district", "Lee Park", "Superintendent", "p2").project;
    const once = mergeProjects(ancestor, ours, theirs, "agency", later(3)).project;
    const twice = mergeProjects(once.exchangeBase, once, theirs, "agency", later(4)).project;
    expect(twice.conversation.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(twice.people.map((p) => p.name)).toEqual(["Lee Park"]);
    expect(openItems(twice).filter((i) => i.reason === "question")).toHaveLength(1);
  });
});

describe("who is acting", () => {
  it("names people per side once, and stamps the entries a change adds", () => {
    const p = createProject("People", t0);
    const { project: withDana, person } = addPerson(p, "agency", " Dana Ruiz ", "Chief of Police", "d");
    expect(person).toEqual({ id: "d", side: "agency", name: "Dana Ruiz", title: "Chief of Police" });
    expect(addPerson(withDana, "agency", "dana ruiz", "", "x").project).toBe(withDana);
    expect(() => addPerson(p, "agency", "  ", "")).toThrow("Give the person's name.");
    const edited = setAnswer(withDana, "agency", "staffing", "totalOfficers", 2, t0);
    const stamped = stampAuthor(withDana, edited, "Dana Ruiz");
    expect(stamped.history.at(-1)).toMatchObject({ side: "agency", by: "Dana Ruiz", kind: "edit" });
    // an unchanged history stays as it is
    expect(stampAuthor(stamped, stamped, "Dana Ruiz")).toBe(stamped);
    expect(roundTrip(stamped).people).toEqual(stamped.people);
  });
});

describe("signing is recorded, and can be taken back until a signature-ready file is exported", () => {
  it("records who recorded the signing and when", () => {
    const resolved = load("test/fixtures/good/resolved/project.json");
    const signed = markSigned(resolved, "agency", "2026-09-01", "Both heads", t0, "Dana Ruiz");
    expect(signed.signed).toEqual({
      signedOn: "2026-09-01",
      signedBy: "Both heads",
      recordedAt: t0.toISOString(),
      recordedBy: "Dana Ruiz",
      finalExportedAt: null,
    });
    expect(canUndoSigned(signed)).toBe(true);
    expect(undoSigned(signed, "agency", t0).signed).toBeNull();
    const exported = markFinalExported(signed, later(5));
    expect(exported.signed?.finalExportedAt).toBe(later(5).toISOString());
    expect(canUndoSigned(exported)).toBe(false);
    expect(undoSigned(exported, "agency", t0)).toBe(exported);
    // a second export keeps the first date
    expect(markFinalExported(exported, later(9))).toBe(exported);
  });
});

describe("a file from schema 4 opens in schema 5", () => {
  it("keeps its history and says what kind of change each entry was", () => {
    const old = fixture("review");
    expect(old.schemaVersion).toBe(4);
    const r = loadProject({
      ...old,
      history: [
        {
          at: t0.toISOString(),
          side: "agency",
          topicId: "staffing",
          what: 'Changed "Officers".',
          text: true,
        },
        { at: t0.toISOString(), side: "district", topicId: "staffing", what: "Agreed to the text." },
        {
          at: t0.toISOString(),
          side: "agency",
          topicId: "staffing",
          what: "The District's agreement was withdrawn because the text changed.",
        },
        {
          at: t0.toISOString(),
          side: "agency",
          topicId: null,
          what: "Merged the other office's copy: 1 changes.",
        },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.migratedFrom).toBe(4);
    expect(r.project.history.map((h) => h.kind)).toEqual(["edit", "position", "withdrawn", "merge"]);
    expect(r.project.people).toEqual([]);
    expect(r.project.conversation).toEqual([]);
  });

  it("a signed file from schema 4 keeps its signature, and it can be taken back", () => {
    const old = fixture("resolved");
    const r = loadProject({ ...old, signed: { signedOn: "2025-08-01", signedBy: "Both" } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.project.signed).toEqual({
      signedOn: "2025-08-01",
      signedBy: "Both",
      recordedAt: null,
      recordedBy: "",
      finalExportedAt: null,
    });
    expect(canUndoSigned(r.project)).toBe(true);
    const agreed = setPosition(r.project, "agency", "staffing", "agree", "", t0);
    expect(agreed.history.at(-1)?.kind).toBe("position");
  });
});
