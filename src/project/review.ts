import { sameValue } from "./actions";
import { addYears } from "../format/dates";
import { isIncluded, openItems } from "./open-items";
import { newId } from "./new-project";
import { TOPICS } from "../topics";
import { reviewIntervalYears } from "../profiles";
import { projectFacts } from "./facts";
import type { Agreement, Project, ReviewRecord, Side } from "./schema";
import type { REVIEW_DECISIONS } from "./schema";
import { SIDE_NAMES, agreementOf } from "./schema";

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The button that makes each decision in the review. */
export const DECISION_ACTIONS: Record<ReviewDecision, string> = {
  kept: "Keep as is",
  revised: "Revise",
  open: "Leave open",
};

/** Each decision once made, as screens and the record of the review print it. */
export const DECISION_MADE: Record<ReviewDecision, string> = {
  kept: "Kept as is",
  revised: "Revised",
  open: "Still open",
};

export class NotReadyError extends Error {}

/**
 * The same day some years on (one by default); February 29 becomes February 28. Stays within
 * the years a project may hold (see `addYears`), so a computed date never makes it unopenable.
 */
export function addYear(isoDate: string, years = 1): string {
  return addYears(isoDate, years);
}

/** Records that both Parties signed this version; it becomes read-only. Needs no open items. */
export function markSigned(
  project: Project,
  side: Side,
  signedOn: string,
  signedBy: string,
  now = new Date(),
  /** The person recording the signing, if one is named for the side. */
  recordedBy = "",
): Project {
  const open = openItems(project).length;
  if (open > 0) throw new NotReadyError(`${open} open items must be resolved before the MOU is signed.`);
  const at = now.toISOString();
  return {
    ...project,
    signed: { signedOn, signedBy, recordedAt: at, recordedBy, finalExportedAt: null },
    updatedAt: at,
    history: [
      ...project.history,
      { at, side, kind: "signed", topicId: null, what: `Marked as signed on ${signedOn} by ${signedBy}.` },
    ],
  };
}

/**
 * A signing can be taken back until a signature-ready file of the signed version has been
 * exported: after that a copy exists outside the app, and the record must stand.
 */
export function canUndoSigned(project: Project): boolean {
  return project.signed !== null && project.signed.finalExportedAt === null;
}

/** Notes the first export of the signed version as a signature-ready file. */
export function markFinalExported(project: Project, now = new Date()): Project {
  if (!project.signed || project.signed.finalExportedAt !== null) return project;
  return { ...project, signed: { ...project.signed, finalExportedAt: now.toISOString() } };
}

/**
 * Takes back a signing recorded by mistake: the project is editable again, and its history says
 * so. A review already started from it keeps its own copy of the signed text as its baseline.
 */
