import { replaceUnprintable } from "../format/printable";
import { TOPICS } from "../topics";
import { NASRO } from "../topics/sources";
import { formatList } from "../format/values";
import { chosenProfiles } from "../profiles";
import type { FactKey, ProjectFacts, TopicDefinition } from "../topics/types";
import type { Agreement, TopicState } from "./schema";

const DOCUMENT_KINDS: Record<string, string> = {
  mou: "Memorandum of Understanding",
  interlocal: "Interlocal Agreement",
  agreement: "Agreement",
};

/**
 * Is the topic part of this MOU? The topic that holds the Parties always is; any other topic is
 * unless the Parties leave it out (a recommended topic without a state yet counts as in).
 */
export function isIncluded(topic: TopicDefinition, state: TopicState | undefined): boolean {
  if (topic.coversParties) return true;
  return state ? state.included : topic.required;
}

/**
 * A Party's address as clauses print it: on one line (lines joined by commas), without the
 * characters the document model reserves for blanks and references; null when blank.
 */
function printedAddress(address: string | undefined): string | null {
  // what cannot be printed goes as it does everywhere else (a break becomes a new line)
  const one = replaceUnprintable(address ?? "", true)
    .text.split(/\s*[\r\n]+\s*/)
    .map((l) => l.trim().replace(/,$/, ""))
    .filter((l) => l !== "")
    .join(", ");
  return one === "" ? null : one;
}

type FactSource = Pick<Agreement, "schools" | "topics"> & Partial<Pick<Agreement, "profiles" | "parties">>;

/** The facts of each agreement seen (an immutable value), and their words as a cache key. */
const factsOf = new WeakMap<FactSource, ProjectFacts>();
const keys = new WeakMap<ProjectFacts, string>();

/** Project-wide facts: the schedule of schools and the answers fields declare as facts. */
export function projectFacts(agreement: FactSource): ProjectFacts {
  const known = factsOf.get(agreement);
  if (known) return known;
  const facts = Object.freeze(factsFrom(agreement));
  factsOf.set(agreement, facts);
  return facts;
}

/** The facts' words: what a rendering or a check made with them can be remembered by. */
export function factsKey(facts: ProjectFacts): string {
  let key = keys.get(facts);
  if (key === undefined) keys.set(facts, (key = JSON.stringify(facts)));
  return key;
}

function factsFrom(agreement: FactSource): ProjectFacts {
  const found: Partial<Record<FactKey, string | number | boolean>> = {};
  const addressedTopics: string[] = [];
  const omittedRecommended: string[] = [];
  for (const topic of TOPICS) {
    const state = agreement.topics[topic.id];
    if (!isIncluded(topic, state)) {
      // only topics NASRO recommends: the recital adopts NASRO's recommendations, not common practice
      if (topic.required && topic.sources.includes(NASRO)) omittedRecommended.push(topic.title);
      continue;
    }
    addressedTopics.push(topic.id);
    const answers = state?.answers ?? {};
    for (const field of topic.fields) {
      const value = answers[field.key];
      if (
        !field.fact ||
        (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
      )
        continue;
      if (field.when && !field.when(answers as Parameters<typeof field.when>[0])) continue;
      found[field.fact] = value;
    }
  }
  const str = (k: FactKey): string | null => {
    const v = found[k];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  };
  const totalOfficers = agreement.schools.reduce((sum, s) => sum + s.officers, 0);
  const laws = chosenProfiles(agreement.profiles ?? []).map((p) => p.name);
  const employerName = str("employerName");
  const kind = str("documentKind");
  return {
    schoolCount: agreement.schools.length,
    totalOfficers,
    effectiveDate: str("effectiveDate"),
    termYears: typeof found.termYears === "number" ? found.termYears : null,
    lawsToMeet: laws.length > 0 ? formatList(laws) : null,
    employer: employerName ? "the Employer" : "the Agency",
    employerIsAgency: employerName === null,
    employerName,
    documentKind: (kind && DOCUMENT_KINDS[kind]) ?? DOCUMENT_KINDS.mou ?? "Memorandum of Understanding",
    legalBasis: str("legalBasis"),
    addressedTopics,
    omittedRecommended,
    reviewYears: typeof found.reviewYears === "number" ? found.reviewYears : null,
    nextReviewDate: str("nextReviewDate"),
    dayCount: str("dayCount"),
    entireAgreement: found.entireAgreement === true,
    partyAddresses: {
      agency: printedAddress(agreement.parties?.agency.address),
      district: printedAddress(agreement.parties?.district.address),
    },
    signers: (agreement.parties?.signatories ?? []).flatMap((s) =>
      s.role === "signatory" && s.side !== "other" ? [{ side: s.side, name: s.name, title: s.title }] : [],
    ),
  };
}
