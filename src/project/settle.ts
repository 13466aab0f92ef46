import { setAnswer, setCustomClause, setIncluded, updateAgreementDetails } from "./actions";
import { loadProject } from "./load";
import type { Conflict } from "./merge-copies";
import { sameTarget } from "./merge-targets";
import { setReviewDecision, setTopicNote, updateReviewRecord } from "./review";
import type { MergeTarget, Project, School, Side } from "./schema";

/**
 * Settles a conflict with the chosen value (ours, theirs or one written anew), on behalf of a
 * side: the conflict leaves the project and the topic needs both Parties again.
 */
export function settleConflict(
  project: Project,
  conflict: Conflict,
  value: unknown,
  side: Side,
  now = new Date(),
): Project {
  const before: Project = {
    ...project,
    conflicts: project.conflicts.filter((c) => !sameTarget(c.target, conflict.target)),
  };
  let settled = writeTarget(before, conflict.target, value, side, now, `Settled: ${conflict.label}.`);
  if (settled === before) {
    // the chosen value is the one already in place: only the settling is recorded
    const at = now.toISOString();
    const what = `Settled: ${conflict.label}.`;
    settled = {
      ...before,
      updatedAt: at,
      history: [...before.history, { at, side, kind: "settle", topicId: conflict.topicId, what }],
    };
  }
  // a value carried in a file is checked like the rest of the project before it is taken
  const check = loadProject(settled);
  if (!check.ok) {
    throw new SettleError(
      `That value does not fit ${conflict.label}: ${check.problems.map((p) => p.message).join(" ")}`,
    );
  }
  return settled;
}

export class SettleError extends Error {
  override name = "SettleError";
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Writes a settled value to its slot, through the same actions a person's edit takes. */
export function writeTarget(
  project: Project,
  t: MergeTarget,
  value: unknown,
  side: Side,
  now: Date,
  what: string,
): Project {
  switch (t.kind) {
    case "answer":
      return setAnswer(project, side, t.topicId, t.key, value, now);
    case "customClause":
      return setCustomClause(project, side, t.topicId, str(value), now);
    case "included":
      return setIncluded(project, side, t.topicId, value === true, now);
    case "party":
      return updateAgreementDetails(
        project,
        side,
        { parties: { ...project.parties, [t.part]: value } },
        what,
        now,
      );
    case "profiles": {
      const ids = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
      return updateAgreementDetails(project, side, { profiles: ids }, what, now);
    }
    case "school": {
      const at = project.schools.findIndex((s) => s.id === t.id);
      const schools = project.schools.filter((s) => s.id !== t.id);
      if (value) schools.splice(at < 0 ? schools.length : at, 0, value as School);
      return updateAgreementDetails(project, side, { schools }, what, now);
    }
    case "reviewDecision":
      return value === "kept" || value === "revised" || value === "open"
        ? setReviewDecision(project, side, t.topicId, value, now)
        : project;
    case "reviewNote":
      return setTopicNote(project, side, t.topicId, str(value), now);
    case "reviewRecord":
      return t.key === "notes"
        ? updateReviewRecord(project, side, { notes: str(value) }, now)
        : updateReviewRecord(project, side, { [t.key]: typeof value === "string" ? value : null }, now);
  }
}
