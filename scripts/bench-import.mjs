// Builds scripts/bench-import.ts with the command line's Vite config (templates precompiled, every
// dependency bundled) into a folder of its own, and runs it: `node scripts/bench-import.mjs`
// (`--misses` also lists the clauses whose first topic is wrong). scripts/bench.mjs runs it too.
import { spawnSync } from "node:child_process";
import { build, loadConfigFromFile } from "vite";

const outDir = "node_modules/.cache/bench-import";
const loaded = await loadConfigFromFile({ command: "build", mode: "production" }, "vite.cli.config.ts");
if (!loaded) throw new Error("bench-import: vite.cli.config.ts not found");
const config = loaded.config;
await build({
  ...config,
  configFile: false,
  // the bench draws its 30-page PDF with pdf-lib's standard Times, which the lean build leaves out
  plugins: (config.plugins ?? []).filter(
    (p) => !(p && typeof p === "object" && "name" in p && p.name === "lean-pdf"),
  ),
  build: {
    ...config.build,
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      ...config.build?.rollupOptions,
      input: { "bench-import": "scripts/bench-import.ts" },
    },
  },
});
const run = spawnSync(process.execPath, [`${outDir}/bench-import.js`, ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