export function undoSigned(project: Project, side: Side, now = new Date()): Project {
  if (!project.signed) return project;
  if (!canUndoSigned(project)) return project;
  const at = now.toISOString();
  const { signedOn, signedBy } = project.signed;
  return {
    ...project,
    signed: null,
    updatedAt: at,
    history: [
      ...project.history,
      {
        at,
        side,
        kind: "unsigned",
        topicId: null,
        what: `Took back the record of signing on ${signedOn} by ${signedBy}.`,
      },
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
    topicNotes: {},
    nextReviewOn: nextReviewFrom(signed, today),
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
      agreement: agreementOf(signed),
    },
    signed: null,
    review,
    exchangeBase: null,
    exchangeReview: null,
    conflicts: [],
    history: [
      ...signed.history,
      {
        at,
        side,
        kind: "review",
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
  decision: ReviewDecision,
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
        kind: "review",
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
      { at, side, kind: "review", topicId: null, what: "Changed the record of the annual review." },
    ],
  };
}

/** The meeting's notes on one topic, printed beside its decision in the record. */
export function setTopicNote(
  project: Project,
  side: Side,
  topicId: string,
  note: string,
  now = new Date(),
): Project {
  const review = project.review;
  if (!review || (review.topicNotes[topicId] ?? "") === note) return project;
  const topicNotes = Object.fromEntries(Object.entries(review.topicNotes).filter(([id]) => id !== topicId));
  if (note.trim() !== "") topicNotes[topicId] = note;
  const at = now.toISOString();
  return {
    ...project,
    updatedAt: at,
    review: { ...review, topicNotes },
    history: [
      ...project.history,
      { at, side, kind: "review", topicId, what: "Changed the review meeting's note on the topic." },
    ],
  };
}

/**
 * Records the meeting date. A next review date still at its default (a year after the review
 * began, or after the meeting date before this one) moves to a year after the meeting.
 */
export function setMeetingDate(project: Project, side: Side, meetingOn: string | null, now = new Date()) {
  const review = project.review;
  if (!review) return project;
  const years = reviewInterval(project);
  const wasDefault =
    review.nextReviewOn === addYear(review.meetingOn ?? project.createdAt.slice(0, 10), years);
  const nextReviewOn = wasDefault && meetingOn ? addYear(meetingOn, years) : review.nextReviewOn;
  return updateReviewRecord(project, side, { meetingOn, nextReviewOn }, now);
}

/**
 * Who last changed a topic's text since the baseline was signed, and when: the author of its
 * marks. Positions, notes and decisions do not count; a history from before entries were told
 * apart falls back to the topic's last entry.
 */
export function lastChange(project: Project, topicId: string, since: string): { author: Side; date: string } {
  const entries = project.history.filter((h) => h.topicId === topicId && h.at.slice(0, 10) >= since);
  const entry = entries.filter((h) => h.text).at(-1) ?? entries.at(-1);
  return { author: entry?.side ?? "agency", date: entry?.at ?? project.updatedAt };
}

/** A topic of a review whose text differs from the signed version, or that was marked for revision. */
export interface TopicChange {
  readonly topicId: string;
  readonly title: string;
  /** What differs, in words: field labels, "custom clause", "included", "the Parties' details". */
  readonly changed: readonly string[];
  /** Who last changed the text, and when; null when it is unchanged. */
  readonly by: { readonly author: Side; readonly date: string } | null;
  readonly decision: ReviewDecision | null;
}

const differs = (a: unknown, b: unknown) => !sameValue(a, b);

/** What the review has changed against the signed MOU, topic by topic in document order. */
export function changesSinceSigned(project: Project): TopicChange[] {
  const baseline = project.baseline;
  const review = project.review;
  if (!baseline || !review) return [];
  const then = baseline.agreement;
  return TOPICS.flatMap((topic) => {
    const now = project.topics[topic.id];
    const before = then.topics[topic.id];
    const changed: string[] = [];
    if (isIncluded(topic, now) !== isIncluded(topic, before))
      changed.push(isIncluded(topic, now) ? "included in the MOU" : "left out of the MOU");
    for (const f of topic.fields) {
      if (differs(now?.answers[f.key], before?.answers[f.key])) changed.push(f.label);
    }
    if ((now?.customClause ?? "") !== (before?.customClause ?? "")) changed.push("custom clause");
    if (topic.coversParties) {
      if (differs(project.parties, then.parties)) changed.push("the Parties' details");
      if (differs(project.schools, then.schools)) changed.push("the Schools");
      if (differs(project.profiles, then.profiles)) changed.push("the laws and grants the MOU must meet");
    }
    const decision = review.decisions[topic.id] ?? null;
    if (changed.length === 0 && decision !== "revised") return [];
    return [
      {
        topicId: topic.id,
        title: topic.title,
        changed,
        by: changed.length > 0 ? lastChange(project, topic.id, baseline.signedOn) : null,
        decision,
      },
    ];
  });
}

/**
 * Puts a topic back as it was signed (its answers, clause and inclusion, and the Parties'
 * agreement to it): what "keep as is" means for a topic someone had already changed.
 */
export function restoreSignedText(project: Project, side: Side, topicId: string, now = new Date()): Project {
  const signed = project.baseline?.agreement;
  const before = signed?.topics[topicId];
  if (!signed || !before) return project;
  const at = now.toISOString();
  const topic = TOPICS.find((t) => t.id === topicId);
  const details = topic?.coversParties
    ? { parties: signed.parties, schools: signed.schools, profiles: signed.profiles }
    : {};
  return {
    ...project,
    ...details,
    topics: { ...project.topics, [topicId]: before },
    updatedAt: at,
    history: [
      ...project.history,
      { at, side, kind: "edit", topicId, what: "Put the topic back as signed.", text: true },
    ],
  };
}

/** The next review: the date the MOU names, while it is still ahead, or a review interval on. */
function nextReviewFrom(signed: Agreement, today: string): string {
  const named = projectFacts(signed).nextReviewDate;
  return named && named > today ? named : addYear(today, reviewInterval(signed));
}

/**
 * Years from one review to the next: what the MOU says (every year unless it says otherwise),
 * shortened by any chosen law that demands a review more often.
 */
export function reviewInterval(project: Agreement): number {
  return reviewIntervalYears(projectFacts(project).reviewYears, project.profiles);
}
