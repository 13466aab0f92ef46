// Builds the app (for bundle sizes) and the Node entry (for timings), then runs the benchmark.
import { spawnSync } from "node:child_process";

for (const args of [
  ["vite", "build", "--logLevel", "warn"],
  ["vite", "build", "--config", "vite.cli.config.ts"],
]) {
  const r = spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const run = spawnSync(process.execPath, ["dist-cli/bench.js"], { stdio: "inherit" });
process.exit(run.status ?? 1);
