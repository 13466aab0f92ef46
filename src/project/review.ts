import { openItems } from "./open-items";
import { newId } from "./new-project";
import type { Project, ReviewRecord, Side } from "./schema";
import { SIDE_NAMES } from "./schema";

export class NotReadyError extends Error {}

function addYear(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const next = new Date(Date.UTC((y ?? 2000) + 1, (m ?? 1) - 1, d ?? 1));
  return next.toISOString().slice(0, 10);
}

/** Records that both Parties signed this version; it becomes read-only. Needs no open items. */
export function markSigned(
  project: Project,
  side: Side,
  signedOn: string,
  signedBy: string,
  now = new Date(),
): Project {
  const open = openItems(project).length;
  if (open > 0) throw new NotReadyError(`${open} open items must be resolved before the MOU is signed.`);
  const at = now.toISOString();
  return {
    ...project,
    signed: { signedOn, signedBy },
    updatedAt: at,
    history: [
      ...project.history,
      { at, side, topicId: null, what: `Marked as signed on ${signedOn} by ${signedBy}.` },
    ],
  };
}

/**
 * Starts next year's review: a new project whose baseline is the signed version. Every topic
 * keeps the Parties' agreement until someone revises it (a change then needs both again).
 */
export function startReview(signed: Project, side: Side, now = new Date(), id = newId()): Project {
  if (!signed.signed) throw new NotReadyError("Only a signed MOU can be reviewed.");
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const year = now.getUTCFullYear();
  const review: ReviewRecord = {
    meetingOn: null,
    attendees: [],
    decisions: {},
    nextReviewOn: addYear(today),
    notes: "",
  };
  return {
    ...signed,
    id,
    name: `${signed.name} (annual review ${year})`,
    createdAt: at,
    updatedAt: at,
    baseline: {
      signedOn: signed.signed.signedOn,
      signedBy: signed.signed.signedBy,
      agreement: { parties: signed.parties, schools: signed.schools, topics: signed.topics },
    },
    signed: null,
    review,
    exchangeBase: null,
    conflicts: [],
    history: [
      ...signed.history,
      {
        at,
        side,
        topicId: null,
        what: `Started the annual review of the MOU signed on ${signed.signed.signedOn}.`,
      },
    ],
  };
}

export function setReviewDecision(
  project: Project,
  side: Side,
  topicId: string,
  decision: "kept" | "revised" | "open",
  now = new Date(),
): Project {
  if (!project.review) return project;
  const at = now.toISOString();
  const words = { kept: "kept as is", revised: "to be revised", open: "still open" };
  return {
    ...project,
    updatedAt: at,
    review: { ...project.review, decisions: { ...project.review.decisions, [topicId]: decision } },
    history: [
      ...project.history,
      {
        at,
        side,
        topicId,
        what: `The ${SIDE_NAMES[side]} marked the topic ${words[decision]} in the annual review.`,
      },
    ],
  };
}

export function updateReviewRecord(
  project: Project,
  side: Side,
  change: Partial<ReviewRecord>,
  now = new Date(),
): Project {
  if (!project.review) return project;
  const at = now.toISOString();
  return {
    ...project,
    updatedAt: at,
    review: { ...project.review, ...change },
    history: [
      ...project.history,
      { at, side, topicId: null, what: "Changed the record of the annual review." },
    ],
  };
}
