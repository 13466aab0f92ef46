// `npm run mou -- …`: builds the Node entry (same model and renderers as the app), then runs it.
import { spawnSync } from "node:child_process";

const build = spawnSync("npx", ["vite", "build", "--config", "vite.cli.config.ts"], {
  stdio: ["ignore", "ignore", "inherit"],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ["dist-cli/mou.js", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
