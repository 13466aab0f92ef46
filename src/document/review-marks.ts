import { diffArrays, diffWordsWithSpace } from "diff";
import { formatDate } from "../format/values";
import type { Project } from "../project/schema";
import { lastChange } from "../project/review";
import { assemble } from "./assemble";
import { markOpenItems } from "./open-marks";
import type { AssembleOptions } from "./assemble";
import type { Block, ChangeMark, Inline, MouDocument } from "./ir";
import { inlineFlags, inlineText } from "./ir";
import { SIDE_NAMES } from "./words";
import { withImportedWording } from "../import/review-document";

type Clause = Extract<Block, { kind: "clause" }>;

const bodyText = (c: Clause) => c.inlines.map(inlineText).join("");

type Style = { readonly bold?: true; readonly italic?: true };

/** The bold or italic of each character of a clause's text (UTF-16 units, as the diff counts). */
function stylesOf(c: Clause): Style[] {
  return c.inlines.flatMap((inline) => {
    const style: Style =
      inline.kind === "text"
        ? { ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italic: true } : {}) }
        : {};
    return Array.from({ length: inlineText(inline).length }, () => style);
  });
}

/** A run of a clause's text as inlines, split where its bold or italic changes. */
function styledRuns(text: string, at: number, styles: readonly Style[], change?: ChangeMark): Inline[] {
  const out: Inline[] = [];
  let start = 0;
  const key = (k: number) => JSON.stringify(styles[at + k] ?? {});
  for (let k = 1; k <= text.length; k++) {
    if (k < text.length && key(k) === key(start)) continue;
    out.push({
      kind: "text",
      text: text.slice(start, k),
      ...styles[at + start],
      ...(change ? { change } : {}),
    });
    start = k;
  }
  return out;
}

/** Word-level marks between the baseline's and the current wording of one clause, keeping its bold and italic. */
function markedInlines(
  before: Clause | undefined,
  after: Clause,
  mark: (type: "ins" | "del") => ChangeMark,
): Inline[] {
  const afterStyles = stylesOf(after);
  const out: Inline[] = [];
  if (!before) out.push(...styledRuns(bodyText(after), 0, afterStyles, mark("ins")));
  else {
    const beforeStyles = stylesOf(before);
    let was = 0;
    let is = 0;
    for (const part of diffWordsWithSpace(bodyText(before), bodyText(after))) {
      if (part.removed) {
        out.push(...styledRuns(part.value, was, beforeStyles, mark("del")));
        was += part.value.length;
      } else {
        out.push(...styledRuns(part.value, is, afterStyles, part.added ? mark("ins") : undefined));
        is += part.value.length;
        if (!part.added) was += part.value.length;
      }
    }
  }
  const flags = after.inlines.flatMap(inlineFlags);
  const first = out.findIndex((i) => i.kind === "text" && i.change?.type !== "del");
  const target = out[first];
  if (flags.length > 0 && target && target.kind === "text") out[first] = { ...target, flags };
  return out;
}

/**
 * The document of an annual review: the current MOU with every change against the signed
 * baseline marked word by word (inserted and deleted runs, with the party and date of the change).
 */
export function assembleReview(project: Project, options: AssembleOptions): MouDocument {
  const baseline = project.baseline;
  const assembled = assemble(project, { ...options, openMarks: false });
  if (!baseline) return markOpenItems(assembled);
  // a review from an imported MOU: its wording is the signed text, and stands until a topic gets answers
  const imported = baseline.imported;
  const doc = imported ? withImportedWording(assembled, project, imported, "unanswered") : assembled;
  const signedText = assemble({ ...project, ...baseline.agreement, review: null }, { mode: "draft" });
  const before = imported ? withImportedWording(signedText, baseline.agreement, imported, "all") : signedText;
  const since = baseline.signedOn;
  const clausesOf = (d: MouDocument, topicId: string) =>
    d.blocks.filter((b): b is Clause => b.kind === "clause" && b.topicId === topicId);

  const topics = [
    ...new Set(doc.blocks.flatMap((b) => (b.kind === "clause" && b.topicId ? [b.topicId] : []))),
  ];
  const replaced = new Map<Clause, Block[]>();
  for (const topicId of topics) {
    const now = clausesOf(doc, topicId);
    const then = clausesOf(before, topicId);
    const change = lastChange(project, topicId, since);
    const mark = (type: "ins" | "del"): ChangeMark => ({
      type,
      ...change,
      authorName: SIDE_NAMES[change.author],
    });
    const parts = diffArrays(then.map(bodyText), now.map(bodyText));
    let i = 0;
    let j = 0;
    let pendingDeleted: Clause[] = [];
    for (const part of parts) {
      const n = part.count ?? part.value.length;
      if (part.removed) {
        pendingDeleted = then.slice(i, i + n);
        i += n;
      } else if (part.added) {
        const added = now.slice(j, j + n);
        added.forEach((clause, k) => {
          replaced.set(clause, [{ ...clause, inlines: markedInlines(pendingDeleted[k], clause, mark) }]);
        });
        // clauses removed without a counterpart stay in place, struck through
        // a struck clause has no place in the numbered list: the clauses after it keep their numbers
        const extra = pendingDeleted.slice(added.length).map((c): Block => ({
          kind: "clause",
          level: c.level,
          topicId: c.topicId,
          number: "—",
          inlines: styledRuns(bodyText(c), 0, stylesOf(c), mark("del")),
        }));
        const anchor = added.at(-1);
        if (anchor && extra.length > 0)
          replaced.set(anchor, [...(replaced.get(anchor) ?? [anchor]), ...extra]);
        pendingDeleted = [];
        j += n;
      } else {
        i += n;
        j += n;
        pendingDeleted = [];
      }
    }
  }

  const legend: Block = {
    kind: "paragraph",
    inlines: [
      {
        kind: "text",
        italic: true,
        text: `Changes since the MOU signed on ${formatDate(since)}: inserted words are underlined in blue, deleted words are struck through in red, each with the Party that made the change.`,
      },
    ],
  };
  const blocks = doc.blocks.flatMap((b) =>
    b.kind === "clause" && replaced.has(b) ? (replaced.get(b) ?? [b]) : [b],
  );
  const titleAt = blocks.findIndex((b) => b.kind === "title");
  blocks.splice(titleAt + 2, 0, legend);
  // open items are numbered last, on the words as marked, so a marker is never a change
  return markOpenItems({ ...doc, blocks, meta: { ...doc.meta, status: "Annual review", redline: true } });
}
