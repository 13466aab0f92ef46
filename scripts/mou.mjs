#!/usr/bin/env node
// `npx mou …` or `npm run mou -- …`: runs the Node entry (same model and renderers as the app).
// It is built once, and again only when a source is newer than the build: never on every call.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist-cli", "mou.js");
const SOURCES = [
  "src",
  "templates",
  "build",
  "scripts/bench.ts",
  "scripts/bench-projects.ts",
  "vite.cli.config.ts",
  "package-lock.json",
];

/** The newest modification time under a path. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
const stale = !built || SOURCES.some((s) => newest(join(root, s)) > built);
if (stale) {
  process.stderr.write("Building the command line (once, until its sources change)…\n");
  const build = spawnSync("npx", ["vite", "build", "--config", "vite.cli.config.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// in this process, not a second one: the command line reads its arguments from process.argv
// (the same after the script's name) and sets the exit code itself
await import(pathToFileURL(entry).href);
