import { sha256 } from "@noble/hashes/sha2.js";
import type { Block, MouDocument } from "./ir";
import { inlineText } from "./ir";

/** One line of plain text per block, the words the renderers print (without running headers). */
export function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "title":
      return [...block.lines];
    case "heading":
      return [block.number ? `${block.number} ${block.text}` : block.text];
    case "paragraph":
      return [block.inlines.map(inlineText).join("")];
    case "clause":
      return [`${block.number} ${block.inlines.map(inlineText).join("")}`];
    case "table":
      return [
        block.header.join(" "),
        ...block.rows.map((r) => r.map((c) => c.map(inlineText).join("")).join(" ")),
      ];
    case "signatures":
      return block.blocks.flatMap((s) => [
        s.caption,
        block.labels.signature,
        `${block.labels.name} ${s.name}`,
        `${block.labels.title} ${s.title}`,
        block.labels.date,
      ]);
    case "pageBreak":
      return [];
  }
}

export function documentText(doc: MouDocument): string {
  return doc.blocks.flatMap(blockLines).join("\n");
}

/**
 * SHA-256 of the agreed text, shown shortened on every page, so both signers can see they sign
 * the same words. Word-spacing is normalized so the hash does not depend on layout. Computed
 * synchronously, so the document model carries it and every renderer prints the same one.
 */
export function fingerprintOf(blocks: readonly Block[]): { full: string; short: string } {
  const normalized = blocks.flatMap(blockLines).join("\n").replace(/\s+/g, " ").trim();
  const digest = sha256(new TextEncoder().encode(normalized));
  const full = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
  const short = (full.slice(0, 16).match(/.{4}/g) ?? []).join("-").toUpperCase();
  return { full, short };
}
