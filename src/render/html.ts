import type { Block, Inline, MouDocument, SignatureBlock, SignatureLabels } from "../document/ir";
import { blankText, inlineFlags, inlineText } from "../document/ir";
import { printableDocument } from "./printable";

/**
 * Renders the document model as one self-contained, accessible HTML file a district can post:
 * its language and title, headings h1–h3, numbered clauses as ordered lists (a clause's
 * sub-clauses as a list inside it), tables with a caption and column headers, open items
 * marked by their "[Open n]" text as well as a highlight, the fingerprint, inline CSS and a
 * policy that lets the page load nothing. Decides format only; every word comes from the model.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const STYLE = `
:root { color: #1a1a1f; background: #fff; }
body { font: 1rem/1.55 Georgia, "Times New Roman", serif; max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
header.running, footer { font: 0.85rem/1.4 system-ui, sans-serif; color: #3d3d45; }
header.running { border-bottom: 1px solid #8a8d94; margin-bottom: 1.5rem; }
footer { border-top: 1px solid #8a8d94; margin-top: 2rem; }
h1 { font-size: 1.7rem; text-align: center; margin-bottom: 0.25rem; }
.subtitle { text-align: center; margin: 0.2rem 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
h3 { font-size: 1.08rem; margin-top: 1.4rem; }
.center { text-align: center; }
ol.clauses { list-style: none; padding-left: 0; }
ol.clauses ol.clauses { padding-left: 2rem; }
ol.clauses > li { display: grid; grid-template-columns: 3.2rem 1fr; margin: 0.35rem 0; }
ol.clauses > li > ol { grid-column: 1 / -1; }
.num { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #8a8d94; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
th { background: #e8edf2; }
mark { background: #fff0a0; color: #1a1a1f; outline: 1px dashed #7a5a00; }
ins { text-decoration: underline; color: #0b4a9e; }
del { text-decoration: line-through; color: #9e1a1a; }
.blank { font-weight: 700; }
.signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem; margin-top: 1.5rem; }
.signature p { margin: 0.3rem 0; }
.rule { border-bottom: 1px solid #1a1a1f; height: 2.2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code { font-size: 0.8rem; word-break: break-all; }
@media print { body { max-width: none; } mark { outline: none; } }
`;

function inlineHtml(inline: Inline): string {
  if (inline.kind === "blank")
    return `<mark><strong class="blank">${escapeHtml(blankText(inline.label))}</strong></mark>`;
  // a web page has no pages: a page reference prints as the model says a pageless format does
  if (inline.kind === "pageRef") return escapeHtml(inlineText(inline));
  let out = escapeHtml(inline.text);
  if (inline.bold) out = `<strong>${out}</strong>`;
  if (inline.italic) out = `<em>${out}</em>`;
  if (inline.change) {
    const c = inline.change;
    const tag = c.type === "ins" ? "ins" : "del";
    const said = c.type === "ins" ? "inserted" : "deleted";
    // the change is said in words as well as shown: a screen reader does not announce ins/del
    out = `<${tag} datetime="${escapeHtml(c.date)}"><span class="visually-hidden">[${said} by ${escapeHtml(c.authorName)}: </span>${out}<span class="visually-hidden">]</span></${tag}>`;
  }
  const flags = inlineFlags(inline);
  if (flags.length > 0) out = `<mark>${out}</mark>`;
  return out;
}

const inlinesHtml = (inlines: readonly Inline[]) => inlines.map(inlineHtml).join("");

function signatureHtml(s: SignatureBlock, labels: SignatureLabels): string {
  return [
    `<div class="signature">`,
    `<p><strong>${escapeHtml(s.caption)}</strong></p>`,
    `<div class="rule"></div>`,
    `<p>${escapeHtml(labels.signature)}</p>`,
    `<p>${escapeHtml(labels.name)} ${escapeHtml(s.name)}</p>`,
    `<p>${escapeHtml(labels.title)} ${escapeHtml(s.title)}</p>`,
    `<div class="rule"></div>`,
    `<p>${escapeHtml(labels.date)}</p>`,
    `</div>`,
  ].join("\n");
}

/** The blocks as HTML: consecutive clauses make one list, a clause's sub-clauses a list in its item. */
function bodyHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  /** Open lists: 1 = clauses, 2 = sub-clauses inside the last clause's item. */
  let depth = 0;
  const close = (to: number) => {
    while (depth > to) {
      out.push("</li></ol>");
      depth--;
    }
  };
  let caption = "";
  for (const block of blocks) {
    if (block.kind !== "clause") close(0);
    switch (block.kind) {
      case "title":
        block.lines.forEach((l, i) =>
          out.push(i === 0 ? `<h1>${escapeHtml(l)}</h1>` : `<p class="subtitle">${escapeHtml(l)}</p>`),
        );
        break;
      case "heading": {
        const tag = block.level === 1 ? "h2" : "h3";
        caption = block.number ? `${block.number} ${block.text}` : block.text;
        out.push(
          `<${tag}>${block.number ? `${escapeHtml(block.number)} ` : ""}${escapeHtml(block.text)}</${tag}>`,
        );
        break;
      }
      case "paragraph":
        out.push(`<p${block.align === "center" ? ' class="center"' : ""}>${inlinesHtml(block.inlines)}</p>`);
        break;
      case "clause": {
        const item = `<li><span class="num">${escapeHtml(block.number)}</span> <div>${inlinesHtml(block.inlines)}</div>`;
        if (block.level === 1) {
          if (depth === 0) out.push('<ol class="clauses">');
          else {
            close(1);
            out.push("</li>");
          }
          out.push(item);
          depth = 1;
        } else {
          if (depth === 0) {
            out.push('<ol class="clauses">', "<li>");
            depth = 1;
          }
          if (depth === 1) {
            out.push('<ol class="clauses">');
            depth = 2;
          } else out.push("</li>");
          out.push(item);
        }
        break;
      }
      case "table": {
        const head = block.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
        const rows = block.rows
          .map((r) => `<tr>${r.map((c) => `<td>${inlinesHtml(c)}</td>`).join("")}</tr>`)
          .join("\n");
        out.push(
          `<table>\n<caption>${escapeHtml(caption || "Table")}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`,
        );
        break;
      }
      case "signatures":
        out.push(
          `<div class="signatures">\n${block.blocks.map((s) => signatureHtml(s, block.labels)).join("\n")}\n</div>`,
        );
        break;
      case "pageBreak":
        break;
    }
  }
  close(0);
  return out.join("\n");
}

export function renderHtml(input: MouDocument): string {
  const doc = printableDocument(input);
  const { meta } = doc;
  const fingerprint = meta.fingerprint
    ? `<p>SHA-256 fingerprint of the agreed text: <code>${escapeHtml(meta.fingerprint.full)}</code></p>`
    : "";
  return `<!DOCTYPE html>
<html lang="${escapeHtml(meta.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<meta name="description" content="${escapeHtml(`${meta.subject} (${meta.status}, version ${meta.version})`)}">
<meta name="author" content="${escapeHtml(`${meta.agencyName}; ${meta.districtName}`)}">
<meta name="generator" content="${escapeHtml(meta.author)}">
<meta name="keywords" content="${escapeHtml(meta.keywords.join(", "))}">
<style>${STYLE}</style>
</head>
<body>
<header class="running"><p>${escapeHtml(meta.header)}</p></header>
<main>
${bodyHtml(doc.blocks)}
</main>
<footer>
<p>${escapeHtml(meta.footer)}</p>
${fingerprint}
</footer>
</body>
</html>
`;
}
