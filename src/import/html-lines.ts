import type { SourceLine } from "./types";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "td",
  "th",
  "ol",
  "ul",
  "table",
  "tr",
]);

/**
 * The lines of mammoth's HTML: one per paragraph, heading, list item or table cell, a line break
 * inside a paragraph starting a new line of it, and an empty line after each paragraph. A list
 * number put between `open` and `close` becomes the line's `listNumber`.
 */
export function htmlLines(html: string, open: string, close: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let text = "";
  let role: SourceLine["role"] = undefined;
  const stack: string[] = [];
  const flush = (endParagraph: boolean) => {
    const raw = text.replace(/\s+/g, " ").trim();
    text = "";
    if (raw !== "") {
      const m = new RegExp(`^${open}([^${close}]*)${close}\\s*`).exec(raw);
      const body = m ? raw.slice(m[0].length) : raw;
      const line: SourceLine = {
        text: body.split(open).join("").split(close).join(""),
        page: null,
        ...(role ? { role } : {}),
        ...(m?.[1]
          ? {
              listNumber: m[1],
              listLevel: Math.max(0, stack.filter((t) => t === "ol" || t === "ul").length - 1),
            }
          : {}),
      };
      lines.push(line);
    }
    if (endParagraph && lines.at(-1)?.text !== "") lines.push({ text: "", page: null });
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const [, closing, tagName, chars] = m;
    if (chars !== undefined) {
      text += decode(chars);
      continue;
    }
    const tag = (tagName ?? "").toLowerCase();
    if (tag === "br") {
      flush(false);
      continue;
    }
    if (!BLOCKS.has(tag)) continue;
    flush(true);
    if (closing) stack.pop();
    else stack.push(tag);
    const inner = [...stack].reverse().find((t) => t !== "ol" && t !== "ul" && t !== "tr" && t !== "table");
    role =
      inner === undefined || inner === "p"
        ? stack.includes("td") || stack.includes("th")
          ? "tableCell"
          : stack.includes("li") && inner !== "p"
            ? "listItem"
            : undefined
        : /^h[1-6]$/.test(inner)
          ? "heading"
          : inner === "li"
            ? "listItem"
            : "tableCell";
  }
  flush(true);
  return lines;
}
