import { defineTopic, includes } from "./define";
import { choice, date, multi, number, opts, text } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, ProjectFacts } from "./types";

const RECITALS = opts(
  ["sharedInterest", "Both Parties share an interest in safe Schools and trusting relationships"],
  ["roles", "Each SRO serves as law enforcement officer, educator and informal counselor"],
  ["nasro", "The Parties follow NASRO's recommendations except where the MOU provides otherwise"],
  ["law", "The Parties carry out the MOU under federal law, including FERPA, and state law"],
);

/** The sentence each recital prints, in our own words. */
const RECITAL_TEXT: Record<string, (facts: ProjectFacts) => string> = {
  sharedInterest: () =>
    "The Agency and the District share an interest in safe Schools where students can learn, and in positive, trusting relationships between law enforcement officers and students.",
  // several SROs when Exhibit A assigns more than one officer in all, as the clause templates say
  roles: (facts) =>
    `The Parties intend to operate a School Resource Officer program in which ${facts.totalOfficers > 1 ? "each SRO serves" : "the SRO serves"} as a law enforcement officer, a public safety educator and an informal counselor and mentor.`,
  nasro: () =>
    "The Parties intend to follow the recommendations of the National Association of School Resource Officers (NASRO, 2021) for such programs, except where this MOU provides otherwise.",
  law: () =>
    "The Parties will carry out this MOU in accordance with federal law, including the Family Educational Rights and Privacy Act, and with the laws of their state.",
};

const chosen = (a: Answers): readonly string[] => (Array.isArray(a.recitals) ? (a.recitals as string[]) : []);

export default defineTopic({
  id: "parties-and-term",
  title: "Parties, Schools and Term",
  group: "Agreement",
  required: true,
  coversParties: true,
  sources: [NASRO, PRACTICE],
  summary:
    "The MOU names the law enforcement agency and the school district, the people who sign for each, and the schools the program serves, with the number of officers at each. NASRO treats the MOU as the document that fixes the program's goals and each side's duties, so both heads should sign it and it should say when it starts and how long it runs. Most agreements run for one to three school years and start shortly before the first day of school, so that the SRO is in place when students arrive.",
  signals: [
    "memorandum of understanding",
    "entered into",
    "by and between",
    "effective date",
    "term of this agreement",
    "school year",
    "schools covered",
    "schedule of schools",
    "interlocal",
    "schools served",
    "commence",
    "remain in effect",
    "takes effect",
    "for a term of",
  ],
  fields: [
    choice("documentKind", {
      label: "Kind of document",
      help: "What the document calls itself in its title. Some states make these agreements under an interlocal cooperation act.",
      required: true,
      options: opts(
        ["mou", "Memorandum of Understanding"],
        ["interlocal", "Interlocal Agreement"],
        ["agreement", "Agreement"],
      ),
      recommended: "mou",
      fact: "documentKind",
    }),
    text("legalBasis", {
      label: "Statute the agreement is made under",
      help: 'Optional, as counsel cites it, e.g. "the Interlocal Cooperation Act, Chapter 163, Florida Statutes". Printed in the background.',
      fact: "legalBasis",
    }),
    choice("employer", {
      label: "Who employs the SROs",
      help: "Usually the Agency. A city that contracts with a county sheriff for its SROs signs as the Agency while the sheriff employs them.",
      required: true,
      options: opts(["agency", "The Agency"], ["other", "Another body that provides the SROs to the Agency"]),
      recommended: "agency",
    }),
    text("employerName", {
      label: "Name of the SROs' employer",
      help: 'e.g. "the Pinellas County Sheriff\'s Office". The MOU calls it "the Employer".',
      required: true,
      when: (a) => a.employer === "other",
      fact: "employerName",
    }),
    text("employerArrangement", {
      label: "How the employer provides the SROs",
      help: 'Optional, e.g. "under its law enforcement services agreement with the Agency dated October 1, 2023".',
      when: (a) => a.employer === "other",
    }),
    multi("recitals", {
      label: "Background recitals",
      help: "The statements of background the MOU opens with. Choose only what the Parties mean: the NASRO recital suits an MOU that addresses every recommended topic.",
      options: RECITALS,
      recommended: RECITALS.map((o) => o.value),
    }),
    date("effectiveDate", {
      label: "Effective date",
      help: "The day the MOU takes effect; usually a few weeks before the first day of school.",
      required: true,
      fact: "effectiveDate",
    }),
    number("termYears", "integer", {
      label: "Term in years",
      help: "How many years the MOU runs before it ends or renews.",
      required: true,
      min: 1,
      max: 10,
      recommended: 1,
      fact: "termYears",
    }),
    choice("dayCount", {
      label: "What a period of days counts",
      help: 'Every period in the MOU ("within 30 days") counts these days. Calendar days are the usual choice.',
      required: true,
      options: opts(
        ["calendar", "Calendar days"],
        ["business", "Business days (Monday to Friday, except legal holidays)"],
        ["school", "School Days"],
      ),
      recommended: "calendar",
      fact: "dayCount",
    }),
    choice("scheduleChanges", {
      label: "Changes to the schedule of schools",
      help: "How the Parties add or remove a school, or change the number of officers at one.",
      required: true,
      options: opts(
        ["letter", "By a letter signed by both Parties, without a formal amendment"],
        ["amendment", "Only by a written amendment of this MOU"],
      ),
      recommended: "letter",
    }),
  ],
  recitals: (a, facts) => [
    ...(facts.legalBasis
      ? [`The Parties enter into this ${facts.documentKind} under ${facts.legalBasis}.`]
      : []),
    ...RECITALS.filter((o) => includes(a, "recitals", o.value)).map(
      (o) => RECITAL_TEXT[o.value]?.(facts) ?? "",
    ),
  ],
  rules: [
    {
      id: "no-schools",
      fails: (_a, facts) => facts.schoolCount === 0,
      message: () => "The schedule of schools is empty: add at least one school.",
    },
    {
      id: "nasro-recital-needs-every-topic",
      fails: (a, facts) => chosen(a).includes("nasro") && facts.omittedRecommended.length > 0,
      message: (_a, facts) =>
        `The background says the Parties follow NASRO's recommendations, but the MOU leaves out ${facts.omittedRecommended.join("; ")}. Drop that recital or address those topics.`,
    },
    {
      id: "roles-recital-needs-triad",
      fails: (a, facts) => chosen(a).includes("roles") && !facts.addressedTopics.includes("triad-roles"),
      message: () =>
        "The background describes the SRO's three roles, but the MOU leaves out the topic on those roles. Drop that recital or address the topic.",
    },
  ],
  // before schema 4 every MOU was a memorandum, the Agency employed its SROs, all four recitals
  // printed, and "days" went undefined: calendar days, as a court would read them
  upgradeAnswers: (old) => ({
    documentKind: "mou",
    dayCount: "calendar",
    employer: "agency",
    recitals: RECITALS.map((o) => o.value),
    ...old,
  }),
});
