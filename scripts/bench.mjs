// Builds the app (for bundle sizes) and the Node entry (for timings), then runs the benchmark:
// the Node part (model, renderers, bundle sizes, whole processes, a batch), then the Chromium part.
import { spawnSync } from "node:child_process";
import { browserBench } from "./bench-browser.mjs";

for (const args of [
  ["vite", "build", "--logLevel", "warn"],
  ["vite", "build", "--config", "vite.cli.config.ts"],
]) {
  const r = spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const run = spawnSync(process.execPath, ["dist-cli/bench.js"], { stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);
const rows = await browserBench();
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${target}`);
