import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export const workDir = mkdtempSync(join(tmpdir(), "mou-docs-"));

export function write(name: string, bytes: Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, bytes);
  return path;
}

export function run(cmd: string, args: string[], options: { timeout?: number } = {}): string {
  return execFileSync(cmd, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
  });
}

/** Text of a DOCX as pandoc reads it (tracked changes as given, comments dropped). */
export function pandocText(docx: string, trackChanges: "accept" | "reject" | "all" = "accept"): string {
  return run("pandoc", [
    `--track-changes=${trackChanges}`,
    "-t",
    "plain",
    "--wrap=none",
    "--columns=100000",
    docx,
  ]);
}

export function pandocMarkdown(docx: string, trackChanges: "accept" | "reject" | "all" = "all"): string {
  return run("pandoc", [`--track-changes=${trackChanges}`, "-t", "markdown", "--wrap=none", docx]);
}

/** One part of the DOCX zip, e.g. "word/document.xml". */
export function docxPart(docx: string, part: string): string {
  return run("python3", [
    "-c",
    "import sys,zipfile;print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf8'))",
    docx,
    part,
  ]);
}

export function docxParts(docx: string): string[] {
  return run("python3", [
    "-c",
    "import sys,zipfile;print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
    docx,
  ])
    .trim()
    .split("\n");
}

/** Converts with LibreOffice headless; returns the converted file's path. Throws when LibreOffice fails. */
function libreOfficeConvert(docx: string, filter: string, ext: string): string {
  // its own folder: the converted file must not replace our file of the same name
  const outDir = mkdtempSync(join(workDir, "lo-"));
  const r = spawnSync(
    "soffice",
    ["--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, docx],
    {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, HOME: workDir },
    },
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
  return join(outDir, basename(docx).replace(/\.docx$/, `.${ext}`));
}

export function libreOfficeToPdf(docx: string): string {
  return libreOfficeConvert(docx, "pdf", "pdf");
}

/**
 * The text of a DOCX as LibreOffice lays it out, with the numbers Word's list numbering gives
 * each clause (pandoc drops them: it reads numbered paragraphs as lists of its own).
 */
export function libreOfficeText(docx: string): string {
  return readFileSync(libreOfficeConvert(docx, "txt:Text (encoded):UTF8", "txt"), "utf8").replace(
    /^\uFEFF/,
    "",
  );
}

export function pdfText(pdf: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return run("pdftotext", ["-raw", "-enc", "UTF-8", ...range, pdf, "-"]);
}

export function pdfPages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
}

/** Dark pixels on a page rendered by poppler at 72 dpi: glyphs that do not render leave none. */
export function inkPixels(pdf: string, page: number): number {
  const base = join(workDir, `ink-${page}-${Date.now()}`);
  run("pdftoppm", ["-r", "72", "-gray", "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const pgm = execFileSync("cat", [`${base}.pgm`]);
  // binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("unexpected pdftoppm output");
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 160) dark++;
  return dark;
}

/** Words in reading order, for comparing the text of two formats. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w !== "" && !/^[-=+|]+$/.test(w));
}

/**
 * Text of a Markdown file in reading order, as pandoc reads it (no smart quotes, so the words
 * compare with the other formats'), without its footnotes and their reference numbers.
 */
export function pandocMarkdownReadingText(md: string): string {
  const html = run("pandoc", ["-f", "markdown-smart", "-t", "html", "--wrap=none", md])
    .replace(/<section[^>]*class="footnotes[\s\S]*?<\/section>/g, "")
    .replace(/<a [^>]*class="footnote-ref"[\s\S]*?<\/a>/g, "");
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };
  return html
    .replace(/<\/(p|td|th|tr|li|h\d|div)>/g, "\n")
    .replace(/<br ?\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => entities[e] ?? "");
}

/** The footnotes of a Markdown file, as pandoc reads them. */
export function pandocFootnotes(md: string): string[] {
  const plain = run("pandoc", ["-f", "markdown-smart", "-t", "plain", "--wrap=none", md]);
  return [...plain.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => m[2] ?? "");
}

/** Writes a copy of a DOCX with one part replaced, as a person editing it in Word would leave it. */
export function docxWithPart(docx: string, part: string, content: string, out: string): string {
  const contentFile = join(workDir, `part-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(contentFile, content);
  run("python3", [
    "-c",
    [
      "import sys,zipfile",
      "src,part,content,out=sys.argv[1:5]",
      "zin=zipfile.ZipFile(src)",
      "zout=zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED)",
      "[zout.writestr(i, open(content,'rb').read() if i.filename==part else zin.read(i.filename)) for i in zin.infolist()]",
      "zout.close()",
    ].join("\n"),
    docx,
    part,
    contentFile,
    out,
  ]);
  return out;
}
