import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { buildDocument } from "../document/build";
import type { DocumentMode } from "../document/ir";
import { MAX_FILE_BYTES, parseProjectFile } from "../project/file";
import { openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import { loadFontNodeOnce } from "../render/pdf/fonts-node";
import type { Format, RenderEnv } from "../render/registry";
import { RENDERERS, render } from "../render/registry";

/** An error the user can act on: its message is printed as it is, with the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

/** Reads and checks a project file: too large, unreadable or invalid files get a message that says why. */
export async function readProject(path: string): Promise<Project> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new CliError(`Cannot read "${path}": no such file.`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new CliError(
      `"${path}" is ${(size / 1024 / 1024).toFixed(1)} MB; an MOU project file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const result = parseProjectFile(await readFile(path, "utf8"), size);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${p.path}: ${p.message}`).join("\n");
    throw new CliError(`"${path}" cannot be opened:\n${lines}`);
  }
  return result.project;
}

/** A failure on one line, for a batch's progress and summary: "not valid JSON …", "7 open items …". */
export function oneLine(error: string): string {
  const [first = "", ...rest] = error.split("\n");
  const details = rest.map((l) => l.replace(/^\s*-\s*/, "").trim()).filter((l) => l !== "" && l !== "…");
  if (/cannot be opened:$/.test(first)) return `cannot be opened: ${details.join("; ")}`;
  return details.length > 0 ? `${first} ${details.join("; ")}` : first;
}

export interface RenderJob {
  readonly file: string;
  readonly formats: readonly Format[];
  readonly mode: DocumentMode;
  readonly departuresAnnex: boolean;
  readonly alignmentAnnex: boolean;
  /** Where each format goes: a file named for one output, or a folder for a batch. */
  readonly out: { readonly file: string } | { readonly dir: string };
}

export interface RenderResult {
  readonly file: string;
  readonly ok: boolean;
  /** Open items of the project, when it could be read. */
  readonly open: number | null;
  readonly outputs: ReadonlyArray<{ readonly format: Format; readonly path: string; readonly bytes: number }>;
  readonly fingerprint: string | null;
  readonly error: string | null;
  readonly ms: number;
}

/** "reports/maple-grove.mou.json" → "maple-grove" */
export function baseName(file: string): string {
  return basename(file).replace(/(\.mou)?\.json$/i, "");
}

const env: RenderEnv = { loadFont: loadFontNodeOnce };

/** Renders one project in each format asked for; never throws: a failure is a result with its reason. */
export async function runRenderJob(job: RenderJob): Promise<RenderResult> {
  const started = performance.now();
  let open: number | null = null;
  const outputs: Array<{ format: Format; path: string; bytes: number }> = [];
  const done = (error: string | null, fingerprint: string | null = null): RenderResult => ({
    file: job.file,
    ok: error === null,
    open,
    outputs,
    fingerprint,
    error,
    ms: Math.round(performance.now() - started),
  });
  try {
    const project = await readProject(job.file);
    const items = openItems(project);
    open = items.length;
    if (job.mode === "final" && items.length > 0) {
      const list = items
        .slice(0, 10)
        .map((i) => `  - ${i.topicTitle}: ${i.message}`)
        .join("\n");
      return done(
        `A signature-ready MOU needs every item resolved; ${items.length} open:\n${list}${items.length > 10 ? "\n  …" : ""}`,
      );
    }
    const doc = buildDocument(project, {
      mode: job.mode,
      departuresAnnex: job.departuresAnnex,
      alignmentAnnex: job.alignmentAnnex,
    });
    for (const format of job.formats) {
      const bytes = await render(format, doc, env);
      const path =
        "file" in job.out
          ? job.out.file
          : join(job.out.dir, `${baseName(job.file)}.${job.mode}.${RENDERERS[format].extension}`);
      await writeFile(path, bytes);
      outputs.push({ format, path, bytes: bytes.length });
    }
    return done(null, doc.meta.fingerprint?.short ?? null);
  } catch (error) {
    return done(error instanceof Error ? error.message : String(error));
  }
}
