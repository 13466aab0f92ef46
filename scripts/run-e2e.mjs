// Runs the end-to-end suite in Debian's Chromium against the built app (dist/).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("/usr/bin/chromium")) {
  console.error(
    "run-e2e: /usr/bin/chromium is missing; run scripts/ensure-tools.sh as root (Debian package chromium).",
  );
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("run-e2e: dist/ is missing; run `npx vite build` first.");
  process.exit(1);
}
const r = spawnSync(
  "npx",
  ["vitest", "run", "--config", "test/e2e/vitest.config.ts", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
