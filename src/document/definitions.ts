import { TOPICS } from "../topics";
import type { DefinedTerm, ProjectFacts } from "../topics/types";
import type { Block } from "./ir";
import { text } from "./ir";
import { blockLines } from "./text";
import { sanitizeUserText } from "./tokens";

const DAY_MEANS: Record<string, string> = {
  calendar: "a calendar day; a period of days includes weekends and holidays",
  business: "a day from Monday to Friday that is not a legal holiday in the District's state",
  school: "a School Day",
};

/** The terms every MOU defines (when it uses them), worded from the facts. */
function baseTerms(facts: ProjectFacts): DefinedTerm[] {
  return [
    { term: "MOU", definition: `this ${facts.documentKind}, including its exhibits` },
    {
      term: "SRO",
      definition: facts.employerIsAgency
        ? "a sworn law enforcement officer of the Agency whom the Agency assigns to one or more Schools under this MOU"
        : "a sworn law enforcement officer of the Employer whom the Employer assigns to one or more Schools under this MOU",
    },
    ...(facts.employerName
      ? [
          {
            term: "Employer",
            definition: `${sanitizeUserText(facts.employerName)}, which employs ${facts.totalOfficers > 1 ? "the SROs" : "the SRO"}`,
          },
        ]
      : []),
    {
      term: "School",
      definition: "a school of the District listed in Exhibit A, with its buildings and grounds",
    },
    {
      term: "School Day",
      definition: "a day on which students attend a School under the District's calendar",
    },
    ...(facts.dayCount ? [{ term: "day", definition: DAY_MEANS[facts.dayCount] ?? "a calendar day" }] : []),
    {
      term: "Superintendent",
      definition: "the superintendent of the District, or a person the superintendent designates in writing",
    },
  ];
}

// a term is used in the singular or the plural ("Education Records"); each pattern is built once
const patterns = new Map<string, RegExp>();
const usedIn = (text: string, term: string) => {
  let pattern = patterns.get(term);
  if (!pattern) {
    pattern = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`);
    patterns.set(term, pattern);
  }
  // most terms are absent from most text: the plain search rules them out before the pattern runs
  return text.includes(term) && pattern.test(text);
};

/** The Definitions section: base and topic terms that the rest of the MOU uses, alphabetical. */
export function definitions(body: readonly Block[], facts: ProjectFacts): Block[] {
  const bodyText = body.flatMap(blockLines).join("\n");
  // a term is defined wherever the MOU uses it, whichever topic introduced it
  const byTerm = new Map<string, DefinedTerm>();
  for (const t of [...baseTerms(facts), ...TOPICS.flatMap((x) => x.terms)])
    if (!byTerm.has(t.term)) byTerm.set(t.term, t);
  const candidates = [...byTerm.values()];
  // a term used only inside another kept definition counts as used too
  const inBody = new Set(candidates.filter((t) => usedIn(bodyText, t.term)));
  const withinDefinitions = [...inBody].map((t) => t.definition).join("\n");
  const terms = candidates
    .filter((t) => inBody.has(t) || usedIn(withinDefinitions, t.term))
    .sort((a, b) => a.term.localeCompare(b.term));
  return [
    { kind: "heading", number: "1.", text: "Definitions", level: 1, listed: { list: "body", level: 0 } },
    { kind: "paragraph", inlines: [text("In this MOU, the following terms have these meanings:")] },
    ...terms.map((t, i): Block => ({
      kind: "clause",
      level: 1,
      number: `1.${i + 1}`,
      inlines: [text(`"${t.term}"`, { bold: true }), text(` means ${t.definition}.`)],
      topicId: null,
      listed: { list: "body", level: 1 },
    })),
  ];
}
