import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { importFile } from "../import/analyse";
import { ImportReadError } from "../import/errors";
import { projectFromImport } from "../import/to-project";
import type { ImportResult } from "../import/types";
import { serializeProject } from "../project/file";
import type { PdfJs } from "../verify/extract-pdf";
import { CliError } from "./job";

export const IMPORT_USAGE = `Usage:
  npx mou import <agreement.docx|.pdf|.txt> --out <project.mou.json>
      Imports an existing MOU: splits it into clauses, proposes a topic for each, and finds
      suggested answers, the parties, the signatories, the effective date and the term. Writes a
      new project with the parties and signatories found (no clause is applied as an answer) and,
      beside it, <project.mou.json>.import.json with the clauses, their topics and the suggestions.`;

/** FILE, then --name value options (a name may repeat). */
export interface ImportArgs {
  readonly file: string | null;
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export function parseImportArgs(
  argv: readonly string[],
  valued: readonly string[],
  usage: string,
): ImportArgs {
  let file: string | null = null;
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (!a.startsWith("--")) {
      if (file !== null) throw new CliError(`One file at a time.\n\n${usage}`);
      file = a;
      continue;
    }
    const name = a.slice(2);
    if (!valued.includes(name)) throw new CliError(`Unknown option ${a}.\n\n${usage}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new CliError(`Missing --${name}.\n\n${usage}`);
    values.set(name, [...(values.get(name) ?? []), value]);
    i += 1;
  }
  return { file, values };
}

/**
 * pdf.js's legacy build, which runs in Node with its worker in the same thread. Loaded from
 * node_modules by its path, not bundled: bundled, it cannot find its worker module beside it.
 */
export async function loadPdfJs(): Promise<PdfJs> {
  const require = createRequire(import.meta.url);
  const url = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;
  return (await import(/* @vite-ignore */ url)) as PdfJs;
}

/** Reads and imports an agreement file; a file that cannot be read is a clear message, exit 2. */
export async function readImport(file: string): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await importFile(bytes, basename(file), loadPdfJs);
  } catch (error) {
    if (error instanceof ImportReadError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** `mou import FILE --out project.mou.json` */
export async function importCommand(argv: readonly string[]): Promise<number> {
  const args = parseImportArgs(argv, ["out"], IMPORT_USAGE);
  const out = args.values.get("out")?.[0];
  if (args.file === null) throw new CliError(`No file given.\n\n${IMPORT_USAGE}`);
  if (out === undefined) throw new CliError(`Missing --out.\n\n${IMPORT_USAGE}`);
  const result = await readImport(args.file);
  const project = projectFromImport(result);
  await writeFile(out, serializeProject(project, null));
  await writeFile(`${out}.import.json`, `${JSON.stringify(result, null, 2)}\n`);
  const body = result.clauses.filter(
    (c) => c.part === "body" || c.part === "exhibit" || c.part === "preamble",
  );
  const assigned = new Set(result.mappings.filter((m) => m.topicId !== null).map((m) => m.clauseId));
  const mapped = body.filter((c) => assigned.has(c.id)).length;
  process.stderr.write(
    `Imported ${args.file}: ${body.length} clauses (${mapped} assigned to a topic, ${body.length - mapped} other provisions), ${result.suggestions.length} suggested answers.\n` +
      result.warnings.map((w) => `Note: ${w}\n`).join("") +
      `Wrote ${out} (a new project; no clause applied as an answer) and ${out}.import.json.\n`,
  );
  return 0;
}
