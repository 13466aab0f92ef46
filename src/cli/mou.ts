import { mkdir, writeFile } from "node:fs/promises";
import { buildAlignmentReport } from "../document/build";
import { buildFamilySummary } from "../document/family-summary";
import type { DocumentMode } from "../document/ir";
import { openItems } from "../project/open-items";
import { loadFontNode } from "../render/pdf/fonts-node";
import type { Format } from "../render/registry";
import { FORMATS, isFormat, render } from "../render/registry";
import { expandInputs, runBatch, summary } from "./batch";
import { CHECKUP_USAGE, checkupCommand } from "./checkup";
import { IMPORT_USAGE, importCommand } from "./import";
import type { RenderJob } from "./job";
import { CliError, oneLine, readProject, runRenderJob } from "./job";

const USAGE = `Usage:
  npx mou check <project.mou.json | folder>... [--json]
      One file: prints its open items as JSON. Several: one line each (--json: a JSON report).
      Exits 1 when any file has open items, 2 when any cannot be opened.
  npx mou render <project.mou.json> --format docx|pdf|markdown|html --mode draft|final --out <file> [--alignment | --annex]
  npx mou render <project.mou.json | folder>... --format <formats> --mode draft|final --out-dir <folder> [--jobs N] [--json] [--alignment | --annex]
      Writes the MOU. "final" (signature-ready) needs no open items. <formats> is one format, a
      comma-separated list (docx,pdf) or "all". With --out-dir, each file becomes
      <name>.<mode>.<ext> there, rendered on worker threads (one per core, or --jobs); one bad
      file never stops the batch; a summary follows, and --json prints a JSON report.
      --alignment adds to a draft the annex "Alignment with the NASRO Recommendations" (every
      topic against its recommendation, then each departure with the Parties' reasons); --annex
      adds the departures alone.
  npx mou report <project.mou.json> --format docx|pdf|markdown|html --out <file>
      Writes the report "Alignment with the NASRO Recommendations" for a board meeting: every
      topic, whether the MOU follows the recommendation, and each departure with the Parties'
      reasons. Works on a draft as on a signature-ready MOU.
  npx mou family <project.mou.json> --lang en|es --format docx|pdf|markdown|html --out <file>
      Writes the plain-language summary for families, in English or Spanish: what the SRO does
      and does not do at school, how to raise a concern and whom to contact, from the answers.
${IMPORT_USAGE.replace(/^Usage:\n/, "")}
${CHECKUP_USAGE.replace(/^Usage:\n/, "")}
  (npm run mou -- <command> … works as well.)`;

const VALUED = ["format", "mode", "out", "out-dir", "jobs", "lang"] as const;
const SWITCHES = ["annex", "alignment", "json"] as const;

interface Args {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly switches: Set<string>;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const name = a.slice(2);
    if ((SWITCHES as readonly string[]).includes(name)) switches.add(name);
    else if ((VALUED as readonly string[]).includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new CliError(`Missing --${name}.\n\n${USAGE}`);
      values.set(name, value);
      i += 1;
    } else throw new CliError(`Unknown option ${a}.\n\n${USAGE}`);
  }
  return { positional, values, switches };
}

function option(args: Args, name: string, allowed?: readonly string[]): string {
  const value = args.values.get(name);
  if (!value) throw new CliError(`Missing --${name}.\n\n${USAGE}`);
  if (allowed && !allowed.includes(value))
    throw new CliError(`--${name} must be ${allowed.join(" or ")}, not "${value}".`);
  return value;
}

/** "pdf", "docx,pdf" or "all". */
function formatsOf(value: string): Format[] {
  if (value === "all") return [...FORMATS];
  const list = value.split(",").map((f) => f.trim());
  for (const f of list)
    if (!isFormat(f)) throw new CliError(`--format must be ${FORMATS.join(" or ")}, not "${f}".`);
  return [...new Set(list as Format[])];
}

