// Builds the app (for bundle sizes) and the Node entry (for timings), then runs the benchmark:
// the Node part (model, renderers, bundle sizes, whole processes, a batch), the import's figures
// (scripts/bench-import.mjs), then the Chromium part.
// Both builds go to a folder of the bench's own, so a build or test running beside it in the same
// checkout (which rebuilds dist/ and dist-cli/) cannot change or remove them halfway. The folder
// is under node_modules/.cache, so the command line still finds the fonts in node_modules.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { browserBench } from "./bench-browser.mjs";

/** Runs the bench on builds in `work`; returns the exit code. */
async function bench(work) {
  const app = join(work, "app");
  const cli = join(work, "cli");
  for (const args of [
    ["vite", "build", "--logLevel", "warn", "--outDir", app, "--emptyOutDir"],
    ["vite", "build", "--config", "vite.cli.config.ts", "--outDir", cli, "--emptyOutDir"],
  ]) {
    const r = spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) return r.status ?? 1;
  }
  const run = spawnSync(process.execPath, [join(cli, "bench.js")], {
    stdio: "inherit",
    env: { ...process.env, BENCH_DIST: app },
  });
  if (run.status !== 0) return run.status ?? 1;
  // the import's figures (issue 13): topic precision per form of the test set, suggested answers,
  // a 30-page PDF; its own build, as `node scripts/bench-import.mjs`
  const imported = spawnSync(process.execPath, ["scripts/bench-import.mjs"], { stdio: "inherit" });
  if (imported.status !== 0) return imported.status ?? 1;
  const rows = await browserBench(app);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${target}`);
  return 0;
}

const cache = join("node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(join(cache, "mou-bench-"));
try {
  process.exitCode = await bench(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
