import { mergeProjects } from "./merge-copies";
import type { Project, Side } from "./schema";
import { SIDE_NAMES } from "./schema";

/** What this browser already holds under the arriving project's id. */
export type Existing =
  | { readonly ok: true; readonly project: Project }
  /** Something is stored under that id, but it cannot be read. */
  | { readonly ok: false }
  | null;

/** What to do with a project that arrives from outside (a file, the sample). */
export type Arrival =
  /** Ask first whether to merge it into the project here, saying what the merge would do. */
  | {
      readonly kind: "ask";
      readonly localName: string;
      readonly preview: { readonly taken: number; readonly positions: number; readonly conflicts: number };
    }
  /** Keep it apart, as a copy with an id of its own; the project here is unchanged. */
  | { readonly kind: "copy"; readonly project: Project; readonly notice: string }
  /** Merge it into the project here, keeping the project as it was before as a backup. */
  | {
      readonly kind: "merge";
      readonly project: Project;
      readonly backup: Project;
      readonly notice: string;
    }
  /** A project new to this browser: stored as it is. */
  | {
      readonly kind: "new";
      readonly project: Project;
      readonly side: Side | undefined;
      readonly notice: string | null;
    };

export interface ArrivalOptions {
  /** The side the user chose to act for, if they chose. */
  readonly side?: Side | undefined;
  /** The side that saved the file, when the file says. */
  readonly sentBy?: Side | null | undefined;
  /** "ask" puts the question first when there is a project to merge into. */
  readonly how: "ask" | "merge" | "copy";
  /** The side this browser last acted for in the project, if any. */
  readonly storedSide: Side | null;
  readonly now: Date;
  readonly newId: () => string;
}

const other = (side: Side): Side => (side === "agency" ? "district" : "agency");

/**
 * Decides what an arriving project becomes here: a question, a merge, a separate copy or a new
 * project. Pure: the caller stores what it returns and shows the notice.
 */
export function arrival(incoming: Project, existing: Existing, options: ArrivalOptions): Arrival {
  const { side, sentBy, how, storedSide, now, newId } = options;
  const copy = (name: string, notice: (copyName: string) => string): Arrival => {
    const project = { ...incoming, id: newId(), name: `${incoming.name} (${name})` };
    return { kind: "copy", project, notice: notice(project.name) };
  };
  if (existing?.ok) {
    const local = existing.project;
    const acting = side ?? storedSide ?? "agency";
    if (local.signed) {
      // a signed version is that year's record: a copy sent afterwards never changes it
      return copy(
        "opened from file",
        (n) =>
          `“${local.name}” is signed and read-only here, so the file was opened as a separate copy, “${n}”.`,
      );
    }
    if (how === "copy")
      return copy(
        "opened from file",
        (n) => `The file was opened as a separate copy, “${n}”. “${local.name}” is unchanged.`,
      );
    const merged = mergeProjects(local.exchangeBase, local, incoming, acting, now);
    if (how === "ask")
      return {
        kind: "ask",
        localName: local.name,
        preview: {
          taken: merged.taken,
          positions: merged.positionsTaken,
          conflicts: merged.conflicts.length,
        },
      };
    const backup = {
      ...local,
      id: newId(),
      name: `${local.name} (before merge ${now.toISOString().slice(0, 10)})`,
    };
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    return {
      kind: "merge",
      project: merged.project,
      backup,
      notice: `Merged the other office's copy: ${n(merged.taken, "change", "changes")} taken, ${n(merged.positionsTaken, "position", "positions")} taken, ${merged.conflicts.length} to settle. Your copy before the merge is kept as “${backup.name}” in All projects.`,
    };
  }
  if (existing)
    return copy(
      "opened from file",
      (n) =>
        `A project with the same origin is already in this browser, so the file was opened as a separate copy, “${n}”. Nothing was overwritten.`,
    );
  // a file that arrives from one office is most likely opened by the other one
  const receiver = sentBy ? other(sentBy) : undefined;
  const acting = side ?? storedSide ?? receiver;
  const guessed = !side && !storedSide && receiver !== undefined && sentBy;
  return {
    kind: "new",
    project: incoming,
    side: acting,
    notice: guessed
      ? `This file was saved by the ${SIDE_NAMES[sentBy]}, so you are acting for the ${SIDE_NAMES[other(sentBy)]}. Change this under “Acting for” if that is wrong.`
      : null,
  };
}
