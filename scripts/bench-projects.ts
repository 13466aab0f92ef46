// The bench's batch: many varied projects made from the good fixtures through the project actions,
// with a few invalid files mixed in, as a state's worth of MOUs would arrive.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  setAnswer,
  setCustomClause,
  setIncluded,
  setPosition,
  updateAgreementDetails,
} from "../src/project/actions";
import { parseProjectFile, serializeProject } from "../src/project/file";
import type { Project, Side } from "../src/project/schema";
import { TOPICS } from "../src/topics";

const TOWNS = [
  "Maple Grove",
  "Lakeside",
  "Cedar Falls",
  "Riverton",
  "Oak Hill",
  "Pine Bluff",
  "Harbor City",
  "Elm Creek",
];
const SIDES: readonly Side[] = ["agency", "district"];

function fixtures(dir: string): Project[] {
  return readdirSync(dir).flatMap((name) => {
    const loaded = parseProjectFile(readFileSync(join(dir, name, "project.json"), "utf8"));
    return loaded.ok ? [loaded.project] : [];
  });
}

/** One variation of a fixture: other names, schools and officers, wording, topics and positions. */
function vary(base: Project, i: number): Project {
  const now = new Date(Date.UTC(2026, 0, 1 + (i % 300)));
  const town = `${TOWNS[i % TOWNS.length] ?? "Town"} ${Math.floor(i / TOWNS.length) + 1}`;
  const side = SIDES[i % 2] ?? "agency";
  let p: Project = { ...base, id: `bench-${i}`, name: `${town} MOU` };
  p = updateAgreementDetails(
    p,
    side,
    {
      parties: {
        ...p.parties,
        agency: { ...p.parties.agency, name: `${town} Police Department` },
        district: { ...p.parties.district, name: `${town} Unified School District` },
      },
      schools: Array.from({ length: 1 + (i % 6) }, (_, k) => ({
        id: `s${k + 1}`,
        name: `${town} ${["High", "Middle", "Elementary"][k % 3] ?? "High"} School ${k + 1}`,
        level: (["high", "middle", "elementary"] as const)[k % 3] ?? "high",
        address: `${k + 1} School Road, ${town}`,
        officers: k === 0 ? 1 + (i % 3) : (k % 2) * 0.5,
      })),
    },
    "Varied for the bench.",
    now,
  );
  const topic = TOPICS[i % TOPICS.length];
  if (topic) {
    const notes = topic.fields.find((f) => f.kind === "longText");
    if (notes)
      p = setAnswer(p, side, topic.id, notes.key, `Bench wording ${i}: the Parties meet each term.`, now);
    if (!topic.required && i % 5 === 0)
      p = setIncluded(p, side, topic.id, !p.topics[topic.id]?.included, now);
    p = setPosition(
      p,
      side === "agency" ? "district" : "agency",
      topic.id,
      i % 7 === 0 ? "object" : "agree",
      "Bench.",
      now,
    );
  }
  const other = TOPICS[(i * 7) % TOPICS.length];
  if (other && i % 3 === 0)
    p = setCustomClause(p, side, other.id, `The Parties add term ${i} for this program.`, now);
  return p;
}

/**
 * Writes `count` project files into `dir`: fixtures varied through the project actions, and one
 * invalid file in fifty (not JSON, or a project that breaks the schema). Returns how many are invalid.
 */
export function writeBenchProjects(fixtureDir: string, dir: string, count: number): number {
  const bases = fixtures(fixtureDir);
  let invalid = 0;
  for (let i = 0; i < count; i++) {
    const file = join(dir, `mou-${String(i).padStart(4, "0")}.mou.json`);
    if (i % 50 === 49) {
      invalid += 1;
      writeFileSync(file, i % 100 === 99 ? "{ not json" : JSON.stringify({ schemaVersion: 1, id: 7 }));
      continue;
    }
    const base = bases[i % bases.length];
    if (!base) throw new Error(`No loadable fixture in ${fixtureDir}.`);
    writeFileSync(file, serializeProject(vary(base, i), "agency", new Date(Date.UTC(2026, 5, 1))));
  }
  return invalid;
}
