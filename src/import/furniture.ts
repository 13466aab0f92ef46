import type { SourceLine } from "./types";

/** A page label on a line of its own: "Page 3 of 9", "Page 3", "3 of 9", "- 3 -", "3". */
const PAGE_NUMBER =
  /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,3})$/i;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());

/** The line as headers repeat it: case, spacing and numbers (page, date) ignored. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/** How many lines at the top and the bottom of a page a running header or footer may take. */
const EDGE = 3;

/**
 * Drops the running headers, footers and page numbers: lines that repeat at the top or the foot
 * of most pages, and page labels. Where pages are unknown (pasted text), a page label on a line of
 * its own goes, and so does a short line repeated three times or more beside page labels.
 */
export function dropFurniture(lines: readonly SourceLine[]): SourceLine[] {
  const pages = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.page === null || l.text === "") return;
    const list = pages.get(l.page) ?? [];
    list.push(i);
    pages.set(l.page, list);
  });
  const drop = new Set<number>();
  if (pages.size >= 2) {
    const edges = [...pages.values()].map((idx) => [...idx.slice(0, EDGE), ...idx.slice(-EDGE)]);
    const seen = new Map<string, number>();
    for (const edge of edges)
      for (const s of new Set(edge.map((i) => shape(lines[i]?.text ?? ""))))
        seen.set(s, (seen.get(s) ?? 0) + 1);
    const needed = Math.max(2, Math.ceil(pages.size * 0.5));
    for (const edge of edges)
      for (const i of edge) {
        const text = lines[i]?.text ?? "";
        if ((seen.get(shape(text)) ?? 0) >= needed || isPageNumber(text)) drop.add(i);
      }
  } else {
    const near = new Map<string, number>();
    lines.forEach((l, i) => {
      if (!/^page\s+\d+/i.test(l.text) && !/^\d+\s+of\s+\d+$/i.test(l.text)) return;
      drop.add(i);
      // a running header or footer sits within two lines of the page label
      for (let j = i - 3; j <= i + 3; j++) {
        const t = lines[j]?.text ?? "";
        if (j !== i && t !== "" && t.length <= 100) near.set(shape(t), (near.get(shape(t)) ?? 0) + 1);
      }
    });
    lines.forEach((l, i) => {
      if (l.text !== "" && (near.get(shape(l.text)) ?? 0) >= 3 && !/^(by|name|title|date)\s*:/i.test(l.text))
        drop.add(i);
    });
  }
  return lines.filter((_l, i) => !drop.has(i));
}
