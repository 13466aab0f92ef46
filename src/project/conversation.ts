import type { Message, MessageKind, Person, Project, Side } from "./schema";
import { SIDE_NAMES } from "./schema";
import { newId } from "./new-project";

export const otherSide = (side: Side): Side => (side === "agency" ? "district" : "agency");

/** How each kind of message reads in a thread and in the history. */
export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  reply: "Reply",
  counter: "Counter-proposal",
  question: "Question",
};

export class MessageError extends Error {}

export interface NewMessage {
  readonly topicId: string;
  readonly kind: MessageKind;
  readonly text: string;
  /** The id of the question this message answers, if any. */
  readonly answers?: string | null;
}

/**
 * Adds a message to a topic's conversation on behalf of a side and the person acting for it.
 * A message never changes the MOU's text or anyone's position; a question stays open for the
 * other side until that side answers it.
 */
export function addMessage(
  project: Project,
  side: Side,
  by: string,
  message: NewMessage,
  now = new Date(),
  id: string = newId(),
): Project {
  const text = message.text.trim();
  if (text === "") throw new MessageError("Write something first.");
  if (text.length > 5_000) throw new MessageError("Keep a message under 5,000 characters.");
  const answers = message.answers ?? null;
  if (answers !== null) {
    const question = project.conversation.find((m) => m.id === answers);
    if (!question || question.kind !== "question" || question.topicId !== message.topicId)
      throw new MessageError("That question is not on this topic.");
    if (question.side === side) throw new MessageError("A question is answered by the other side.");
  }
  const at = now.toISOString();
  const entry: Message = {
    id,
    topicId: message.topicId,
    side,
    by: by.trim(),
    at,
    kind: message.kind,
    text,
    answers,
  };
  const what =
    answers !== null
      ? `Answered the ${SIDE_NAMES[otherSide(side)]}'s question.`
      : `Wrote a ${MESSAGE_KIND_LABELS[message.kind].toLowerCase()}.`;
  return {
    ...project,
    updatedAt: at,
    conversation: [...project.conversation, entry],
    history: [
      ...project.history,
      { at, side, kind: "message", topicId: message.topicId, what, ...(entry.by ? { by: entry.by } : {}) },
    ],
  };
}

/** A topic's conversation, oldest first. */
export function thread(project: Project, topicId: string): Message[] {
  return project.conversation.filter((m) => m.topicId === topicId);
}

/** The questions no message from the other side has answered yet, oldest first. */
export function openQuestions(project: Project, topicId?: string): Message[] {
  const answered = new Set<string>();
  for (const m of project.conversation) if (m.answers !== null) answered.add(m.answers);
  return project.conversation.filter(
    (m) => m.kind === "question" && !answered.has(m.id) && (topicId === undefined || m.topicId === topicId),
  );
}

/** "Dana Ruiz (Agency)" or, with nobody named, "the Agency". */
export function author(m: Pick<Message, "side" | "by">): string {
  return m.by ? `${m.by} (${SIDE_NAMES[m.side]})` : `the ${SIDE_NAMES[m.side]}`;
}

/** Two copies' conversations together: every message once (by id), oldest first. */
export function mergeConversation(ours: readonly Message[], theirs: readonly Message[]): Message[] {
  const byId = new Map<string, Message>();
  for (const m of [...ours, ...theirs]) if (!byId.has(m.id)) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Two copies' people together: each person once (by id), ours where both name one. */
export function mergePeople(ours: readonly Person[], theirs: readonly Person[]): Person[] {
  const ids = new Set(ours.map((p) => p.id));
  return [...ours, ...theirs.filter((p) => !ids.has(p.id))];
}

export class PersonError extends Error {}

/** Names a person who acts for a side; a name already named for that side is that person. */
export function addPerson(
  project: Project,
  side: Side,
  name: string,
  title: string,
  id: string = newId(),
): { project: Project; person: Person } {
  const n = name.trim();
  if (n === "") throw new PersonError("Give the person's name.");
  if (n.length > 300 || title.trim().length > 300)
    throw new PersonError("Keep the name and title under 300 characters.");
  const same = project.people.find((p) => p.side === side && p.name.toLowerCase() === n.toLowerCase());
  if (same) return { project, person: same };
  if (project.people.length >= 100) throw new PersonError("A project names at most 100 people.");
  const person: Person = { id, side, name: n, title: title.trim() };
  return { project: { ...project, people: [...project.people, person] }, person };
}

/** "Dana Ruiz, Chief of Police" */
export const personLabel = (p: Person): string => (p.title ? `${p.name}, ${p.title}` : p.name);

/**
 * The history entries a change added, stamped with the person acting: the actions know the side,
 * the screen knows the person.
 */
export function stampAuthor(before: Project, after: Project, by: string): Project {
  if (!by || after.history === before.history) return after;
  // a coalesced edit replaces the last entry: it is stamped too
  const from = Math.max(0, before.history.length - 1);
  const history = after.history.map((h, i) =>
    i >= from && h !== before.history[i] && h.by === undefined ? { ...h, by } : h,
  );
  return { ...after, history };
}
