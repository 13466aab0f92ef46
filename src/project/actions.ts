import { getTopic } from "../topics/registry";
import type { Answers } from "../topics/types";
import type { Agreement, HistoryKind, Project, Side, Stance, TopicState } from "./schema";
import { SIDE_NAMES } from "./schema";
import { NO_POSITION, initialTopicState } from "./new-project";

const other = (side: Side): Side => (side === "agency" ? "district" : "agency");

/** Same change by the same side within this time is one history entry (typing, not decisions). */
const COALESCE_MS = 10 * 60 * 1000;

function log(
  project: Project,
  side: Side,
  topicId: string | null,
  what: string,
  now: Date,
  kind: HistoryKind,
): Project {
  const at = now.toISOString();
  const last = project.history.at(-1);
  const repeat =
    last &&
    last.side === side &&
    last.topicId === topicId &&
    last.kind === kind &&
    last.what === what &&
    now.getTime() - Date.parse(last.at) < COALESCE_MS;
  const history = repeat
    ? [...project.history.slice(0, -1), { ...last, at }]
    : [...project.history, { at, side, kind, topicId, what, ...(kind === "edit" ? { text: true } : {}) }];
  return { ...project, updatedAt: at, history };
}

function stateOf(project: Project, topicId: string): TopicState {
  return project.topics[topicId] ?? initialTopicState(topicId);
}

/**
 * The topic's text changed: the editing side now proposes it, and the other side's agreement
 * or objection (given to the old text) is withdrawn, because changed text needs fresh consent.
 */
function afterTextChange(
  project: Project,
  side: Side,
  topicId: string,
  next: TopicState,
  now: Date,
): Project {
  const at = now.toISOString();
  const theirs = next.positions[other(side)];
  const withdrawn = theirs.stance === "agree" || theirs.stance === "propose" || theirs.stance === "object";
  const positions = {
    ...next.positions,
    [side]: {
      stance: "propose" as Stance,
      note: next.positions[side].stance === "propose" ? next.positions[side].note : "",
      at,
    },
    [other(side)]: withdrawn ? NO_POSITION : theirs,
  };
  let p: Project = { ...project, topics: { ...project.topics, [topicId]: { ...next, positions } } };
  if (withdrawn) {
    const was = theirs.stance === "object" ? "objection" : "agreement";
    p = log(
      p,
      side,
      topicId,
      `The ${SIDE_NAMES[other(side)]}'s ${was} was withdrawn because the text changed.`,
      now,
      "withdrawn",
    );
  }
  return p;
}

/** Two values of a project are the same (as JSON; absent and null alike). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Sets one answer of a topic on behalf of a side. */
export function setAnswer(
  project: Project,
  side: Side,
  topicId: string,
  key: string,
  value: unknown,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  if (sameValue(state.answers[key], value)) return project;
  const blank =
    value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  const answers: Record<string, unknown> = Object.fromEntries(
    Object.entries(state.answers).filter(([k]) => k !== key),
  );
  if (!blank) answers[key] = value;
  const label = getTopic(topicId)?.fields.find((f) => f.key === key)?.label ?? key;
  const p = afterTextChange(project, side, topicId, { ...state, answers }, now);
  return log(p, side, topicId, `Changed "${label}".`, now, "edit");
}

/** Replaces several answers at once (e.g. "use the recommended values"). */
export function setAnswers(
  project: Project,
  side: Side,
  topicId: string,
  values: Answers,
  what: string,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  const answers: Record<string, unknown> = { ...state.answers, ...values };
  if (sameValue(answers, state.answers)) return project;
  const p = afterTextChange(project, side, topicId, { ...state, answers }, now);
  return log(p, side, topicId, what, now, "edit");
}

export function setCustomClause(
  project: Project,
  side: Side,
  topicId: string,
  text: string,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  if (state.customClause === text) return project;
  const p = afterTextChange(project, side, topicId, { ...state, customClause: text }, now);
  return log(p, side, topicId, "Changed the custom clause.", now, "edit");
}

export function setIncluded(
  project: Project,
  side: Side,
  topicId: string,
  included: boolean,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  if (state.included === included) return project;
  const p = afterTextChange(project, side, topicId, { ...state, included }, now);
  return log(
    p,
    side,
    topicId,
    included ? "Included the topic in the MOU." : "Marked the topic not addressed in this MOU.",
    now,
    "edit",
  );
}

/** A side agrees to, objects to, or withdraws from the topic's current text. */
export function setPosition(
  project: Project,
  side: Side,
  topicId: string,
  stance: Stance,
  note: string,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  const at = now.toISOString();
  const positions = {
    ...state.positions,
    [side]: { stance, note: stance === "none" ? "" : note, at: stance === "none" ? null : at },
  };
  const p: Project = { ...project, topics: { ...project.topics, [topicId]: { ...state, positions } } };
  const verbs: Record<Stance, string> = {
    agree: "Agreed to the text.",
    propose: "Proposed the text.",
    object: `Objected${note ? `: ${note}` : "."}`,
    none: "Withdrew its position.",
  };
  return log({ ...p, updatedAt: at }, side, topicId, verbs[stance], now, "position");
}

export function acknowledgeDeparture(
  project: Project,
  side: Side,
  topicId: string,
  departureId: string,
  note: string,
  now = new Date(),
): Project {
  const state = stateOf(project, topicId);
  if (state.acknowledgements.some((a) => a.departureId === departureId)) return project;
  const acknowledgements = [...state.acknowledgements, { departureId, side, at: now.toISOString(), note }];
  const p: Project = { ...project, topics: { ...project.topics, [topicId]: { ...state, acknowledgements } } };
  return log(p, side, topicId, `Acknowledged a deliberate departure (${departureId}).`, now, "departure");
}

/**
 * Parties, signatories, schools and the laws the MOU must meet belong to the topic that covers
 * them: a change needs fresh consent there.
 */
export function updateAgreementDetails(
  project: Project,
  side: Side,
  change: Partial<Pick<Agreement, "parties" | "schools" | "profiles">>,
  what: string,
  now = new Date(),
): Project {
  const next: Project = { ...project, ...change };
  if (
    sameValue(next.parties, project.parties) &&
    sameValue(next.schools, project.schools) &&
    sameValue(next.profiles, project.profiles)
  )
    return project;
  const covering = Object.keys(project.topics).find((id) => getTopic(id)?.coversParties);
  const p = covering ? afterTextChange(next, side, covering, stateOf(next, covering), now) : next;
  return log(p, side, covering ?? null, what, now, "edit");
}
