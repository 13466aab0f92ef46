// `npm run bench`: speed of the document pipeline on the sample, and the size of what the browser loads.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { writeBenchProjects } from "./bench-projects";
import { buildDocument } from "../src/document/build";
import { setAnswer } from "../src/project/actions";
import { parseProjectFile } from "../src/project/file";
import { loadFontNodeOnce } from "../src/render/pdf/fonts-node";
import type { RenderEnv } from "../src/render/registry";
import { FORMATS, RENDERERS } from "../src/render/registry";

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Wall time of a whole process, as a user waits for it (start-up included). */
function timed(command: string, args: readonly string[]): number {
  const t = performance.now();
  const r = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr || r.error?.message}`);
  return ms;
}

function medianOf(runs: number, fn: () => number): number {
  const times = Array.from({ length: runs }, fn).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The build bench.mjs made: the command line beside this file, the app in BENCH_DIST. */
const MOU = join(dirname(fileURLToPath(import.meta.url)), "mou.js");
const DIST = process.env.BENCH_DIST ?? "dist";
const FIXTURE = "test/fixtures/good/resolved/project.json";

/** `mou render … --format pdf` as a whole process, against LibreOffice converting the same MOU's DOCX. */
function wholeProcess(rows: Array<[string, string, string]>, work: string): void {
  const pdf = join(work, "one.pdf");
  const docx = join(work, "one.docx");
  const cli = [MOU, "render", FIXTURE, "--mode", "draft"];
  timed(process.execPath, [...cli, "--format", "docx", "--out", docx]);
  timed(process.execPath, [...cli, "--format", "pdf", "--out", pdf]); // warm the file cache
  const ours = medianOf(5, () => timed(process.execPath, [...cli, "--format", "pdf", "--out", pdf]));
  rows.push(["one MOU to PDF, whole process (mou render)", `${ours.toFixed(0)} ms`, ""]);
  if (spawnSync("sh", ["-c", "command -v soffice"]).status !== 0) {
    rows.push(["LibreOffice DOCX to PDF, whole process", "skipped", "soffice is not installed"]);
    return;
  }
  // a profile of its own, made by a first run, as an installed LibreOffice has one
  const office = [
    `-env:UserInstallation=file://${join(work, "lo-profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    join(work, "lo"),
    docx,
  ];
  timed("soffice", office);
  const theirs = medianOf(3, () => timed("soffice", office));
  rows.push(["LibreOffice DOCX to PDF, whole process", `${theirs.toFixed(0)} ms`, ""]);
  rows.push(["  ratio mou render / LibreOffice", `${(ours / theirs).toFixed(2)}×`, "target ≤ 0.2×"]);
}

/** `mou render` of a generated folder of varied MOUs, to DOCX and PDF, on worker threads. */
function batch(rows: Array<[string, string, string]>, work: string): void {
  const count = Number(process.env.BENCH_BATCH ?? 1000);
  if (!(count > 0)) {
    rows.push(["batch of varied MOUs to DOCX and PDF", "skipped", "BENCH_BATCH=0"]);
    return;
  }
  const input = join(work, "batch-in");
  const output = join(work, "batch-out");
  mkdirSync(input);
  mkdirSync(output);
  const invalid = writeBenchProjects("test/fixtures/good", input, count);
  process.stderr.write(`bench: rendering ${count} generated MOUs to DOCX and PDF…\n`);
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [MOU, "render", input, "--format", "docx,pdf", "--mode", "draft", "--out-dir", output, "--json"],
    { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - t) / 1000;
  // 0: every file rendered, 1: some failed (the invalid ones); anything else is the bench's failure
  if (r.status !== 0 && r.status !== 1) throw new Error(`mou render failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { files: Array<{ ok: boolean; outputs: unknown[] }> };
  const files = report.files;
  const documents = files.reduce((n, f) => n + f.outputs.length, 0);
  const failed = files.filter((f) => !f.ok).length;
  rows.push([
    `batch: ${count} varied MOUs to DOCX and PDF (${documents} files, ${failed} failed of ${invalid} invalid)`,
    `${seconds.toFixed(1)} s`,
    `target ≤ ${((60 * count) / 1000).toFixed(0)} s`,
  ]);
}

async function main() {
  const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
  if (!loaded.ok) throw new Error(`sample does not load: ${JSON.stringify(loaded.problems)}`);
  const project = loaded.project;
  const env: RenderEnv = { loadFont: loadFontNodeOnce };
  const doc = buildDocument(project, { mode: "draft" });
  const renderers = await Promise.all(FORMATS.map(async (f) => [f, await RENDERERS[f].load()] as const));
  for (let i = 0; i < 3; i++) for (const [, render] of renderers) await render(doc, env);
  const rows: Array<[string, string, string]> = [];
  // cold: a project never assembled before, as after opening its file (which checks its answers)
  const raw = readFileSync("public/sample.mou.json", "utf8");
  const fresh = Array.from({ length: 100 }, () => {
    const opened = parseProjectFile(raw);
    if (!opened.ok) throw new Error("the sample does not load");
    return opened.project;
  });
  let n = 0;
  const cold = await median(100, () => buildDocument(fresh[n++] ?? project, { mode: "draft" }));
  rows.push(["assemble model, cold (sample, draft)", `${cold.toFixed(2)} ms`, "target ≤ 2 ms"]);
  // warm: the live preview after one edit, which changes one topic
  let edited = project;
  let k = 0;
  const warm = await median(200, () => {
    edited = setAnswer(edited, "agency", "formal-discipline", "notes", `Edit ${k++}`);
    return buildDocument(edited, { mode: "draft" });
  });
  rows.push(["assemble model after one edit (preview)", `${warm.toFixed(2)} ms`, "target ≤ 0.5 ms"]);
  const targets: Record<string, string> = { docx: "target ≤ 30 ms", pdf: "target ≤ 80 ms", markdown: "" };
  for (const [format, render] of renderers) {
    const time = await median(30, () => render(doc, env));
    const label = RENDERERS[format].label;
    rows.push([
      `render ${label} (sample, draft${format === "pdf" ? ", fonts cached" : ""})`,
      `${time.toFixed(1)} ms`,
      targets[format] ?? "",
    ]);
    rows.push([`${label} size`, kb((await render(doc, env)).length), ""]);
  }

  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  let initialGz = 0;
  for (const file of readdirSync(join(DIST, "assets"))
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const gz = gzipSync(readFileSync(join(DIST, "assets", file)), { level: 9 }).length;
    if (initial.has(file)) initialGz += gz;
    rows.push([`${initial.has(file) ? "initial" : "lazy"} chunk ${file}`, `${kb(gz)} gz`, ""]);
  }
  rows.push(["initial JS total", `${kb(initialGz)} gz`, "target ≤ 130 KB gz"]);

  const work = mkdtempSync(join(tmpdir(), "mou-bench-"));
  try {
    wholeProcess(rows, work);
    batch(rows, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${target}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
