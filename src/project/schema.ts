import * as z from "zod/mini";
import { en } from "zod/locales";
import { DATE_RANGE_MESSAGE, isDateInRange } from "../format/dates";

// zod/mini ships without messages; English ones explain problems in loaded files
z.config(en());

/** The schema version this app writes. Older versions are migrated forward by `loadProject`. */
export const SCHEMA_VERSION = 5;

export const SIDES = ["agency", "district"] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_NAMES: Record<Side, string> = { agency: "Agency", district: "District" };

const name = z.string().check(z.trim(), z.maxLength(300, "Keep this under 300 characters."));
const address = z.string().check(z.trim(), z.maxLength(1_000, "Keep this under 1,000 characters."));
const isoDateTime = z.iso.datetime({ offset: true, error: "Expected a date and time (ISO 8601)." });
// a date outside the years an MOU can name is refused (src/format/dates.ts)
const isoDate = z.iso
  .date({ error: "Expected a date (YYYY-MM-DD)." })
  .check(z.refine(isDateInRange, DATE_RANGE_MESSAGE));

export const AGENCY_KINDS = [
  "police-department",
  "sheriffs-office",
  "school-police",
  "state-police",
  "other",
] as const;

export const agencySchema = z.strictObject({
  name,
  kind: z.enum(AGENCY_KINDS),
  address,
});

export const districtSchema = z.strictObject({
  name,
  address,
});

export const SIGNATORY_ROLES = ["signatory", "approved-as-to-form", "attest"] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/**
 * Someone who signs for a Party (any number: a city manager, a superintendent, a board chair),
 * approves the MOU as to form for it (its counsel) or attests a signature (a clerk).
 */
export const signatorySchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name,
  title: name,
  /** Only for side "other": the body the person signs for. */
  organization: name,
  role: z.enum(SIGNATORY_ROLES),
  side: z.enum(["agency", "district", "other"]),
});

export const SCHOOL_LEVELS = ["elementary", "middle", "high", "k-8", "alternative", "other"] as const;

export const schoolSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name,
  level: z.enum(SCHOOL_LEVELS),
  address,
  /** Officers assigned; fractions mean an officer shared with other schools. */
  officers: z
    .number()
    .check(z.minimum(0, "Officers cannot be negative."), z.maximum(50, "Enter 50 or fewer officers.")),
});

export const STANCES = ["agree", "propose", "object", "none"] as const;
export type Stance = (typeof STANCES)[number];

export const positionSchema = z.strictObject({
  stance: z.enum(STANCES),
  note: z.string().check(z.maxLength(5_000, "Keep the note under 5,000 characters.")),
  at: z.nullable(isoDateTime),
});

export const acknowledgementSchema = z.strictObject({
  departureId: z.string().check(z.minLength(1), z.maxLength(100)),
  side: z.enum(SIDES),
  at: isoDateTime,
  note: z.string().check(z.maxLength(5_000)),
});

export const topicStateSchema = z.strictObject({
  /**
   * The topic is part of the MOU. False means the Parties leave it out ("not addressed in this
   * MOU"), which needs both positions like any text; recommended topics start included.
   */
  included: z.boolean(),
  /** Checked against the topic's own schema by `loadProject`. */
  answers: z.record(z.string(), z.unknown()),
  customClause: z.string().check(z.maxLength(20_000, "Keep the custom clause under 20,000 characters.")),
  positions: z.strictObject({ agency: positionSchema, district: positionSchema }),
  acknowledgements: z.array(acknowledgementSchema).check(z.maxLength(100)),
});

