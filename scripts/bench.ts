// `npm run bench`: speed of the document pipeline on the sample, and the size of what the browser loads.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { buildDocument } from "../src/document/build";
import { setAnswer } from "../src/project/actions";
import { parseProjectFile } from "../src/project/file";
import { loadFontNode } from "../src/render/pdf/fonts-node";
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

async function main() {
  const loaded = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
  if (!loaded.ok) throw new Error(`sample does not load: ${JSON.stringify(loaded.problems)}`);
  const project = loaded.project;
  const fontCache = new Map<string, Uint8Array>();
  const env: RenderEnv = {
    loadFont: async (name) => {
      const cached = fontCache.get(name) ?? (await loadFontNode(name));
      fontCache.set(name, cached);
      return cached;
    },
  };
  const doc = buildDocument(project, { mode: "draft" });
  const renderers = await Promise.all(FORMATS.map(async (f) => [f, await RENDERERS[f].load()] as const));
  for (let i = 0; i < 3; i++) for (const [, render] of renderers) await render(doc, env);
  const rows: Array<[string, string, string]> = [];
  // cold: a project never assembled before (as after opening a file)
  const fresh = Array.from({ length: 100 }, () => structuredClone(project));
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
  rows.push(["assemble model after one edit (preview)", `${warm.toFixed(2)} ms`, "target ≤ 2 ms"]);
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

  const html = readFileSync("dist/index.html", "utf8");
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  let initialGz = 0;
  for (const file of readdirSync("dist/assets")
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const gz = gzipSync(readFileSync(`dist/assets/${file}`), { level: 9 }).length;
    if (initial.has(file)) initialGz += gz;
    rows.push([`${initial.has(file) ? "initial" : "lazy"} chunk ${file}`, `${kb(gz)} gz`, ""]);
  }
  rows.push(["initial JS total", `${kb(initialGz)} gz`, "target ≤ 140 KB gz"]);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${target}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
