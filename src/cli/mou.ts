import { readFile, stat, writeFile } from "node:fs/promises";
import { buildAlignmentReport, buildDocument } from "../document/build";
import { parseProjectFile } from "../project/file";
import { MAX_FILE_BYTES } from "../project/file";
import { openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import { loadFontNode } from "../render/pdf/fonts-node";
import { FORMATS, render } from "../render/registry";
import type { Format } from "../render/registry";

const USAGE = `Usage:
  npm run mou -- check <project.mou.json>
      Prints the open items as JSON; exits 1 when any are open.
  npm run mou -- render <project.mou.json> --format docx|pdf|markdown --mode draft|final --out <file> [--alignment | --annex]
      Writes the MOU. "final" (signature-ready) needs no open items. --alignment adds to a draft
      the annex "Alignment with the NASRO Recommendations" (every topic against its
      recommendation, then each departure with the Parties' reasons); --annex adds the departures
      alone.
  npm run mou -- report <project.mou.json> --format docx|pdf|markdown --out <file>
      Writes the report "Alignment with the NASRO Recommendations" for a board meeting: every
      topic, whether the MOU follows the recommendation, and each departure with the Parties'
      reasons. Works on a draft as on a signature-ready MOU.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

async function readProject(path: string | undefined): Promise<Project> {
  if (!path) throw new CliError(`No project file given.\n\n${USAGE}`);
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

function option(args: string[], name: string, allowed?: readonly string[]): string {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (!value || value.startsWith("--")) throw new CliError(`Missing --${name}.\n\n${USAGE}`);
  if (allowed && !allowed.includes(value))
    throw new CliError(`--${name} must be ${allowed.join(" or ")}, not "${value}".`);
  return value;
}

export async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if (command === "check") {
    const project = await readProject(file);
    const items = openItems(project);
    process.stdout.write(`${JSON.stringify({ open: items.length, items }, null, 2)}\n`);
    return items.length > 0 ? 1 : 0;
  }
  if (command === "render") {
    const project = await readProject(file);
    const format = option(rest, "format", FORMATS) as Format;
    const mode = option(rest, "mode", ["draft", "final"]) as "draft" | "final";
    const out = option(rest, "out");
    if (mode === "final") {
      const items = openItems(project);
      if (items.length > 0) {
        const list = items
          .slice(0, 10)
          .map((i) => `  - ${i.topicTitle}: ${i.message}`)
          .join("\n");
        throw new CliError(
          `A signature-ready MOU needs every item resolved; ${items.length} open:\n${list}${items.length > 10 ? "\n  …" : ""}\nRun "npm run mou -- check ${file}" for the full list.`,
          1,
        );
      }
    }
    const departuresAnnex = rest.includes("--annex");
    const alignmentAnnex = rest.includes("--alignment");
    for (const [flag, on] of [
      ["--annex", departuresAnnex],
      ["--alignment", alignmentAnnex],
    ] as const) {
      if (on && mode === "final")
        throw new CliError(
          `${flag} is for drafts: the signature-ready MOU carries only the agreed text. For its alignment with the recommendations, run "npm run mou -- report".`,
        );
    }
    const doc = buildDocument(project, { mode, departuresAnnex, alignmentAnnex });
    const print = doc.meta.fingerprint?.short;
    const bytes = await render(format, doc, { loadFont: loadFontNode });
    await writeFile(out, bytes);
    process.stderr.write(
      `Wrote ${out} (${format.toUpperCase()}, ${mode}, ${bytes.length.toLocaleString("en-US")} bytes${print ? `, fingerprint ${print}` : ""}).\n`,
    );
    return 0;
  }
  if (command === "report") {
    const project = await readProject(file);
    const format = option(rest, "format", FORMATS) as Format;
    const out = option(rest, "out");
    const doc = buildAlignmentReport(project);
    const bytes = await render(format, doc, { loadFont: loadFontNode });
    await writeFile(out, bytes);
    process.stderr.write(
      `Wrote ${out} (${format.toUpperCase()}, alignment report, ${bytes.length.toLocaleString("en-US")} bytes).\n`,
    );
    return 0;
  }
  throw new CliError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(error.code);
    }
    process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
