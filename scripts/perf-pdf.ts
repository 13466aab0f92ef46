// A profiling loop for the PDF renderer (not part of `npm run bench`): renders the sample and the
// bench's varied projects in one process, as a batch worker does, and prints the median times.
// Built with scripts/vite.perf.config.ts (the command line's plugins); run with `node --cpu-prof`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeBenchProjects } from "./bench-projects";
import { buildDocument } from "../src/document/build";
import { parseProjectFile } from "../src/project/file";
import { loadFontNode, loadFontNodeOnce } from "../src/render/pdf/fonts-node";
import type { RenderEnv } from "../src/render/registry";
import { render } from "../src/render/registry";

const env: RenderEnv = { loadFont: loadFontNodeOnce };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function main() {
  const what = process.argv[2] ?? "sample";
  const runs = Number(process.argv[3] ?? 30);
  if (what === "gen") {
    // the bench's varied projects in a folder, for timing `mou render` on them
    const out = process.argv[4] ?? "perf-batch-in";
    writeBenchProjects("test/fixtures/good", out, runs);
    return;
  }
  if (what === "trace") {
    // which strings fontkit shapes (rather than plain-glyphs.ts) in one render of a project
    const fontkit = await import("fontkit");
    const proto = Object.getPrototypeOf(fontkit.create(Buffer.from(await loadFontNode("regular")))) as {
      layout: (this: unknown, text: string, ...rest: unknown[]) => unknown;
    };
    const orig = proto.layout;
    const seen = new Map<string, number>();
    proto.layout = function (this: unknown, text: string, ...rest: unknown[]) {
      seen.set(text, (seen.get(text) ?? 0) + 1);
      return orig.call(this, text, ...rest);
    };
    const loaded = parseProjectFile(readFileSync(process.argv[3] ?? "public/sample.mou.json", "utf8"));
    if (!loaded.ok) throw new Error("project does not load");
    await render("pdf", buildDocument(loaded.project, { mode: "draft" }), env);
    console.log(seen.size, JSON.stringify([...seen].slice(0, 80)));
    return;
  }
  if (what === "sample") {
    const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    if (!loaded.ok) throw new Error("sample does not load");
    const doc = buildDocument(loaded.project, { mode: "draft" });
    const times: number[] = [];
    let cpu = process.cpuUsage();
    for (let i = 0; i < runs + 3; i++) {
      if (i === 3) cpu = process.cpuUsage();
      const t = performance.now();
      await render("pdf", doc, env);
      if (i >= 3) times.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / runs;
    console.log(
      `sample draft pdf: median ${median(times).toFixed(1)} ms, cpu ${cpuMs.toFixed(1)} ms each, of ${runs}`,
    );
    return;
  }
  // "batch": the bench's varied projects, PDF only, one thread
  const dir = mkdtempSync(join(tmpdir(), "perf-pdf-"));
  try {
    writeBenchProjects("test/fixtures/good", dir, runs);
    const t = performance.now();
    const cpu = process.cpuUsage();
    let n = 0;
    for (const file of readdirSync(dir).sort()) {
      const loaded = parseProjectFile(readFileSync(join(dir, file), "utf8"));
      if (!loaded.ok) continue;
      await render("pdf", buildDocument(loaded.project, { mode: "draft" }), env);
      n++;
    }
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    console.log(
      `batch: ${n} PDFs in ${ms.toFixed(0)} ms (${(ms / n).toFixed(1)} ms each; cpu ${(cpuMs / n).toFixed(1)} ms each)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
