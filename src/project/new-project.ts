import { TOPICS } from "../topics";
import { getTopic } from "../topics/registry";
import type { Position, Project, Side, TopicState } from "./schema";
import { SCHEMA_VERSION } from "./schema";

export const NO_POSITION: Position = { stance: "none", note: "", at: null };

/** A topic's state before anyone answered: a recommended topic starts as part of the MOU. */
export function emptyTopicState(included = false): TopicState {
  return {
    included,
    answers: {},
    customClause: "",
    positions: { agency: NO_POSITION, district: NO_POSITION },
    acknowledgements: [],
  };
}

/** The state a topic has before anyone touched it, for a topic a project does not hold yet. */
export function initialTopicState(topicId: string): TopicState {
  return emptyTopicState(getTopic(topicId)?.required);
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A new, empty MOU project with a state for every topic in the registry. */
export function createProject(name: string, now: Date = new Date(), id: string = newId()): Project {
  const at = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    name,
    createdAt: at,
    updatedAt: at,
    parties: {
      agency: { name: "", kind: "police-department", address: "" },
      district: { name: "", address: "" },
      signatories: [
        {
          id: newId(),
          side: "agency",
          role: "signatory",
          name: "",
          title: "Chief of Police",
          organization: "",
        },
        {
          id: newId(),
          side: "district",
          role: "signatory",
          name: "",
          title: "Superintendent",
          organization: "",
        },
      ],
    },
    schools: [],
    topics: Object.fromEntries(TOPICS.map((t) => [t.id, emptyTopicState(t.required)])),
    history: [],
    baseline: null,
    signed: null,
    review: null,
    exchangeBase: null,
    exchangeReview: null,
    profiles: [],
    conflicts: [],
    people: [],
    conversation: [],
  };
}

/** What the "Start a new MOU" form asks. */
export interface NewProjectInput {
  readonly side: Side;
  readonly name: string;
  readonly agencyName: string;
  readonly agencyHead: string;
  readonly agencyHeadTitle: string;
  readonly districtName: string;
  readonly superintendent: string;
}

/** A new project from the form's answers: the Parties' names and the heads who sign for them. */
export function newProjectFrom(
  input: NewProjectInput,
  now: Date = new Date(),
  id: string = newId(),
): Project {
  const base = createProject(input.name, now, id);
  const [head, superintendent] = base.parties.signatories;
  return {
    ...base,
    parties: {
      ...base.parties,
      agency: { ...base.parties.agency, name: input.agencyName },
      district: { ...base.parties.district, name: input.districtName },
      signatories: [
        ...(head ? [{ ...head, name: input.agencyHead, title: input.agencyHeadTitle }] : []),
        ...(superintendent ? [{ ...superintendent, name: input.superintendent }] : []),
      ],
    },
  };
}
