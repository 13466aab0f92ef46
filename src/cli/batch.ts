import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RenderJob, RenderResult } from "./job";
import { CliError, oneLine, runRenderJob } from "./job";

/** Project files among the arguments: files as given, folders searched for *.mou.json and *.json. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const entries = await readdir(path, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(path, e.name);
      if (e.isDirectory()) await walk(child);
      else if (/\.json$/i.test(e.name)) out.push(child);
    }
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) await walk(input);
    else out.push(input); // a missing file is reported as that file's failure
  }
  if (out.length === 0) throw new CliError(`No project files (*.mou.json) in ${inputs.join(", ")}.`);
  return out;
}

/** Shows progress on a terminal as one bar, elsewhere as one line per file. */
class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly tty: boolean,
  ) {}
  report(r: RenderResult): void {
    this.done += 1;
    if (!this.tty) {
      process.stderr.write(`${lineOf(r)}\n`);
      return;
    }
    const width = 28;
    const filled = Math.round((this.done / this.total) * width);
    const bar = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${this.done}/${this.total}`;
    if (!r.ok) process.stderr.write(`\r\x1b[K${lineOf(r)}\n`);
    process.stderr.write(`\r\x1b[K${bar} ${r.file}`);
    if (this.done === this.total) process.stderr.write("\n");
  }
}

function lineOf(r: RenderResult): string {
  if (!r.ok) return `failed ${r.file}: ${oneLine(r.error ?? "")}`;
  const open = r.open === 0 ? "nothing open" : `${r.open} open ${r.open === 1 ? "item" : "items"}`;
  return `done   ${r.file} (${open}): ${r.outputs.map((o) => o.path).join(", ")}`;
}

/**
 * Runs the jobs on worker threads, one per core (or `jobs`), in order of the files; one bad file
 * never stops the batch. Returns the results in the order of the jobs.
 */
export async function runBatch(list: readonly RenderJob[], jobs?: number): Promise<RenderResult[]> {
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), list.length));
  const progress = new Progress(list.length, process.stderr.isTTY === true);
  const results = new Array<RenderResult>(list.length);
  if (threads === 1) {
    for (const [i, job] of list.entries()) {
      const r = await runRenderJob(job);
      results[i] = r;
      progress.report(r);
    }
    return results;
  }
  const workerFile = join(dirname(fileURLToPath(import.meta.url)), "worker.js");
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      let worker = new Worker(workerFile);
      try {
        while (next < list.length) {
          const i = next++;
          const job = list[i];
          if (!job) break;
          const current = worker;
          const r = await new Promise<RenderResult>((resolve, reject) => {
            const fail = (error: Error) => reject(error);
            current.once("error", fail);
            current.once("message", (result: RenderResult) => {
              current.off("error", fail);
              resolve(result);
            });
            current.postMessage(job);
          }).catch(async (error: unknown): Promise<RenderResult> => {
            // a worker that crashed is replaced, so the rest of the batch goes on
            await current.terminate().catch(() => undefined);
            worker = new Worker(workerFile);
            return {
              file: job.file,
              ok: false,
              open: null,
              outputs: [],
              fingerprint: null,
              error: `the renderer stopped: ${error instanceof Error ? error.message : String(error)}`,
              ms: 0,
            };
          });
          results[i] = r;
          progress.report(r);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

/** "Rendered 38 of 40 files (76 documents) in 12.3 s; 2 failed." */
export function summary(results: readonly RenderResult[], seconds: number): string {
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const documents = ok.reduce((n, r) => n + r.outputs.length, 0);
  const lines = [
    `Rendered ${ok.length} of ${results.length} ${results.length === 1 ? "file" : "files"} (${documents} ${documents === 1 ? "document" : "documents"}) in ${seconds.toFixed(1)} s${failed.length > 0 ? `; ${failed.length} failed:` : "."}`,
    ...failed.map((r) => `  - ${r.file}: ${oneLine(r.error ?? "")}`),
  ];
  const open = ok.filter((r) => (r.open ?? 0) > 0);
  if (open.length > 0)
    lines.push(`${open.length} of the rendered ${open.length === 1 ? "file has" : "files have"} open items.`);
  return lines.join("\n");
}
