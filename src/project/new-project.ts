import { TOPICS } from "../topics";
import type { Position, Project, TopicState } from "./schema";
import { SCHEMA_VERSION } from "./schema";

export const NO_POSITION: Position = { stance: "none", note: "", at: null };

export function emptyTopicState(): TopicState {
  return {
    included: false,
    answers: {},
    customClause: "",
    positions: { agency: NO_POSITION, district: NO_POSITION },
    acknowledgements: [],
  };
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
      agency: {
        name: "",
        kind: "police-department",
        headName: "",
        headTitle: "Chief of Police",
        address: "",
      },
      district: { name: "", superintendentName: "", boardChairName: "", address: "" },
      signatories: [],
    },
    schools: [],
    topics: Object.fromEntries(TOPICS.map((t) => [t.id, emptyTopicState()])),
    history: [],
    baseline: null,
    signed: null,
    review: null,
    exchangeBase: null,
    exchangeReview: null,
    profiles: [],
    conflicts: [],
  };
}
