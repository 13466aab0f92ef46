/**
 * The import's figures (issue 13): the share of clauses of the test set assigned to the right topic
 * (first choice, within the top three), and the time to import a 30-page PDF in Node. Built and run
 * by scripts/bench-import.mjs (`node scripts/bench-import.mjs`).
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { analyseSource, importFile } from "../src/import/analyse";
import { readDocx } from "../src/import/read-docx";
import { loadPdfJs } from "../src/cli/import";
import { cedarExpected, cedarFallsDocx } from "../test/fixtures/import/cedar-falls-docx";
import type { ImportResult } from "../src/import/types";
import type { Precision } from "../test/unit/import/fixtures";
import {
  FIXTURES,
  TEXT_FIXTURES,
  expectedTopics,
  importFixture,
  precision,
} from "../test/unit/import/fixtures";

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);
const line = (name: string, p: Precision) =>
  `  ${name.padEnd(34)} ${String(p.first).padStart(3)}/${String(p.total).padEnd(3)} first ${pct(p.first, p.total).padStart(6)}   top three ${pct(p.topThree, p.total).padStart(6)}`;

/** A 30-page PDF of an MOU: the Harlow fixture's clauses, again and again, 46 lines a page. */
async function thirtyPages(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const words = readFileSync(`${FIXTURES}/harlow-articles.txt`, "utf8")
    .replace(/[^\x20-\x7E\n]/g, "-")
    .split("\n");
  const lines: string[] = [];
  for (const paragraph of words) {
    let current = "";
    for (const word of paragraph.split(" ")) {
      if (font.widthOfTextAtSize(`${current} ${word}`, 11) > 460) {
        lines.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    lines.push(current);
  }
  let k = 0;
  for (let n = 1; n <= 30; n++) {
    const page = pdf.addPage([612, 792]);
    for (let row = 0; row < 46; row++, k++)
      page.drawText(lines[k % lines.length] ?? "", { x: 72, y: 720 - row * 14, size: 11, font });
    page.drawText(`Page ${n} of 30`, { x: 280, y: 40, size: 9, font });
  }
  return pdf.save();
}

type Stated = [string, string | null, number | string | boolean];

/** Suggested answers against the values listed by hand: how many are right, and how many listed were found. */
function answers(
  name: string,
  result: ImportResult,
): { suggested: number; right: number; listed: number; found: number } {
  const all = JSON.parse(readFileSync(`${FIXTURES}/expected-suggestions.json`, "utf8")) as Record<
    string,
    unknown
  >;
  const listed = (all[name] ?? []) as Stated[];
  const key = (s: Stated) => JSON.stringify(s);
  const want = new Set(listed.map(key));
  const got = new Set(result.suggestions.map((s) => key([s.topicId, s.fieldKey, s.value])));
  return {
    suggested: got.size,
    right: [...got].filter((k) => want.has(k)).length,
    listed: want.size,
    found: [...want].filter((k) => got.has(k)).length,
  };
}

async function main() {
  const imported = new Map<string, ImportResult>([
    ...[...TEXT_FIXTURES, "birchwood-unnumbered.txt"].map((n): [string, ImportResult] => [
      n,
      importFixture(n),
    ]),
    ["cedar-falls.docx", analyseSource(await readDocx(await cedarFallsDocx()), "cedar-falls.docx")],
  ]);
  const results: Array<[string, Precision]> = TEXT_FIXTURES.map((name) => [
    name,
    precision(imported.get(name) as ImportResult, expectedTopics(name)),
  ]);
  results.push([
    "cedar-falls.docx",
    precision(imported.get("cedar-falls.docx") as ImportResult, cedarExpected()),
  ]);
  const harlowPdf = new Uint8Array(readFileSync(`${FIXTURES}/harlow-articles.pdf`));
  results.push([
    "harlow-articles.pdf (LibreOffice)",
    precision(
      await importFile(harlowPdf, "harlow-articles.pdf", loadPdfJs),
      expectedTopics("harlow-articles.txt"),
    ),
  ]);
  const sum = (pick: (p: Precision) => number) => results.reduce((n, [, p]) => n + pick(p), 0);
  const total = sum((p) => p.total);
  const first = sum((p) => p.first);
  const top = sum((p) => p.topThree);
  const heldOut = precision(
    importFixture("birchwood-unnumbered.txt"),
    expectedTopics("birchwood-unnumbered.txt"),
  );

  const bytes = await thirtyPages();
  await importFile(bytes, "warm-up.pdf", loadPdfJs); // pdf.js and the topic index load once
  const times: number[] = [];
  let clauses = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    clauses = (await importFile(bytes, "thirty-pages.pdf", loadPdfJs)).clauses.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  console.log("Import: topic assignment on the test set (target: first ≥ 90%, top three ≥ 98%)");
  for (const [name, p] of results) console.log(line(name, p));
  console.log(line("all (tuned on)", { total, first, topThree: top, misses: [] }));
  console.log(line("birchwood-unnumbered.txt (held out)", heldOut));
  const counts = [...imported].map(([name, r]) => answers(name, r));
  const add = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + pick(c), 0);
  console.log(
    `Suggested answers: ${add((c) => c.right)} of ${add((c) => c.suggested)} right (${pct(
      add((c) => c.right),
      add((c) => c.suggested),
    )}); ${add((c) => c.found)} of the ${add((c) => c.listed)} values the fixtures state found (${pct(
      add((c) => c.found),
      add((c) => c.listed),
    )})`,
  );
  console.log(
    `Import of a 30-page PDF in Node (target ≤ 2 s): median ${(times[2] ?? 0).toFixed(0)} ms, best ${(times[0] ?? 0).toFixed(0)} ms of 5 (${(bytes.length / 1024).toFixed(0)} KB, ${clauses} clauses)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