/** What a history entry records, so the app never has to read its wording back. */
export const HISTORY_KINDS = [
  /** an answer, the custom clause, inclusion, the Parties or the schools changed */
  "edit",
  /** a side agreed, proposed, objected or withdrew its position */
  "position",
  /** a side's position was withdrawn because the text it was given to changed */
  "withdrawn",
  /** a deliberate departure from the recommendation was acknowledged */
  "departure",
  /** a message was written in a topic's conversation */
  "message",
  /** the other office's copy was merged in */
  "merge",
  /** a field both offices changed differently was settled */
  "settle",
  "signed",
  "unsigned",
  /** the annual review: started, a decision, its record or a note */
  "review",
  /** an earlier saved version was restored */
  "restore",
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const historyEntrySchema = z.strictObject({
  at: isoDateTime,
  side: z.enum(SIDES),
  /** The person acting for the side, when one was named. */
  by: z.optional(z.string().check(z.maxLength(300))),
  kind: z.enum(HISTORY_KINDS),
  topicId: z.nullable(z.string().check(z.maxLength(100))),
  what: z.string().check(z.maxLength(2_000)),
  /** The entry changed the topic's text (not a position, note or decision): its author marks the change. */
  text: z.optional(z.boolean()),
});

/** A person who acts for a Party in the negotiation (not necessarily a signatory). */
export const personSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  side: z.enum(SIDES),
  name: z.string().check(z.trim(), z.minLength(1, "Give the person's name."), z.maxLength(300)),
  title: z.string().check(z.trim(), z.maxLength(300)),
});

export const MESSAGE_KINDS = ["reply", "counter", "question"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** One entry of a topic's conversation between the offices. */
export const messageSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  topicId: z.string().check(z.minLength(1), z.maxLength(100)),
  side: z.enum(SIDES),
  /** Who wrote it ("" when nobody was named for the side). */
  by: z.string().check(z.maxLength(300)),
  at: isoDateTime,
  kind: z.enum(MESSAGE_KINDS),
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Write something first."),
      z.maxLength(5_000, "Keep a message under 5,000 characters."),
    ),
  /** The question this message answers, if it answers one. */
  answers: z.nullable(z.string().check(z.maxLength(100))),
});

/** The part of a project that a signed version fixes: what the baseline of a review holds. */
export const agreementSchema = z.strictObject({
  parties: z.strictObject({
    agency: agencySchema,
    district: districtSchema,
    /** Everyone who signs, approves as to form or attests, in the order their blocks print. */
    signatories: z.array(signatorySchema).check(z.maxLength(40)),
  }),
  schools: z.array(schoolSchema).check(z.maxLength(500)),
  topics: z.record(z.string(), topicStateSchema),
  /** The laws and grant conditions the Parties chose for the MOU to meet (profile ids). */
  profiles: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)),
});

/** A clause of an imported MOU, word for word: its printed number and heading, and its text. */
export const importedClauseSchema = z.strictObject({
  number: z.nullable(z.string().check(z.maxLength(100))),
  heading: z.nullable(z.string().check(z.maxLength(1_000))),
  text: z.string().check(z.maxLength(20_000)),
});

export const baselineSchema = z.strictObject({
  signedOn: isoDate,
  signedBy: z.string().check(z.maxLength(1_000)),
  agreement: agreementSchema,
  /**
   * A review started from an imported MOU (src/project/review-import.ts): its wording is the signed
   * text. Per topic, the clauses the Parties assigned to it (printed as they are until the topic
   * gets structured answers); the clauses that fit no topic print as "Other provisions".
   */
  imported: z.optional(
    z.strictObject({
      source: z.string().check(z.maxLength(300)),
      topics: z.record(
        z.string().check(z.maxLength(100)),
        z.array(importedClauseSchema).check(z.maxLength(500)),
      ),
      other: z.array(importedClauseSchema).check(z.maxLength(2_000)),
    }),
  ),
});

export const signatureSchema = z.strictObject({
  signedOn: isoDate,
  signedBy: z.string().check(z.trim(), z.minLength(1, "Say who signed."), z.maxLength(1_000)),
  /** When the signing was recorded in the app, and by whom (the person acting, or the side). */
  recordedAt: z.nullable(isoDateTime),
  recordedBy: z.string().check(z.maxLength(300)),
  /**
   * When a signature-ready file of the signed version was first exported: from then on the record
   * of signing stands (a copy has left the app), and it can no longer be taken back.
   */
  finalExportedAt: z.nullable(isoDateTime),
});

export const REVIEW_DECISIONS = ["kept", "revised", "open"] as const;

