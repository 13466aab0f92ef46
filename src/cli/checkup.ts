import { writeFile } from "node:fs/promises";
import { buildCheckup } from "../import/checkup";
import { buildCheckupDocument } from "../import/checkup-document";
import { PROFILES } from "../profiles";
import { projectFacts } from "../project/facts";
import { createProject } from "../project/new-project";
import { loadFontNode } from "../render/pdf/fonts-node";
import type { Format } from "../render/registry";
import { FORMATS, isFormat, render } from "../render/registry";
import { parseImportArgs, readImport } from "./import";
import { CliError } from "./job";

export const CHECKUP_USAGE = `Usage:
  npx mou checkup <agreement.docx|.pdf|.txt> [--profile <id>]... --format docx|pdf|markdown|html --out <file>
      Writes a check-up of an existing MOU against the NASRO recommendations: every recommended
      topic addressed, partly addressed or not addressed, with the MOU's own clauses, the values
      it states and the departures found; --profile adds the requirements of a law or grant
      (${PROFILES.map((p) => p.id).join(", ")}; several with commas or a repeated --profile).`;

/** `mou checkup FILE [--profile X] --format pdf|docx|markdown --out FILE` */
export async function checkupCommand(argv: readonly string[]): Promise<number> {
  const args = parseImportArgs(argv, ["profile", "format", "out"], CHECKUP_USAGE);
  if (args.file === null) throw new CliError(`No file given.\n\n${CHECKUP_USAGE}`);
  const format = args.values.get("format")?.[0];
  const out = args.values.get("out")?.[0];
  if (format === undefined) throw new CliError(`Missing --format.\n\n${CHECKUP_USAGE}`);
  if (!isFormat(format)) throw new CliError(`--format must be ${FORMATS.join(" or ")}, not "${format}".`);
  if (out === undefined) throw new CliError(`Missing --out.\n\n${CHECKUP_USAGE}`);
  const ids = (args.values.get("profile") ?? []).flatMap((v) => v.split(",").map((s) => s.trim()));
  const profiles = ids.map((id) => {
    const p = PROFILES.find((x) => x.id === id);
    if (!p) throw new CliError(`Unknown profile "${id}". Profiles: ${PROFILES.map((x) => x.id).join(", ")}.`);
    return p;
  });
  const result = await readImport(args.file);
  const checkup = buildCheckup(result, projectFacts(createProject("check-up")), profiles);
  const doc = buildCheckupDocument(result, checkup, { date: new Date().toISOString().slice(0, 10) });
  const bytes = await render(format as Format, doc, { loadFont: loadFontNode });
  await writeFile(out, bytes);
  const t = checkup.totals;
  process.stderr.write(
    `Wrote ${out} (${format.toUpperCase()}, check-up: ${t.addressed} addressed, ${t.partly} partly addressed, ${t.notAddressed} not addressed).\n`,
  );
  return 0;
}
