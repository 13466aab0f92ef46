/**
 * Regenerates the import's test set (issue 13) into test/fixtures/import/set/: every invented MOU of
 * test/fixtures/import saved four ways,
 *
 *   NAME.project.docx   made by this project with the `docx` package, Word's own numbering where the
 *                       text has numbers (the numbers are then not text in the file)
 *   NAME.lo.docx        made by LibreOffice from the plain text (soffice --convert-to docx)
 *   NAME.pandoc.docx    made by pandoc from Markdown written from the text
 *   NAME.pdf            made by LibreOffice from NAME.lo.docx
 *
 * and test/fixtures/import/encrypted.pdf (the Juniper PDF locked by qpdf). The files are committed,
 * so the unit tests and the bench need neither LibreOffice, pandoc nor qpdf.
 *
 *   npx tsx scripts/build-import-set.ts [NAME...]    (names: only those MOUs, e.g. harlow-articles)
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import { cedarFallsDocx, cedarFallsText } from "../test/fixtures/import/cedar-falls-docx";

const FIXTURES = "test/fixtures/import";
const OUT = join(FIXTURES, "set");
const ENCRYPTED = join(FIXTURES, "encrypted.pdf");

/** A kind of printed number, the Word list level it becomes, and how Word prints that level. */
interface Kind {
  readonly name: string;
  readonly pattern: RegExp;
  readonly level: 0 | 1 | 2;
  readonly format: (typeof LevelFormat)[keyof typeof LevelFormat];
  readonly text: string;
  readonly legal?: boolean;
  /** The counter the printed number stands for, from the pattern's last group. */
  readonly value: (printed: string) => number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ""] ?? 0;
    n += v < (ROMAN[s[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return n;
}
const letter = (s: string) => s.toLowerCase().charCodeAt(0) - 96;

const KINDS: readonly Kind[] = [
  {
    name: "article",
    pattern: /^ARTICLE ([IVXLC]+)$/,
    level: 0,
    format: LevelFormat.UPPER_ROMAN,
    text: "ARTICLE %1",
    value: roman,
  },
  {
    name: "section",
    pattern: /^Section \d+\.(\d{2}) /,
    level: 1,
    // "Section 1.01": the zero is text, as Word's legal numbering prints a decimalZero level as "1"
    // (articles of this set have fewer than ten sections; the build stops if one has more)
    format: LevelFormat.DECIMAL,
    text: "Section %1.0%2",
    legal: true,
    value: Number,
  },
  {
    name: "decimal2",
    pattern: /^\d+\.(\d+) /,
    level: 1,
    format: LevelFormat.DECIMAL,
    text: "%1.%2",
    value: Number,
  },
  {
    name: "decimal1",
    pattern: /^(\d+)\. /,
    level: 0,
    format: LevelFormat.DECIMAL,
    text: "%1.",
    value: Number,
  },
  {
    name: "upper",
    pattern: /^([A-Z])\. /,
    level: 1,
    format: LevelFormat.UPPER_LETTER,
    text: "%2.",
    value: letter,
  },
  {
    name: "paren",
    pattern: /^\(([a-z])\) /,
    level: 2,
    format: LevelFormat.LOWER_LETTER,
    text: "(%3)",
    value: letter,
  },
];

/** The paragraphs of a text: one per line, blank lines dropped; lines parted by a tab are table rows. */
type Block = { kind: "line"; text: string } | { kind: "table"; rows: string[][] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split("\n").map((l) => l.trimEnd())) {
    if (line === "") continue;
    if (line.includes("\t")) {
      const last = out[out.length - 1];
      const row = line.split("\t");
      if (last?.kind === "table") last.rows.push(row);
      else out.push({ kind: "table", rows: [row] });
    } else out.push({ kind: "line", text: line });
  }
  return out;
}

const isCapsHeading = (s: string) => s.length < 80 && /[A-Z]/.test(s) && !/[a-z]/.test(s) && !/_{3}/.test(s);

/**
 * The MOU as a DOCX made with the `docx` package: numbered lines become paragraphs of one Word list
 * (the number taken off the text; Word prints it), an article's heading on the next line joins it,
 * capitals headings get a heading style, and tab-parted lines a two-column table. Throws when
 * Word's counters would not print the numbers the text has.
 */
export async function projectDocx(text: string): Promise<Uint8Array> {
  const all = blocks(text);
  const used = KINDS.filter((k) => all.some((b) => b.kind === "line" && k.pattern.test(b.text)));
  const levels = ([0, 1, 2] as const).map((level) => {
    const kind = used.find((k) => k.level === level) ?? KINDS.find((k) => k.level === level);
    if (!kind) throw new Error(`no numbering for level ${level}`);
    return {
      level,
      format: kind.format,
      text: kind.text,
      alignment: AlignmentType.START,
      isLegalNumberingStyle: kind.legal,
    };
  });
  const counters = [0, 0, 0];
  const children: Array<Paragraph | Table> = [];
  for (let i = 0; i < all.length; i++) {
    const b = all[i];
    if (!b) continue;
    if (b.kind === "table") {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: r.map(
                  (t) =>
                    new TableCell({
                      children: [new Paragraph(t)],
                      width: { size: 50, type: WidthType.PERCENTAGE },
                    }),
                ),
              }),
          ),
        }),
      );
      continue;
    }
    const kind = used.find((k) => k.pattern.test(b.text));
    if (!kind) {
      children.push(
        i === 0
          ? new Paragraph({ text: b.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER })
          : isCapsHeading(b.text)
            ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
            : new Paragraph(b.text),
      );
      continue;
    }
    const m = kind.pattern.exec(b.text);
    counters[kind.level] = (counters[kind.level] ?? 0) + 1;
    for (let l = kind.level + 1; l < counters.length; l++) counters[l] = 0;
    if (
      kind.value(m?.[1] ?? "") !== counters[kind.level] ||
      (kind.name === "section" && (counters[1] ?? 0) >= 10)
    )
      throw new Error(`Word would not number "${b.text.slice(0, 30)}" as printed`);
    let rest = b.text.slice(m?.[0].length ?? 0).trim();
    const next = all[i + 1];
    if (rest === "" && next?.kind === "line" && isCapsHeading(next.text)) {
      rest = next.text;
      i += 1;
    }
    children.push(
      new Paragraph({
        text: rest,
        numbering: { reference: "clauses", level: kind.level },
        ...(kind.level === 0 && isCapsHeading(rest) ? { heading: HeadingLevel.HEADING_1 } : {}),
      }),
    );
  }
  const doc = new Document({
    creator: "SRO MOU Wizard import test set",
    numbering: { config: [{ reference: "clauses", levels }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The MOU as Markdown for pandoc: a paragraph a line, capitals as headings, numbers kept as text. */
export function markdown(text: string): string {
  const out: string[] = [];
  for (const b of blocks(text)) {
    if (b.kind === "table") {
      const width = Math.max(...b.rows.map((r) => r.length));
      const cells = (r: readonly string[]) =>
        `| ${Array.from({ length: width }, (_, k) => escape(r[k] ?? "")).join(" | ")} |`;
      const [head, ...rest] = b.rows;
      out.push([cells(head ?? []), `|${" --- |".repeat(width)}`, ...rest.map(cells)].join("\n"));
      continue;
    }
    const line = escape(b.text).replace(/^(\(?[0-9A-Za-z]{1,5})([.)])/, "$1\\$2");
    out.push(isCapsHeading(b.text) ? `## ${line}` : line);
  }
  return `${out.join("\n\n")}\n`;
}

const escape = (s: string) => s.replace(/([\\_*`[\]<>#|])/g, "\\$1");

function run(command: string, args: readonly string[], cwd?: string) {
  execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"], timeout: 180_000 });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "import-set-"));
  const profile = `file://${join(work, "profile")}`;
  const soffice = (args: readonly string[]) =>
    run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args], work);
  try {
    const sources = new Map<string, string>(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith(".txt"))
        .map((f): [string, string] => [basename(f, ".txt"), readFileSync(join(FIXTURES, f), "utf8")]),
    );
    sources.set("cedar-falls", cedarFallsText());
    const only = process.argv.slice(2);
    for (const [name, text] of sources) {
      if (only.length > 0 && !only.includes(name)) continue;
      writeFileSync(
        join(OUT, `${name}.project.docx`),
        name === "cedar-falls" ? await cedarFallsDocx() : await projectDocx(text),
      );
      writeFileSync(join(work, `${name}.txt`), text);
      soffice([
        "--infilter=Text (encoded):UTF8,LF,,,",
        "--convert-to",
        "docx:MS Word 2007 XML",
        `${name}.txt`,
      ]);
      copyFileSync(join(work, `${name}.docx`), join(OUT, `${name}.lo.docx`));
      soffice(["--convert-to", "pdf:writer_pdf_Export", `${name}.docx`]);
      copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
      writeFileSync(join(work, `${name}.md`), markdown(text));
      run("pandoc", [`${name}.md`, "-f", "markdown", "-t", "docx", "-o", `${name}.pandoc.docx`], work);
      copyFileSync(join(work, `${name}.pandoc.docx`), join(OUT, `${name}.pandoc.docx`));
      process.stdout.write(`${name}: project, LibreOffice and pandoc DOCX, LibreOffice PDF\n`);
    }
    // a bad input for test/unit/import/bad-inputs.test.ts: the Juniper PDF locked with a password
    if (only.length === 0 || only.includes("encrypted")) {
      run("qpdf", [
        "--encrypt",
        "reader",
        "owner",
        "256",
        "--",
        join(OUT, "juniper-roman-letters.pdf"),
        ENCRYPTED,
      ]);
      process.stdout.write(`${ENCRYPTED}: qpdf, password "reader"\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("build-import-set.ts")) await main();
