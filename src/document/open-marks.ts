import type { OpenItem } from "../project/open-items";
import { REASON_LABELS } from "../project/open-items";
import type { Block, Flag, Inline, MouDocument } from "./ir";
import { inlineFlags, text } from "./ir";
import { SIDE_NAMES, makeFlag } from "./words";

/** The flag of an open item, numbered as the open-items table lists it. */
export function flagOf(item: OpenItem, all: readonly OpenItem[]): Flag {
  const at = all.indexOf(item);
  return makeFlag(REASON_LABELS[item.reason], item.message, item.waitingOn, at >= 0 ? at + 1 : undefined);
}

const WHO = (i: OpenItem) => i.waitingOn.map((s) => SIDE_NAMES[s]).join(" and ");

/** "Open items" at the front of a draft: a count by reason and a numbered table. */
export function openItemsSection(items: readonly OpenItem[]): Block[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(REASON_LABELS[i.reason], (counts.get(REASON_LABELS[i.reason]) ?? 0) + 1);
  const blocks: Block[] = [{ kind: "heading", number: null, text: "Open items", level: 1 }];
  if (items.length === 0) {
    blocks.push({
      kind: "paragraph",
      inlines: [text("No items are open. This draft can be exported as a signature-ready MOU.")],
    });
    return blocks;
  }
  blocks.push({
    kind: "paragraph",
    inlines: [
      text(
        `This draft has ${items.length} open ${items.length === 1 ? "item" : "items"}: ` +
          [...counts].map(([label, n]) => `${label.toLowerCase()}: ${n}`).join("; ") +
          '. Each is highlighted where it sits and marked with its number, e.g. "[Open 1]".',
      ),
    ],
  });
  blocks.push({
    kind: "table",
    role: "openItems",
    header: ["No.", "Clause", "Page", "Topic", "Open item", "Who must act"],
    widths: [1.2, 2.2, 1.4, 3, 5.4, 2.2],
    rows: items.map((i, n) => [
      [text(String(n + 1))],
      [text("")],
      [{ kind: "pageRef", target: openAnchor(n + 1) }],
      [text(i.topicTitle)],
      [text(`${REASON_LABELS[i.reason]}: ${i.message}`)],
      [text(WHO(i))],
    ]),
  });
  blocks.push({ kind: "pageBreak" });
  return blocks;
}

const flagsOf = inlineFlags;

const hasNumber = (i: Inline): boolean => flagsOf(i).some((f) => Boolean(f.number));

/** The anchor of the words open item n sits on, which the open-items table's page column points to. */
export const openAnchor = (n: number) => `open_item_${n}`;

/**
 * Numbers each open item where it sits: "[Open 3]" after the flagged words, which survives
 * black-and-white printing and text extraction, and the clause number in the open-items table.
 */
export function markOpenItems(doc: MouDocument): MouDocument {
  if (doc.mode !== "draft" || doc.openItems.length === 0) return doc;
  const clauseOf = new Map<number, string>();
  let clause = "";
  let level1 = "";
  const blocks = doc.blocks.map((b): Block => {
    if (b.kind === "heading") clause = b.number ?? b.text;
    // what follows the open-items table, before any heading, is the opening paragraph
    if (b.kind === "table" && b.role === "openItems") clause = "Preamble";
    if (b.kind === "clause") {
      if (b.level === 1) level1 = b.number;
      clause = b.level === 1 ? b.number : `${level1}${b.number}`;
    }
    if (b.kind !== "clause" && b.kind !== "paragraph") return b;
    // most blocks carry no open item: they stay as they are
    if (!b.inlines.some(hasNumber)) return b;
    const inlines = b.inlines.flatMap((i): Inline[] => {
      const numbers = [...new Set(flagsOf(i).flatMap((f) => (f.number ? [f.number] : [])))];
      if (numbers.length === 0) return [i];
      // the first marker of each item is where the open-items table's page column points
      const anchors = numbers.filter((n) => !clauseOf.has(n)).map(openAnchor);
      for (const n of numbers) if (!clauseOf.has(n)) clauseOf.set(n, clause || "Preamble");
      const marker = text(` [Open ${numbers.join(", ")}]`, anchors.length > 0 ? { anchors } : {});
      // the marker follows the words it concerns, before any space that ends them
      const trailing = i.kind === "text" ? (/\s+$/.exec(i.text)?.[0] ?? "") : "";
      if (i.kind === "text" && trailing)
        return [
          { ...i, text: i.text.slice(0, -trailing.length) },
          marker,
          { ...i, text: trailing, flags: [] },
        ];
      return [i, marker];
    });
    return { ...b, inlines };
  });
  // an item on a topic the MOU leaves out (waiting to agree to leave it out, or a law needing it)
  // has no words to sit on
  const inText = new Set(blocks.flatMap((b) => (b.kind === "clause" && b.topicId ? [b.topicId] : [])));
  const elsewhere = (n: number) => (inText.has(doc.openItems[n]?.topicId ?? "") ? "—" : "not in this MOU");
  const filled = blocks.map((b): Block =>
    b.kind === "table" && b.role === "openItems"
      ? {
          ...b,
          rows: b.rows.map((row, n) =>
            row.map((cell, k) =>
              k === 1
                ? [text(clauseOf.get(n + 1) ?? elsewhere(n))]
                : // an item with no words in the MOU has no page either
                  k === 2 && !clauseOf.has(n + 1)
                  ? [text("—")]
                  : cell,
            ),
          ),
        }
      : b,
  );
  return { ...doc, blocks: filled };
}
