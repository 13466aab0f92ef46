import { TOPICS } from "../topics";
import { visibleAnswers } from "../topics/define";
import type { Answers, ProjectFacts, TopicDefinition } from "../topics/types";
import type { OpenItem } from "./open-items";
import { projectFacts } from "./facts";
import { isIncluded, openItems } from "./open-items";
import type { Agreement, Side } from "./schema";

export type TopicStatus =
  "not-included" | "not-started" | "open" | "waiting" | "objected" | "departs" | "agreed";

export const STATUS_LABELS: Record<TopicStatus, string> = {
  "not-included": "Not in this MOU",
  "not-started": "Not started",
  open: "Open: something for you to do",
  waiting: "Your part done: waiting for the other side",
  objected: "Objected to",
  departs: "Agreed, departs from recommendation",
  agreed: "Agreed by both",
};

/** The order of the statuses in the legend: from nothing done to agreed. */
export const STATUS_ORDER: readonly TopicStatus[] = [
  "not-started",
  "open",
  "waiting",
  "objected",
  "agreed",
  "departs",
  "not-included",
];

/** An open topic as the side acting sees it: objected to, its part done, or something to do. */
function openStatus(mine: readonly OpenItem[], side: Side | undefined): TopicStatus {
  if (mine.some((i) => i.reason === "objection")) return "objected";
  if (side && mine.every((i) => !i.waitingOn.includes(side))) return "waiting";
  return "open";
}

/**
 * A topic's status for badges and the progress count, derived from its open items; with the side
 * acting, an open topic that waits only on the other side is "waiting" (your part done).
 */
export function topicStatus(
  topic: TopicDefinition,
  agreement: Agreement,
  items: readonly OpenItem[],
  facts: ProjectFacts = projectFacts(agreement),
  side?: Side,
): TopicStatus {
  const state = agreement.topics[topic.id];
  const mine = items.filter((i) => i.topicId === topic.id);
  // a topic left out can still be open: a law chosen for the MOU requires it
  if (!isIncluded(topic, state)) return mine.length > 0 ? openStatus(mine, side) : "not-included";
  const answers = (state?.answers ?? {}) as Answers;
  const touched =
    Object.keys(answers).length > 0 ||
    state?.positions.agency.stance !== "none" ||
    state?.positions.district.stance !== "none";
  if (!touched && !topic.coversParties) return "not-started";
  if (mine.length > 0) return openStatus(mine, side);
  const applying = visibleAnswers(topic.fields, answers);
  return topic.departures.some((d) => d.applies(applying, facts)) ? "departs" : "agreed";
}

export interface Progress {
  readonly included: number;
  readonly agreed: number;
  readonly open: number;
  /** Topics where the side acting has done its part and waits for the other side. */
  readonly waiting: number;
  readonly statuses: ReadonlyMap<string, TopicStatus>;
  readonly items: readonly OpenItem[];
}

export function progress(agreement: Agreement, side?: Side): Progress {
  const items = openItems(agreement);
  const facts = projectFacts(agreement);
  const statuses = new Map(TOPICS.map((t) => [t.id, topicStatus(t, agreement, items, facts, side)]));
  const values = [...statuses.values()];
  return {
    included: values.filter((s) => s !== "not-included").length,
    agreed: values.filter((s) => s === "agreed" || s === "departs").length,
    open: items.length,
    waiting: values.filter((s) => s === "waiting").length,
    statuses,
    items,
  };
}
