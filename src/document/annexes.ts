import type { Answers, TopicDefinition } from "../topics/types";
import { formatDate } from "../format/values";
import { DECISION_MADE, changesSinceSigned } from "../project/review";
import type { Project } from "../project/schema";
import {
  ALIGNMENT_BASIS,
  alignmentTable,
  departuresPart,
  departuresTable,
  firstClauseNumbers,
  summarySentence,
  topicAlignment,
} from "./alignment";
import type { Block, Inline } from "./ir";
import { text } from "./ir";
import { sanitizeUserText } from "./tokens";

/** A topic that is part of the MOU, with its answers. */
export interface PlannedTopic {
  readonly topic: TopicDefinition;
  readonly answers: Answers;
}

/**
 * "Departures from the NASRO recommendations": each departure the answers make, what is
 * recommended instead, and the Parties' reason as given when it was acknowledged. The short form
 * of the alignment annex, kept for callers that ask for it by its old name.
 */
export function departuresAnnex(project: Project): Block[] {
  const table = departuresTable(topicAlignment(project));
  return [
    { kind: "pageBreak" },
    { kind: "heading", number: null, text: "Annex: Departures from the NASRO Recommendations", level: 1 },
    {
      kind: "paragraph",
      inlines: [
        text(
          table === null
            ? "This MOU makes no departure from the recommendations the app checks."
            : "Where this MOU departs from the recommendations of the National Association of School Resource Officers (NASRO, 2021), the Parties did so deliberately, for the reasons given below. This annex explains the MOU; it does not change it.",
        ),
      ],
    },
    ...(table ? [table] : []),
  ];
}

/**
 * "Alignment with the NASRO recommendations": every topic, where its clauses are, whether the MOU
 * follows the recommendation, departs from it or leaves the topic out, and then each departure
 * with the Parties' reason. It includes all the departures annex says, so a document prints one
 * or the other. `body` is the MOU's blocks so far, numbered.
 */
export function alignmentAnnex(project: Project, body: readonly Block[]): Block[] {
  const rows = topicAlignment(project);
  return [
    { kind: "pageBreak" },
    { kind: "heading", number: null, text: ALIGNMENT_ANNEX_TITLE, level: 1 },
    {
      kind: "paragraph",
      inlines: [text(`${ALIGNMENT_BASIS} This annex explains the MOU; it does not change it.`)],
    },
    { kind: "paragraph", inlines: [text(summarySentence(rows))] },
    alignmentTable(rows, firstClauseNumbers(body)),
    ...departuresPart(rows, 2),
  ];
}

export const ALIGNMENT_ANNEX_TITLE = "Annex: Alignment with the NASRO Recommendations";

const SIDE_LABEL = { agency: "Agency", district: "District", other: "Other" } as const;

/** "Record of annual review": when and who met, what was decided per topic, the next review. */
export function reviewAppendix(project: Project, plans: readonly PlannedTopic[]): Block[] {
  const review = project.review;
  if (!review) return [];
  // a topic nobody decided on reads as kept, or as revised when its text changed
  const changed = new Set(
    changesSinceSigned(project)
      .filter((c) => c.by)
      .map((c) => c.topicId),
  );
  const decision = (id: string) => {
    const chosen = review.decisions[id];
    if (chosen) return DECISION_MADE[chosen];
    return changed.has(id) ? DECISION_MADE.revised : DECISION_MADE.kept;
  };
  const line = (label: string, value: string | null, missing: string): Inline[] => [
    text(`${label}: `, { bold: true }),
    text(value ?? missing),
  ];
  return [
    { kind: "pageBreak" },
    { kind: "heading", number: null, text: "Record of Annual Review", level: 1 },
    {
      kind: "paragraph",
      inlines: line(
        "MOU reviewed",
        project.baseline ? `signed on ${formatDate(project.baseline.signedOn)}` : null,
        "not recorded",
      ),
    },
    {
      kind: "paragraph",
      inlines: line(
        "Meeting held",
        review.meetingOn ? formatDate(review.meetingOn) : null,
        "date not recorded",
      ),
    },
    {
      kind: "paragraph",
      inlines: line(
        "Next review due",
        review.nextReviewOn ? formatDate(review.nextReviewOn) : null,
        "not set",
      ),
    },
    {
      kind: "table",
      header: ["Attendee", "Role", "Side"],
      widths: [4, 4, 2],
      rows: review.attendees.map((a) => [
        [text(sanitizeUserText(a.name))],
        [text(sanitizeUserText(a.role))],
        [text(SIDE_LABEL[a.side])],
      ]),
    },
    Object.keys(review.topicNotes).length === 0
      ? {
          kind: "table",
          header: ["Topic", "Decision"],
          widths: [6, 3],
          rows: plans.map((p) => [[text(p.topic.title)], [text(decision(p.topic.id))]]),
        }
      : {
          kind: "table",
          header: ["Topic", "Decision", "Notes of the meeting"],
          widths: [4, 2, 5],
          rows: plans.map((p) => [
            [text(p.topic.title)],
            [text(decision(p.topic.id))],
            [text(sanitizeUserText(review.topicNotes[p.topic.id] ?? ""))],
          ]),
        },
    ...(review.notes.trim()
      ? [{ kind: "paragraph" as const, inlines: [text(sanitizeUserText(review.notes))] }]
      : []),
  ];
}
