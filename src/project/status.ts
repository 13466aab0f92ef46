import { TOPICS } from "../topics";
import { visibleAnswers } from "../topics/define";
import type { Answers, ProjectFacts, TopicDefinition } from "../topics/types";
import type { OpenItem } from "./open-items";
import { projectFacts } from "./facts";
import { isIncluded, openItems } from "./open-items";
import type { Agreement } from "./schema";

export type TopicStatus = "not-included" | "not-started" | "open" | "departs" | "agreed";

export const STATUS_LABELS: Record<TopicStatus, string> = {
  "not-included": "Not in this MOU",
  "not-started": "Not started",
  open: "Open items",
  departs: "Agreed, departs from recommendation",
  agreed: "Agreed by both",
};

/** A topic's status for badges and the progress count, derived from its open items. */
export function topicStatus(
  topic: TopicDefinition,
  agreement: Agreement,
  items: readonly OpenItem[],
  facts: ProjectFacts = projectFacts(agreement),
): TopicStatus {
  const state = agreement.topics[topic.id];
  const mine = items.filter((i) => i.topicId === topic.id);
  // a topic left out can still be open: a law chosen for the MOU requires it
  if (!isIncluded(topic, state)) return mine.length > 0 ? "open" : "not-included";
  const answers = (state?.answers ?? {}) as Answers;
  const touched =
    Object.keys(answers).length > 0 ||
    state?.positions.agency.stance !== "none" ||
    state?.positions.district.stance !== "none";
  if (!touched && !topic.coversParties) return "not-started";
  if (mine.length > 0) return "open";
  const applying = visibleAnswers(topic.fields, answers);
  return topic.departures.some((d) => d.applies(applying, facts)) ? "departs" : "agreed";
}

export interface Progress {
  readonly included: number;
  readonly agreed: number;
  readonly open: number;
  readonly statuses: ReadonlyMap<string, TopicStatus>;
  readonly items: readonly OpenItem[];
}

export function progress(agreement: Agreement): Progress {
  const items = openItems(agreement);
  const facts = projectFacts(agreement);
  const statuses = new Map(TOPICS.map((t) => [t.id, topicStatus(t, agreement, items, facts)]));
  const values = [...statuses.values()];
  return {
    included: values.filter((s) => s !== "not-included").length,
    agreed: values.filter((s) => s === "agreed" || s === "departs").length,
    open: items.length,
    statuses,
    items,
  };
}
