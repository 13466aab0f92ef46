import { getTopic } from "../topics/registry";
import type { FieldDef } from "../topics/types";
import type { MergeTarget } from "./schema";

/**
 * The slots a merge compares and a conflict names, each said once: its identity, whether it
 * belongs to the review record, the topic field it holds, how a value is written anew for it
 * (merge-copies writes it), and how a conflict id of schema 3 ("topicId.key", "schools.<id>"…) reads as a target.
 */

/** A stable identity for a slot: two conflicts over the same slot have the same key. */
export function targetKey(t: MergeTarget): string {
  switch (t.kind) {
    case "answer":
      return `answer:${t.topicId}:${t.key}`;
    case "customClause":
    case "included":
    case "reviewDecision":
    case "reviewNote":
      return `${t.kind}:${t.topicId}`;
    case "party":
      return `party:${t.part}`;
    case "profiles":
      return "profiles";
    case "school":
      return `school:${t.id}`;
    case "reviewRecord":
      return `reviewRecord:${t.key}`;
  }
}

export const sameTarget = (a: MergeTarget, b: MergeTarget): boolean => targetKey(a) === targetKey(b);

/** A slot of the review record: a dispute over it leaves the topic's text, and its positions, alone. */
export function isReviewTarget(t: MergeTarget): boolean {
  return t.kind === "reviewDecision" || t.kind === "reviewNote" || t.kind === "reviewRecord";
}

/** The topic field a slot holds, when it is one. */
export function targetField(t: MergeTarget): FieldDef | undefined {
  return t.kind === "answer" ? getTopic(t.topicId)?.fields.find((f) => f.key === t.key) : undefined;
}

/** How a value can be written anew for a slot, in the conflict panel; null: keep one side's. */
export function targetInput(
  t: MergeTarget,
): { kind: "text" | "longText" | "number" | "date" | "time" | "choice"; field?: FieldDef } | null {
  if (t.kind === "customClause" || t.kind === "reviewNote") return { kind: "longText" };
  if (t.kind === "reviewRecord") return t.key === "notes" ? { kind: "longText" } : { kind: "date" };
  const field = targetField(t);
  switch (field?.kind) {
    case "text":
    case "longText":
    case "date":
    case "time":
    case "choice":
      return { kind: field.kind, field };
    case "integer":
    case "decimal":
    case "money":
    case "percent":
    case "days":
    case "hours":
      return { kind: "number", field };
    default:
      return null;
  }
}

/** Reads a conflict id written by schema 3 as a target; null when it names no slot. */
export function targetFromV3Id(id: string): MergeTarget | null {
  const [head = "", rest] = id.split(/\.(.*)/s);
  if (head === "review" && rest !== undefined) {
    const [part, topicId] = rest.split(/\.(.*)/s);
    if (part === "decisions" && topicId) return { kind: "reviewDecision", topicId };
    if (part === "topicNotes" && topicId) return { kind: "reviewNote", topicId };
    if (part === "meetingOn" || part === "nextReviewOn" || part === "notes")
      return { kind: "reviewRecord", key: part };
    return null;
  }
  if (head === "parties" && (rest === "agency" || rest === "district" || rest === "signatories"))
    return { kind: "party", part: rest };
  if (head === "profiles" && rest === undefined) return { kind: "profiles" };
  if (head === "schools" && rest) return { kind: "school", id: rest };
  if (!head || rest === undefined) return null;
  if (rest === "customClause") return { kind: "customClause", topicId: head };
  if (rest === "included") return { kind: "included", topicId: head };
  return { kind: "answer", topicId: head, key: rest };
}
