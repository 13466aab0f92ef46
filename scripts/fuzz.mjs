// The fuzz of test/unit/fuzz.test.ts at length: 10,000 runs (FUZZ_RUNS to change) and a new seed
// each time (FUZZ_SEED to repeat one; CI keeps its fixed seed). Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const runs = process.env.FUZZ_RUNS || "10000";
const seed = process.env.FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} (repeat a run with both)`);
// vitest's own entry, run by this node: no shell, the same on every platform
const vitestPackage = createRequire(import.meta.url).resolve("vitest/package.json");
const vitest = join(dirname(vitestPackage), "vitest.mjs");
const r = spawnSync(process.execPath, [vitest, "run", "test/unit/fuzz.test.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
if (r.status !== 0) console.error(`fuzz failed: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} npm run fuzz`);
process.exit(r.status ?? 1);
