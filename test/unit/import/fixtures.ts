import { readFileSync } from "node:fs";
import { importText } from "../../../src/import/analyse";
import { citedNumber } from "../../../src/import/checkup";
import type { ImportResult } from "../../../src/import/types";
import { cedarExpected } from "../../fixtures/import/cedar-falls-docx";

export const FIXTURES = "test/fixtures/import";
export const TEXT_FIXTURES = ["harlow-articles.txt", "maple-valley-decimal.txt"] as const;
/** Written for the test set after the signals were set, and not used to tune them. */
export const UNSEEN_FIXTURES = ["juniper-roman-letters.txt", "osprey-long-numbered.txt"] as const;

export function importFixture(name: string): ImportResult {
  return importText(readFileSync(`${FIXTURES}/${name}`, "utf8"), name);
}

/**
 * The expected topics of a fixture's clauses, by printed number ("4.2(a)" for a lettered item under
 * 4.2), by the number under its parent's ("ARTICLE II B.") where letters restart under each
 * article, or by first words.
 */
export function expectedTopics(name: string): Map<string, readonly string[]> {
  const all = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, "utf8")) as Record<
    string,
    Record<string, string[]> | string
  >;
  const own = all[name];
  return new Map(typeof own === "object" ? Object.entries(own) : []);
}

/** Curly quotes made straight: pandoc and Word print "officer’s" for the text's "officer's". */
const straight = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

export interface Precision {
  readonly total: number;
  readonly first: number;
  readonly topThree: number;
  readonly misses: string[];
}

/** How many expected clauses get a right topic first, and within the three candidates. */
export function precision(result: ImportResult, expected: ReadonlyMap<string, readonly string[]>): Precision {
  const byId = new Map(result.clauses.map((c) => [c.id, c]));
  let total = 0;
  let first = 0;
  let topThree = 0;
  const misses: string[] = [];
  const seen = new Set<string>();
  for (const m of result.mappings) {
    const c = byId.get(m.clauseId);
    if (!c) continue;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const underParent = parent?.number && c.number ? `${parent.number} ${c.number}` : null;
    const key =
      [citedNumber(c, byId), underParent, c.number].find((k) => k !== null && expected.has(k)) ??
      [...expected.keys()].find((k) => c.number === null && straight(c.text).startsWith(k));
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const right = expected.get(key) ?? [];
    total += 1;
    if (m.topicId !== null && right.includes(m.topicId)) first += 1;
    else misses.push(`${key}: ${m.topicId ?? "none"} (expected ${right.join(" or ")})`);
    if (m.candidates.some((cand) => right.includes(cand.topicId))) topThree += 1;
  }
  return { total, first, topThree, misses };
}

/** The test set (scripts/build-import-set.ts): every MOU saved four ways. */
export const SET_DIR = `${FIXTURES}/set`;
export const SET_FORMS = ["project.docx", "lo.docx", "pandoc.docx", "pdf"] as const;
export type SetForm = (typeof SET_FORMS)[number];
export const SET_FORM_NAMES: Record<SetForm, string> = {
  "project.docx": "DOCX by this project",
  "lo.docx": "DOCX by LibreOffice",
  "pandoc.docx": "DOCX by pandoc",
  pdf: "PDF by LibreOffice",
};
/** The MOUs of the set; birchwood-unnumbered is held out (never used to tune the signals). */
export const SET_MOUS = [
  "harlow-articles",
  "maple-valley-decimal",
  "cedar-falls",
  "juniper-roman-letters",
  "osprey-long-numbered",
  "birchwood-unnumbered",
] as const;
export const HELD_OUT = "birchwood-unnumbered";

/** The expected topics of a set MOU's clauses. */
export function setExpected(mou: string): Map<string, readonly string[]> {
  return mou === "cedar-falls" ? cedarExpected() : expectedTopics(`${mou}.txt`);
}
