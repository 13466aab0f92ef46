import { describeReplaced, replaceUnprintable } from "../format/printable";
import { getTopic } from "../topics/registry";
import type { Project } from "./schema";
import { SIDE_NAMES } from "./schema";

/** A repair the loader made, named for a person: which field, and what was replaced. */
export interface TextRepair {
  readonly path: string;
  readonly message: string;
}

type Segment = string | number;

/** Ids name things rather than print; choices and dates the schema has checked already. */
const IDS = new Set(["id", "departureId", "topicId"]);

/** Fields a person writes on several lines. */
function isMultiline(path: readonly Segment[]): boolean {
  const last = path[path.length - 1];
  if (last === "customClause" || last === "note" || last === "notes" || path.includes("topicNotes"))
    return true;
  if (path[0] === "topics" && path[2] === "answers" && typeof path[1] === "string") {
    const def = getTopic(path[1])?.fields.find((f) => f.key === path[3]);
    return def?.kind === "longText";
  }
  return false;
}

const topicTitle = (id: Segment | undefined) =>
  (typeof id === "string" ? getTopic(id)?.title : undefined) ?? String(id);
const nth = (i: Segment | undefined) => (typeof i === "number" ? i + 1 : String(i));

/** The field as its screen names it: "Agency name", "Training: Hours of training", "School 2: address". */
export function fieldLabel(path: readonly Segment[]): string {
  const [a, b, c, d, e] = path;
  if (path.length === 1 && a === "name") return "Project name";
  if (a === "parties" && (b === "agency" || b === "district") && typeof c === "string")
    return `${SIDE_NAMES[b]} ${c}`;
  if (a === "parties" && b === "signatories") return `Signatory ${nth(c)}: ${String(d)}`;
  if (a === "schools") return `School ${nth(b)}: ${String(c)}`;
  if (a === "topics") {
    const title = topicTitle(b);
    if (c === "customClause") return `${title}: custom clause`;
    if (c === "positions" && (d === "agency" || d === "district"))
      return `${title}: the ${SIDE_NAMES[d]}'s note`;
    if (c === "acknowledgements") return `${title}: the note on a departure`;
    if (c === "answers" && typeof b === "string") {
      const def = getTopic(b)?.fields.find((f) => f.key === d);
      const label = def?.label ?? String(d);
      if (def?.kind === "list" && typeof e === "number")
        return `${title}: ${label}, ${def.itemLabel} ${e + 1}`;
      if (def?.kind === "table" && typeof e === "number")
        return `${title}: ${label}, ${def.rowLabel} ${e + 1}`;
      return `${title}: ${label}`;
    }
  }
  if (a === "review") {
    if (b === "topicNotes") return `Annual review: the note on ${topicTitle(c)}`;
    if (b === "attendees") return `Annual review: attendee ${nth(c)}, ${String(d)}`;
    if (b === "notes") return "Annual review: notes";
  }
  if (a === "signed") return "Signed by";
  return path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".");
}

/** Parts of a project no one types into a field of its own: one notice each, however many strings. */
const COPIES: Readonly<Record<string, string>> = {
  baseline: "the signed MOU kept for the annual review",
  exchangeBase: "the copy last exchanged between the offices",
  exchangeReview: "the review record last exchanged between the offices",
  history: "the history of changes",
  conflicts: "the changes still to settle",
};

/** Most notices the loader shows for this; the rest are counted. */
const MAX_NOTICES = 8;

/**
 * The project with every character that cannot be printed (format/printable.ts) replaced in every
 * text, and a notice naming each field where one was. Ids are left alone. The loader runs it
 * before the schema, so any value is walked alike (its nesting already bounded).
 */
export function replaceUnprintableInProject<T = Project>(project: T): { project: T; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  const inCopies = new Map<string, number>();
  // the loader has bounded the nesting before (see loadProject)
  const walk = (value: unknown, path: Segment[]): unknown => {
    if (typeof value === "string") {
      const key = path[path.length - 1];
      const answer = path[0] === "topics" && path[2] === "answers";
      if (!answer && typeof key === "string" && IDS.has(key)) return value;
      const multiline = isMultiline(path);
      const r = replaceUnprintable(value, multiline);
      if (r.found.length === 0) return value;
      const copy = typeof path[0] === "string" ? COPIES[path[0]] : undefined;
      if (copy) inCopies.set(copy, (inCopies.get(copy) ?? 0) + r.found.length);
      else
        repairs.push({
          path: path.join("."),
          message: `${fieldLabel(path)}: ${describeReplaced(r.found, multiline)}`,
        });
      return r.text;
    }
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((v, i) => {
        const w = walk(v, [...path, i]);
        if (w !== v) changed = true;
        return w;
      });
      return changed ? out : value;
    }
    if (value !== null && typeof value === "object") {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const w = walk(v, [...path, k]);
        if (w !== v) changed = true;
        out[k] = w;
      }
      return changed ? out : value;
    }
    return value;
  };
  const cleaned = walk(project, []) as T;
  for (const [copy, count] of inCopies)
    repairs.push({
      path: "(file)",
      message: `${count === 1 ? "A character" : `${count} characters`} that cannot be printed, in ${copy}, ${count === 1 ? "was" : "were"} removed or replaced by a space or a new line.`,
    });
  if (repairs.length > MAX_NOTICES) {
    const rest = repairs.length - (MAX_NOTICES - 1);
    repairs.splice(MAX_NOTICES - 1, rest, {
      path: "(file)",
      message: `Characters that cannot be printed were also replaced in ${rest} other fields.`,
    });
  }
  return { project: cleaned, repairs };
}
