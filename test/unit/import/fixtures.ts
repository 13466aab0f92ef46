import { readFileSync } from "node:fs";
import { importText } from "../../../src/import/analyse";
import { citedNumber } from "../../../src/import/checkup";
import type { ImportResult } from "../../../src/import/types";

export const FIXTURES = "test/fixtures/import";
export const TEXT_FIXTURES = ["harlow-articles.txt", "maple-valley-decimal.txt"] as const;

export function importFixture(name: string): ImportResult {
  return importText(readFileSync(`${FIXTURES}/${name}`, "utf8"), name);
}

/** The expected topics of a fixture's clauses, by printed number or first words. */
export function expectedTopics(name: string): Map<string, readonly string[]> {
  const all = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, "utf8")) as Record<
    string,
    Record<string, string[]> | string
  >;
  const own = all[name];
  return new Map(typeof own === "object" ? Object.entries(own) : []);
}

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
    const key =
      [citedNumber(c, byId), c.number].find((k) => k !== null && expected.has(k)) ??
      [...expected.keys()].find((k) => c.number === null && c.text.startsWith(k));
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
