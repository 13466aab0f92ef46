import { TOPICS } from "../topics";
import type { ProjectStanding } from "./standing";
import { visibleAnswers } from "../topics/define";
import type { Answers, DepartureCheck, ProjectFacts, TopicDefinition } from "../topics/types";
import type { OpenItem } from "./open-items";
import { projectFacts } from "./facts";
import { isIncluded, openItems } from "./open-items";
import type { Agreement, Project, Side } from "./schema";

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

/** What a screen shows of one topic: its status, its open items and the departures that apply. */
export interface TopicView {
  readonly status: TopicStatus;
  readonly items: readonly OpenItem[];
  readonly departures: readonly DepartureCheck[];
}

/**
 * A topic's view, derived from its open items; with the side acting, an open topic that waits
 * only on the other side is "waiting" (your part done).
 */
export function topicView(
  topic: TopicDefinition,
  agreement: Agreement,
  items: readonly OpenItem[],
  facts: ProjectFacts = projectFacts(agreement),
  side?: Side,
): TopicView {
  const state = agreement.topics[topic.id];
  const mine = items.filter((i) => i.topicId === topic.id);
  const answers = (state?.answers ?? {}) as Answers;
  const applying = visibleAnswers(topic.fields, answers);
  const departures = topic.departures.filter((d) => d.applies(applying, facts));
  const view = (status: TopicStatus): TopicView => ({ status, items: mine, departures });
  // a topic left out can still be open: a law chosen for the MOU requires it
  if (!isIncluded(topic, state)) return view(mine.length > 0 ? openStatus(mine, side) : "not-included");
  const touched =
    Object.keys(answers).length > 0 ||
    state?.positions.agency.stance !== "none" ||
    state?.positions.district.stance !== "none";
  if (!touched && !topic.coversParties) return view("not-started");
  if (mine.length > 0) return view(openStatus(mine, side));
  return view(departures.length > 0 ? "departs" : "agreed");
}

/** A topic's status for badges and the progress count. */
export function topicStatus(
  topic: TopicDefinition,
  agreement: Agreement,
  items: readonly OpenItem[],
  facts: ProjectFacts = projectFacts(agreement),
  side?: Side,
): TopicStatus {
  return topicView(topic, agreement, items, facts, side).status;
}

export interface Progress {
  readonly included: number;
  readonly agreed: number;
  readonly open: number;
  /** Topics where the side acting has done its part and waits for the other side. */
  readonly waiting: number;
  readonly statuses: ReadonlyMap<string, TopicStatus>;
  /** Each topic's view: computed here once for every screen that shows the project. */
  readonly views: ReadonlyMap<string, TopicView>;
  readonly items: readonly OpenItem[];
}

/** Progress of an agreement (an immutable value) as each side sees it, worked out once. */
const known = new WeakMap<Agreement, Map<Side | "", Progress>>();

export function progress(agreement: Agreement, side?: Side): Progress {
  const bySide = known.get(agreement);
  const hit = bySide?.get(side ?? "");
  if (hit) return hit;
  const made = makeProgress(agreement, side);
  if (bySide) bySide.set(side ?? "", made);
  else known.set(agreement, new Map([[side ?? "", made]]));
  return made;
}

function makeProgress(agreement: Agreement, side?: Side): Progress {
  const items = openItems(agreement);
  const facts = projectFacts(agreement);
  const views = new Map(TOPICS.map((t) => [t.id, topicView(t, agreement, items, facts, side)]));
  const statuses = new Map([...views].map(([id, v]) => [id, v.status]));
  const values = [...statuses.values()];
  return {
    included: values.filter((s) => s !== "not-included").length,
    agreed: values.filter((s) => s === "agreed" || s === "departs").length,
    open: items.length,
    waiting: values.filter((s) => s === "waiting").length,
    statuses,
    views,
    items,
  };
}

/** Where a project stands, as the project list shows it without opening the project. */
export function standing(project: Project): ProjectStanding {
  const p = progress(project);
  const stage = project.signed ? "signed" : project.review ? "review" : "draft";
  return {
    stage,
    agreed: p.agreed,
    included: p.included,
    open: p.open,
    signedOn: project.signed?.signedOn ?? project.baseline?.signedOn ?? null,
  };
}
