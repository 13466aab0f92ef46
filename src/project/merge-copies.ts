import { getTopic } from "../topics/registry";
import { mergeConversation, mergePeople } from "./conversation";
import type {
  Agreement,
  HistoryEntry,
  MergeConflict,
  MergeTarget,
  Position,
  Project,
  ReviewRecord,
  School,
  Side,
  TopicState,
} from "./schema";
import { SIDE_NAMES, agreementOf } from "./schema";
import { sameValue } from "./actions";
import { isReviewTarget, targetKey } from "./merge-targets";
import { NO_POSITION, initialTopicState } from "./new-project";

/** A field both offices changed differently since they last shared the agreement. */
export type Conflict = MergeConflict;

export interface MergeResult {
  readonly project: Project;
  readonly conflicts: readonly Conflict[];
  /** Fields taken from the other office's copy. */
  readonly taken: number;
  /** Positions (agreements, objections) taken from the other office's copy. */
  readonly positionsTaken: number;
}

/**
 * Three-way merge of one field: a change made on one side only is taken, the same change on
 * both is taken once, different changes are a conflict (ours is kept until it is settled).
 */
function pick<T>(
  ancestor: T | undefined,
  ours: T | undefined,
  theirs: T | undefined,
): { value: T | undefined; taken: boolean; conflict: boolean } {
  if (sameValue(ours, theirs)) return { value: ours, taken: false, conflict: false };
  if (sameValue(ours, ancestor)) return { value: theirs, taken: true, conflict: false };
  if (sameValue(theirs, ancestor)) return { value: ours, taken: false, conflict: false };
  return { value: ours, taken: false, conflict: true };
}

const topicText = (t: TopicState | undefined) =>
  JSON.stringify([t?.answers ?? {}, t?.customClause ?? "", t?.included ?? false]);

function laterPosition(a: Position, b: Position): Position {
  if (!b.at) return a;
  if (!a.at) return b;
  return b.at > a.at ? b : a;
}

/**
 * Merges the other office's copy (`theirs`) into ours against the agreement both last shared.
 * Without a shared ancestor every field set differently on both sides is a conflict.
 */
