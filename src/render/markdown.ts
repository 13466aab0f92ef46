import type { Block, Inline, MouDocument, SignatureBlock, SignatureLabels } from "../document/ir";
import { blankText, inlineFlags, inlineText, pageLabelText } from "../document/ir";
import { printableDocument } from "./printable";

/**
 * Renders the document model as Markdown (pandoc's dialect): headings, numbered clauses, pipe
 * tables, open items as footnotes beside their "[Open n]" markers, and an annual review's
 * changes as pandoc's insertion and deletion spans. Decides format only; every word comes from
 * the model.
 */

/** Characters Markdown would read as markup; escaped wherever the model's words are printed. */
const SPECIAL = /[\\`*_{}[\]<>#|~^$@]/g;

function escape(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

/** Wraps text in emphasis markers, keeping its leading and trailing spaces outside them. */
function emphasize(text: string, mark: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!m || m[2] === "") return text;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

const attr = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

interface Notes {
  readonly list: string[];
}

function inlineMd(inline: Inline, notes: Notes): string {
  const flags = inlineFlags(inline);
  let out: string;
  if (inline.kind === "blank") out = emphasize(escape(blankText(inline.label)), "**");
  // a text file has no pages
  else if (inline.kind === "pageRef") out = escape(inlineText(inline));
  else {
    out = escape(inline.text);
    if (inline.bold) out = emphasize(out, "**");
    if (inline.italic) out = emphasize(out, "*");
    if (inline.change) {
      const c = inline.change;
      const kind = c.type === "ins" ? "insertion" : "deletion";
      out = `[${out}]{.${kind} author=${attr(c.authorName)} date=${attr(c.date)}}`;
    }
  }
  for (const f of flags) {
    notes.list.push(escape(f.comment));
    out += `[^${notes.list.length}]`;
  }
  return out;
}

const inlinesMd = (inlines: readonly Inline[], notes: Notes) =>
  inlines.map((i) => inlineMd(i, notes)).join("");

function cellMd(inlines: readonly Inline[], notes: Notes): string {
  return inlinesMd(inlines, notes).trim() || " ";
}

function signatureMd(s: SignatureBlock, labels: SignatureLabels): string[] {
  const rule = "\\_".repeat(32);
  return [
    `**${escape(s.caption)}**`,
    `${rule}\\\n${escape(labels.signature)}`,
    `${escape(labels.name)} ${escape(s.name)}\\\n${escape(labels.title)} ${escape(s.title)}`,
    `${rule}\\\n${escape(labels.date)}`,
  ];
}

function blockMd(block: Block, notes: Notes): string[] {
  switch (block.kind) {
    case "title":
      return block.lines.map((l, i) => (i === 0 ? `# ${escape(l)}` : `**${escape(l)}**`));
    case "heading": {
      const hashes = block.level === 1 ? "##" : "###";
      return [`${hashes} ${block.number ? `${escape(block.number)} ` : ""}${escape(block.text)}`];
    }
    case "paragraph":
      return [inlinesMd(block.inlines, notes)];
    case "clause": {
      // the number in bold, so "A." or "1." is never read as a list of Markdown's own
      const line = `**${escape(block.number)}** ${inlinesMd(block.inlines, notes)}`;
      return [line];
    }
    case "table": {
      const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
      return [
        [
          row(block.header.map((h) => escape(h) || " ")),
          row(block.header.map(() => "---")),
          ...block.rows.map((r) => row(r.map((c) => cellMd(c, notes)))),
        ].join("\n"),
      ];
    }
    case "signatures":
      return block.blocks.flatMap((s) => signatureMd(s, block.labels));
    case "pageBreak":
      return ["* * *"];
  }
}

export function renderMarkdown(input: MouDocument): string {
  const doc = printableDocument(input);
  const { meta } = doc;
  const notes: Notes = { list: [] };
  const front = [
    "---",
    `title: ${attr(meta.title)}`,
    `subject: ${attr(meta.subject)}`,
    `author: ${attr(meta.author)}`,
    `lang: ${attr(meta.language)}`,
    `keywords: [${meta.keywords.map(attr).join(", ")}]`,
    `status: ${attr(meta.status)}`,
    `version: ${attr(meta.version)}`,
    ...(meta.fingerprint ? [`fingerprint: ${attr(meta.fingerprint.full)}`] : []),
    "---",
  ];
  const body = doc.blocks.flatMap((b) => blockMd(b, notes));
  const foot = [`*${escape(meta.header)}. ${escape(meta.footer)}.*`];
  // a plain file has one page: its label says so, as a printed copy's would
  const page = `*${escape(pageLabelText(meta.pageLabel, 1, 1))}*`;
  const footnotes = notes.list.map((n, i) => `[^${i + 1}]: ${n}`);
  return `${[front.join("\n"), ...body, "* * *", ...foot, page, ...footnotes].join("\n\n")}\n`;
}