async function check(args: Args): Promise<number> {
  const files = await expandInputs(args.positional);
  const only = files.length === 1 && args.positional.length === 1 ? files[0] : undefined;
  if (only !== undefined && !args.switches.has("json")) {
    const items = openItems(await readProject(only));
    process.stdout.write(`${JSON.stringify({ open: items.length, items }, null, 2)}\n`);
    return items.length > 0 ? 1 : 0;
  }
  const report: Array<{ file: string; open: number | null; error: string | null }> = [];
  for (const file of files) {
    try {
      report.push({ file, open: openItems(await readProject(file)).length, error: null });
    } catch (error) {
      report.push({ file, open: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (args.switches.has("json")) process.stdout.write(`${JSON.stringify({ files: report }, null, 2)}\n`);
  else
    for (const r of report)
      process.stdout.write(
        r.error !== null
          ? `${r.file}: ${oneLine(r.error)}\n`
          : `${r.file}: ${r.open === 0 ? "nothing open" : `${r.open} open`}\n`,
      );
  if (report.some((r) => r.error !== null)) return 2;
  return report.some((r) => (r.open ?? 0) > 0) ? 1 : 0;
}

async function renderCommand(args: Args): Promise<number> {
  if (args.positional.length === 0) throw new CliError(`No project file given.\n\n${USAGE}`);
  const formats = formatsOf(option(args, "format"));
  const mode = option(args, "mode", ["draft", "final"]) as DocumentMode;
  const departuresAnnex = args.switches.has("annex");
  const alignmentAnnex = args.switches.has("alignment");
  for (const [flag, on] of [
    ["--annex", departuresAnnex],
    ["--alignment", alignmentAnnex],
  ] as const)
    if (on && mode === "final")
      throw new CliError(
        `${flag} is for drafts: the signature-ready MOU carries only the agreed text. For its alignment with the recommendations, run "npx mou report".`,
      );
  const outDir = args.values.get("out-dir");
  const base = { formats, mode, departuresAnnex, alignmentAnnex };

  if (outDir === undefined) {
    // one file, one format, one output file: the form scripts have always used
    const out = option(args, "out");
    const [file] = args.positional;
    if (args.positional.length > 1 || formats.length > 1 || file === undefined)
      throw new CliError(`Several files or formats need --out-dir <folder>.\n\n${USAGE}`);
    const r = await runRenderJob({ ...base, file, out: { file: out } });
    if (!r.ok) {
      const opened = r.open !== null && r.open > 0 && mode === "final";
      throw new CliError(
        opened ? `${r.error ?? ""}\nRun "npx mou check ${file}" for the full list.` : (r.error ?? ""),
        opened ? 1 : 2,
      );
    }
    const [o] = r.outputs;
    if (o)
      process.stderr.write(
        `Wrote ${o.path} (${o.format.toUpperCase()}, ${mode}, ${o.bytes.toLocaleString("en-US")} bytes${r.fingerprint ? `, fingerprint ${r.fingerprint}` : ""}).\n`,
      );
    return 0;
  }

  await mkdir(outDir, { recursive: true });
  const files = await expandInputs(args.positional);
  const jobsValue = args.values.get("jobs");
  const jobs = jobsValue === undefined ? undefined : Number(jobsValue);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new CliError(`--jobs must be a whole number of at least 1, not "${jobsValue}".`);
  const started = performance.now();
  const results = await runBatch(
    files.map((file): RenderJob => ({ ...base, file, out: { dir: outDir } })),
    jobs,
  );
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${summary(results, seconds)}\n`);
  if (args.switches.has("json"))
    process.stdout.write(
      `${JSON.stringify({ seconds: Number(seconds.toFixed(2)), files: results }, null, 2)}\n`,
    );
  return results.every((r) => r.ok) ? 0 : 1;
}

async function report(args: Args): Promise<number> {
  const [file] = args.positional;
  if (file === undefined) throw new CliError(`No project file given.\n\n${USAGE}`);
  const format = option(args, "format", FORMATS) as Format;
  const out = option(args, "out");
  const doc = buildAlignmentReport(await readProject(file));
  const bytes = await render(format, doc, { loadFont: loadFontNode });
  await writeFile(out, bytes);
  process.stderr.write(
    `Wrote ${out} (${format.toUpperCase()}, alignment report, ${bytes.length.toLocaleString("en-US")} bytes).\n`,
  );
  return 0;
}

async function family(args: Args): Promise<number> {
  const [file] = args.positional;
  if (file === undefined) throw new CliError(`No project file given.\n\n${USAGE}`);
  const lang = option(args, "lang", ["en", "es"]) === "es" ? "es" : "en";
  const format = option(args, "format", FORMATS) as Format;
  const out = option(args, "out");
  const doc = buildFamilySummary(await readProject(file), lang);
  const bytes = await render(format, doc, { loadFont: loadFontNode });
  await writeFile(out, bytes);
  process.stderr.write(
    `Wrote ${out} (${format.toUpperCase()}, summary for families, ${lang}, ${bytes.length.toLocaleString("en-US")} bytes).\n`,
  );
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return check(parseArgs(rest));
  if (command === "render") return renderCommand(parseArgs(rest));
  if (command === "report") return report(parseArgs(rest));
  if (command === "family") return family(parseArgs(rest));
  if (command === "import") return importCommand(rest);
  if (command === "checkup") return checkupCommand(rest);
  throw new CliError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
}

// The exit code is set and the process ends by itself once stdout and stderr are written: a
// process.exit() here would cut off a large --json report still queued for a pipe (`| jq`).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.code;
      return;
    }
    process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
