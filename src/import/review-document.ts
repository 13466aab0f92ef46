import type { Block, Inline, MouDocument } from "../document/ir";
import { text } from "../document/ir";
import type { Baseline, Project } from "../project/schema";

type Imported = NonNullable<Baseline["imported"]>;
type Clause = Extract<Block, { kind: "clause" }>;

/** The topic id the other provisions' clauses carry, so the redline compares them like a topic's. */
export const OTHER_PROVISIONS = "imported-other-provisions";

const letter = (n: number): string => {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
};

/** An imported clause as it prints: its heading in bold, then its words (the MOU's own number is not reprinted). */
function words(c: Imported["other"][number]): Inline[] {
  const heading = c.heading ? [text(`${c.heading.replace(/[.:]?\s*$/, "")}. `, { italic: true })] : [];
  return [...heading, ...(c.text ? [text(c.text)] : [])];
}

/** A topic's imported clauses in place of its assembled ones: the first carries the run-in heading. */
function importedClauses(first: Clause, list: Imported["other"]): Clause[] {
  // the run-in heading, with its flags; its space is ours, as assemble splits it differently when flagged
  const lead = first.inlines[0];
  const heading =
    lead?.kind === "text" && lead.bold ? [{ ...lead, text: lead.text.trimEnd() }, text(" ")] : [];
  return list.map((c, k): Clause => ({
    kind: "clause",
    level: 1,
    number: "",
    inlines: k === 0 ? [...heading, ...words(c)] : words(c),
    topicId: first.topicId,
    listed: { list: "body", level: 1 },
  }));
}

/** Numbers the body's clauses again ("3.1", "3.2", "(a)") after clauses were put in or taken out. */
function renumber(blocks: readonly Block[]): Block[] {
  let section: string | null = null;
  let clause = 0;
  let sub = 0;
  return blocks.map((b) => {
    if (b.kind === "heading" && b.level === 1) {
      section = b.number && /^\d+\.$/.test(b.number) ? b.number.slice(0, -1) : null;
      clause = 0;
      return b;
    }
    if (b.kind !== "clause" || section === null || b.listed?.list !== "body") return b;
    if (b.level === 1) {
      clause += 1;
      sub = 0;
      return { ...b, number: `${section}.${clause}` };
    }
    sub += 1;
    return { ...b, number: `(${letter(sub)})` };
  });
}

/**
 * The document of a review from an imported MOU with the imported wording where it stands: every
 * topic the MOU addressed that has no structured answers yet prints its imported clauses (all of
 * them, for the baseline: "all"), and the other provisions follow the topics as their own section.
 */
export function withImportedWording(
  doc: MouDocument,
  project: Pick<Project, "topics">,
  imported: Imported,
  which: "all" | "unanswered",
): MouDocument {
  const keep = (topicId: string) =>
    (imported.topics[topicId]?.length ?? 0) > 0 &&
    (which === "all" || Object.keys(project.topics[topicId]?.answers ?? {}).length === 0);
  const blocks: Block[] = [];
  const done = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind === "clause" && b.topicId && keep(b.topicId)) {
      if (!done.has(b.topicId)) blocks.push(...importedClauses(b, imported.topics[b.topicId] ?? []));
      done.add(b.topicId);
      continue;
    }
    blocks.push(b);
  }
  if (imported.other.length > 0) {
    const at = blocks.findIndex((b) => b.kind === "heading" && b.number === null && b.text === "Signatures");
    const sections = blocks.filter((b) => b.kind === "heading" && b.level === 1 && b.number).length;
    const other: Block[] = [
      {
        kind: "heading",
        number: `${sections + 1}.`,
        text: "Other Provisions",
        level: 1,
        listed: { list: "body", level: 0 },
      },
      ...imported.other.map((c): Block => ({
        kind: "clause",
        level: 1,
        number: "",
        inlines: words(c),
        topicId: OTHER_PROVISIONS,
        listed: { list: "body", level: 1 },
      })),
    ];
    blocks.splice(at < 0 ? blocks.length : at, 0, ...other);
  }
  return { ...doc, blocks: renumber(blocks) };
}