export function mergeProjects(
  ancestor: Agreement | null,
  ours: Project,
  theirs: Project,
  side: Side,
  now = new Date(),
): MergeResult {
  const at = now.toISOString();
  const conflicts: Conflict[] = [];
  let taken = 0;
  const field: FieldMerge = (target, label, topicId, a, o, t) => {
    const r = pick(a, o, t);
    if (r.taken) taken += 1;
    if (r.conflict) {
      conflicts.push({ target, label, topicId, ancestor: a ?? null, ours: o ?? null, theirs: t ?? null, at });
    }
    return r.value;
  };

  const topics: Record<string, TopicState> = {};
  for (const id of new Set([...Object.keys(ours.topics), ...Object.keys(theirs.topics)])) {
    const a = ancestor?.topics[id];
    const o = ours.topics[id] ?? initialTopicState(id);
    const t = theirs.topics[id] ?? initialTopicState(id);
    const title = getTopic(id)?.title ?? id;
    const answers: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(o.answers), ...Object.keys(t.answers)])) {
      const label = getTopic(id)?.fields.find((f) => f.key === key)?.label ?? key;
      const v = field(
        { kind: "answer", topicId: id, key },
        `${title}: ${label}`,
        id,
        a?.answers[key],
        o.answers[key],
        t.answers[key],
      );
      if (v !== undefined && v !== null) answers[key] = v;
    }
    const customClause =
      field(
        { kind: "customClause", topicId: id },
        `${title}: custom clause`,
        id,
        a?.customClause,
        o.customClause,
        t.customClause,
      ) ?? "";
    const included =
      field(
        { kind: "included", topicId: id },
        `${title}: part of the MOU`,
        id,
        a?.included,
        o.included,
        t.included,
      ) ?? false;
    const acknowledgements = [
      ...o.acknowledgements,
      ...t.acknowledgements.filter((x) => !o.acknowledgements.some((y) => y.departureId === x.departureId)),
    ];
    topics[id] = { answers, customClause, included, acknowledgements, positions: o.positions };
  }

  const parties = {
    agency:
      field(
        { kind: "party", part: "agency" },
        "The Agency's details",
        null,
        ancestor?.parties.agency,
        ours.parties.agency,
        theirs.parties.agency,
      ) ?? ours.parties.agency,
    district:
      field(
        { kind: "party", part: "district" },
        "The District's details",
        null,
        ancestor?.parties.district,
        ours.parties.district,
        theirs.parties.district,
      ) ?? ours.parties.district,
    signatories:
      field(
        { kind: "party", part: "signatories" },
        "Signatories",
        null,
        ancestor?.parties.signatories,
        ours.parties.signatories,
        theirs.parties.signatories,
      ) ?? ours.parties.signatories,
  };
  const profiles =
    field(
      { kind: "profiles" },
      "Laws and grants the MOU must meet",
      null,
      ancestor?.profiles,
      ours.profiles,
      theirs.profiles,
    ) ?? ours.profiles;
  const byId = (list: readonly School[] | undefined) => new Map((list ?? []).map((s) => [s.id, s]));
  const [sa, so, st] = [byId(ancestor?.schools), byId(ours.schools), byId(theirs.schools)];
  const order = [
    ...ours.schools.map((s) => s.id),
    ...theirs.schools.map((s) => s.id).filter((id) => !so.has(id)),
  ];
  const schools = order.flatMap((id) => {
    const v = field(
      { kind: "school", id },
      `School ${so.get(id)?.name ?? st.get(id)?.name ?? id}`,
      null,
      sa.get(id),
      so.get(id),
      st.get(id),
    );
    return v ? [v] : [];
  });

  const review = mergeReview(ours.exchangeReview, ours.review, theirs.review, field);

  // fields still unsettled from an earlier merge stay, unless this merge raised them afresh
  const raised = new Set(conflicts.map((c) => targetKey(c.target)));
  const pending = [...ours.conflicts.filter((c) => !raised.has(targetKey(c.target))), ...conflicts];

  // a position stands only while the text it was given to is the merged text; one that no
  // longer does is set aside with a line in the history, never dropped without a trace
  const coversParties = Object.keys(topics).find((id) => getTopic(id)?.coversParties);
  // a review's decision or note in dispute leaves the topic's text, and so its positions, alone
  const conflicted = new Set(
    pending.filter((c) => !isReviewTarget(c.target)).map((c) => c.topicId ?? coversParties),
  );
  const partiesSame = (p: Project) =>
    sameValue([p.parties, p.schools, p.profiles], [parties, schools, profiles]);
  const setAside: HistoryEntry[] = [];
  let positionsTaken = 0;
  for (const [id, topic] of Object.entries(topics)) {
    const merged = topicText(topic);
    const o = ours.topics[id];
    const t = theirs.topics[id];
    const valid = (copy: Project, state: TopicState | undefined) =>
      !conflicted.has(id) && topicText(state) === merged && (id !== coversParties || partiesSame(copy));
    const positions = { agency: NO_POSITION, district: NO_POSITION };
    for (const s of ["agency", "district"] as const) {
      const mine = o && valid(ours, o) ? o.positions[s] : NO_POSITION;
      const other = t && valid(theirs, t) ? t.positions[s] : NO_POSITION;
      positions[s] = laterPosition(mine, other);
      if (positions[s] !== mine && !sameValue(positions[s], o?.positions[s])) positionsTaken += 1;
      const lost = [o?.positions[s], t?.positions[s]].find((p) => p && p.stance !== "none");
      if (positions[s].stance === "none" && lost) {
        const what =
          lost.stance === "agree" ? "agreement" : lost.stance === "object" ? "objection" : "proposal";
        setAside.push({
          at,
          side,
          kind: "withdrawn",
          topicId: id,
          what: `Merge: the ${SIDE_NAMES[s]}'s ${what} was set aside because the text it was given to changed${lost.note ? ` (note: ${lost.note})` : ""}.`,
        });
      }
    }
    topics[id] = { ...topic, positions };
  }

  const seen = new Set<string>();
  const history: HistoryEntry[] = [...ours.history, ...theirs.history]
    .filter((h) => {
      const k = JSON.stringify(h);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
  history.push(
    {
      at,
      side,
      kind: "merge",
      topicId: null,
      what: `Merged the other office's copy: ${taken} changes and ${positionsTaken} positions taken, ${conflicts.length} to settle.`,
    },
    ...setAside,
  );

  // a copy the other office marked as signed, with the very text merged here, is signed here too
  const agreed = { parties, schools, topics, profiles };
  const signedThere =
    theirs.signed !== null &&
    ours.signed === null &&
    pending.length === 0 &&
    sameValue(agreementText(agreed), agreementText(theirs));
  if (theirs.signed && !ours.signed) {
    history.push({
      at,
      side,
      kind: "merge",
      topicId: null,
      what: signedThere
        ? `Merge: the other office marked this MOU as signed on ${theirs.signed.signedOn} by ${theirs.signed.signedBy}.`
        : `Merge: the other office marked its copy as signed on ${theirs.signed.signedOn}, but the text here differs, so this copy is not marked signed.`,
    });
  }

  // the project's name is each office's own label: ours is kept
  const project: Project = {
    ...ours,
    parties,
    schools,
    topics,
    profiles,
    review,
    signed: signedThere ? theirs.signed : ours.signed,
    history,
    updatedAt: at,
    conflicts: pending,
    // messages and people are only ever added: both copies' together
    conversation: mergeConversation(ours.conversation, theirs.conversation),
    people: mergePeople(ours.people, theirs.people),
    // what both offices now have in common: their copy, merged into ours
    exchangeBase: agreementOf(theirs),
    exchangeReview: theirs.review,
  };
  return { project, conflicts, taken, positionsTaken };
}

/** The words of an agreement, without the positions taken on them. */
function agreementText(a: Agreement): unknown {
  return [
    a.parties,
    a.schools,
    a.profiles,
    Object.fromEntries(Object.entries(a.topics).map(([id, t]) => [id, topicText(t)])),
  ];
}

type FieldMerge = <T>(
  target: MergeTarget,
  label: string,
  topicId: string | null,
  a: T | undefined,
  o: T | undefined,
  t: T | undefined,
) => T | undefined;

/**
 * The record of an annual review, kept by both offices, merged field by field against the record
 * both last had: a change on one side is taken, different changes are a conflict to settle;
 * attendees are the union of both lists.
 */
function mergeReview(
  base: ReviewRecord | null,
  ours: ReviewRecord | null,
  theirs: ReviewRecord | null,
  field: FieldMerge,
): ReviewRecord | null {
  if (!ours || !theirs) return ours ?? theirs;
  const blank = <T>(v: T | null | undefined): T | undefined => (v === null || v === "" ? undefined : v);
  const decisions: ReviewRecord["decisions"] = {};
  for (const id of new Set([...Object.keys(ours.decisions), ...Object.keys(theirs.decisions)])) {
    const title = getTopic(id)?.title ?? id;
    const v = field(
      { kind: "reviewDecision", topicId: id },
      `${title}: review decision`,
      id,
      base?.decisions[id],
      ours.decisions[id],
      theirs.decisions[id],
    );
    if (v) decisions[id] = v;
  }
  const topicNotes: Record<string, string> = {};
  for (const id of new Set([...Object.keys(ours.topicNotes), ...Object.keys(theirs.topicNotes)])) {
    const title = getTopic(id)?.title ?? id;
    const v = field(
      { kind: "reviewNote", topicId: id },
      `${title}: notes of the review meeting`,
      id,
      blank(base?.topicNotes[id]),
      blank(ours.topicNotes[id]),
      blank(theirs.topicNotes[id]),
    );
    if (v) topicNotes[id] = v;
  }
  // an attendee added on either side is kept; one removed on either side since the exchange goes
  const key = (a: ReviewRecord["attendees"][number]) => JSON.stringify([a.name, a.role, a.side]);
  const [had, mine, other] = [base?.attendees, ours.attendees, theirs.attendees].map(
    (list) => new Set((list ?? []).map(key)),
  ) as [Set<string>, Set<string>, Set<string>];
  const keep = (k: string) => (mine.has(k) && other.has(k)) || !had.has(k);
  return {
    meetingOn:
      field(
        { kind: "reviewRecord", key: "meetingOn" },
        "Date of the review meeting",
        null,
        blank(base?.meetingOn),
        blank(ours.meetingOn),
        blank(theirs.meetingOn),
      ) ?? null,
    nextReviewOn:
      field(
        { kind: "reviewRecord", key: "nextReviewOn" },
        "Date of the next review",
        null,
        blank(base?.nextReviewOn),
        blank(ours.nextReviewOn),
        blank(theirs.nextReviewOn),
      ) ?? null,
    notes:
      field(
        { kind: "reviewRecord", key: "notes" },
        "Notes of the review",
        null,
        blank(base?.notes),
        blank(ours.notes),
        blank(theirs.notes),
      ) ?? "",
    attendees: [
      ...ours.attendees.filter((a) => keep(key(a))),
      ...theirs.attendees.filter((a) => !mine.has(key(a)) && keep(key(a))),
    ],
    decisions,
    topicNotes,
  };
}
