import type { Block, Inline, MouDocument } from "./ir";
import { inlineFlags } from "./ir";

/** One topic's words in the whole MOU: its clauses with their numbers, as the MOU prints them. */
export interface TopicText {
  /** The topic's clauses (numbered as in the whole MOU), in order. */
  readonly blocks: readonly Extract<Block, { kind: "clause" }>[];
  /** Open-item flags on those words. */
  readonly flags: number;
  /** Words inserted or deleted since the signed MOU (an annual review's draft). */
  readonly changes: number;
}

const flagged = (inlines: readonly Inline[]) => inlines.filter((i) => inlineFlags(i).length > 0).length;
const changed = (inlines: readonly Inline[]) =>
  inlines.filter((i) => i.kind === "text" && i.change !== undefined).length;

/** The clauses a topic puts into the document, as the topic screen shows them beside its answers. */
export function topicText(doc: MouDocument, topicId: string): TopicText {
  const blocks = doc.blocks.filter(
    (b): b is Extract<Block, { kind: "clause" }> => b.kind === "clause" && b.topicId === topicId,
  );
  return {
    blocks,
    flags: blocks.reduce((n, b) => n + flagged(b.inlines), 0),
    changes: blocks.reduce((n, b) => n + changed(b.inlines), 0),
  };
}