/** The record of an annual review meeting, printed as an appendix of the amended MOU. */
export const reviewRecordSchema = z.strictObject({
  meetingOn: z.nullable(isoDate),
  attendees: z
    .array(
      z.strictObject({
        name,
        role: name,
        side: z.enum(["agency", "district", "other"]),
      }),
    )
    .check(z.maxLength(100)),
  decisions: z.record(z.string(), z.enum(REVIEW_DECISIONS)),
  /** What was said at the meeting about each topic, printed beside its decision. */
  topicNotes: z.record(
    z.string(),
    z.string().check(z.maxLength(5_000, "Keep the note on a topic under 5,000 characters.")),
  ),
  nextReviewOn: z.nullable(isoDate),
  notes: z.string().check(z.maxLength(20_000)),
});

const topicRef = z.string().check(z.minLength(1), z.maxLength(100));

/** What a merge conflict is about: one slot of the agreement or of the review record. */
export const mergeTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("answer"), topicId: topicRef, key: topicRef }),
  z.strictObject({ kind: z.literal("customClause"), topicId: topicRef }),
  z.strictObject({ kind: z.literal("included"), topicId: topicRef }),
  z.strictObject({ kind: z.literal("party"), part: z.enum(["agency", "district", "signatories"]) }),
  z.strictObject({ kind: z.literal("profiles") }),
  z.strictObject({ kind: z.literal("school"), id: topicRef }),
  z.strictObject({ kind: z.literal("reviewDecision"), topicId: topicRef }),
  z.strictObject({ kind: z.literal("reviewNote"), topicId: topicRef }),
  z.strictObject({ kind: z.literal("reviewRecord"), key: z.enum(["meetingOn", "nextReviewOn", "notes"]) }),
]);

/**
 * A field both offices changed differently, found when the other office's copy was merged in:
 * kept in the project (so leaving it loses nothing) until a party settles it.
 */
export const mergeConflictSchema = z.strictObject({
  target: mergeTargetSchema,
  label: z.string().check(z.maxLength(1_000)),
  /** The topic whose open items list it (null: the topic that holds the Parties). */
  topicId: z.nullable(z.string().check(z.maxLength(100))),
  /** The values; null where a side had none. */
  ancestor: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
  /** When the merge found it. */
  at: isoDateTime,
});

export const projectSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1, "Give the project a name."), z.maxLength(300)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  ...agreementSchema.shape,
  history: z.array(historyEntrySchema).check(z.maxLength(100_000)),
  baseline: z.nullable(baselineSchema),
  /** Set when the Parties have signed this version; a signed project is read-only. */
  signed: z.nullable(signatureSchema),
  /** The annual review under way, with the signed version as baseline. */
  review: z.nullable(reviewRecordSchema),
  /**
   * The agreement as both offices last had it (when this copy was last saved to a file or
   * merged): the common ancestor for merging the other office's copy.
   */
  exchangeBase: z.nullable(agreementSchema),
  /** The record of the review as both offices last had it: the ancestor for merging it. */
  exchangeReview: z.nullable(reviewRecordSchema),
  /** Fields still to settle after merging the other office's copy. */
  conflicts: z.array(mergeConflictSchema).check(z.maxLength(5_000)),
  /** The people who act for each Party in the negotiation. */
  people: z.array(personSchema).check(z.maxLength(100)),
  /** Replies, counter-proposal notes and questions on topics, oldest first. */
  conversation: z.array(messageSchema).check(z.maxLength(20_000)),
});

export type Agency = z.infer<typeof agencySchema>;
export type District = z.infer<typeof districtSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type School = z.infer<typeof schoolSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
export type TopicState = z.infer<typeof topicStateSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Person = z.infer<typeof personSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type MergeConflict = z.infer<typeof mergeConflictSchema>;
export type MergeTarget = z.infer<typeof mergeTargetSchema>;
export type Project = z.infer<typeof projectSchema>;

/** The agreement part of a project (or of any value holding one), without the rest. */
export function agreementOf(a: Agreement): Agreement {
  return { parties: a.parties, schools: a.schools, topics: a.topics, profiles: a.profiles };
}
