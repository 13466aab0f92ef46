import { formatDate } from "../format/values";
import { defineTopic, has, num } from "./define";
import { choice, date, email, longText, number, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, FieldDef, ProjectFacts } from "./types";

type Party = "agency" | "district";
const PARTY_NAMES: Record<Party, string> = { agency: "the Agency", district: "the District" };
const HEADS: Record<Party, string> = { agency: "the head of the Agency", district: "the Superintendent" };
const noticesOn = (a: Answers) => a.notices === true;

/** Who receives notices for a Party, its email and, when it is not the Party's own, its postal address. */
function noticeFields(party: Party): FieldDef[] {
  const name = PARTY_NAMES[party];
  return [
    text(`${party}NoticeOfficer`, {
      label: `Officer who receives notices for ${name}`,
      help: `The title only, e.g. "${party === "agency" ? "Chief of Police" : "Superintendent"}": the MOU prints "the ${party === "agency" ? "Chief of Police" : "Superintendent"}". When blank, notices go to ${HEADS[party]}.`,
      when: noticesOn,
    }),
    email(`${party}NoticeEmail`, {
      label: `Email for notices to ${name}`,
      help: `Optional: the email address at which ${name} receives notices.`,
      when: noticesOn,
    }),
    text(`${party}NoticeAddress`, {
      label: `Postal address for notices to ${name}`,
      help: `Only when notices go to another address than ${name}'s address in the Parties: street, city, state and ZIP code. When blank, notices go to ${name}'s address in the Parties.`,
      when: noticesOn,
    }),
  ];
}

const str = (x: unknown): string | null => (typeof x === "string" && x.trim() !== "" ? x.trim() : null);
/** The postal address the notices clause prints for a Party: its own for notices, else the Parties'. */
const noticeAddress = (a: Answers, facts: ProjectFacts, party: Party): string | null =>
  str(a[`${party}NoticeAddress`]) ?? facts.partyAddresses[party];
/**
 * The Parties the notices clause has no postal address for. (An address is printed as given: a
 * file signed with a short address keeps it, and the help asks for the state and ZIP code.)
 */
const partiesWithoutAddress = (a: Answers, facts: ProjectFacts): Party[] =>
  noticesOn(a) ? (["agency", "district"] as const).filter((p) => noticeAddress(a, facts, p) === null) : [];

/** The last day of the term (ISO date), or null when the term is not yet agreed. */
function termEnd(effectiveDate: string, termYears: number | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(effectiveDate);
  if (!m || termYears === null) return null;
  const end = new Date(Date.UTC(Number(m[1]) + termYears, Number(m[2]) - 1, Number(m[3]) - 1));
  return end.toISOString().slice(0, 10);
}

export default defineTopic({
  id: "amendment",
  title: "Amendment, Review and Notices",
  group: "Terms",
  required: true,
  sources: [
    NASRO,
    PRACTICE,
    { name: "Virginia Code § 22.1-280.2:3" },
    { name: "Revised Code of Washington § 28A.320.124" },
  ],
  summary:
    "NASRO recommends that the agency and the district revisit their MOU regularly, and the usual practice is a joint review every year, finished before the school year starts so that any change is in place when students arrive. Washington law requires a yearly review, and Virginia law requires one at least every 2 years and whenever either side asks. A change to the MOU should bind only when it is written and signed for both Parties, so that the SRO, principals and supervisors can rely on the signed text. The Parties also name who signs amendments, and the MOU says how formal notices are given and that the signed document is the whole agreement.",
  signals: [
    "amend",
    "amendment",
    "modified",
    "modification",
    "in writing signed",
    "review annually",
    "annual review",
    "notices",
    "notice shall be",
    "addressed to",
    "reviewed",
  ],
  fields: [
    yesNo("writtenAmendments", {
      label: "Amendments only in writing",
      help: "Standard term: yes if the MOU changes only by a written amendment signed for both Parties (except where it provides another way to change an exhibit), never orally or by conduct.",
      recommended: true,
    }),
    choice("signers", {
      label: "Persons who sign amendments",
      help: "Who signs an amendment for each Party.",
      required: true,
      options: opts(
        ["heads", "The head of the Agency and the Superintendent"],
        [
          "approved",
          "The head of the Agency and the Superintendent, after approval by each Party's governing body",
        ],
        ["original", "The persons who signed the MOU for each Party, or their successors in office"],
        ["other", "Other persons named below"],
      ),
    }),
    text("otherSigners", {
      label: "Named signers of amendments",
      help: "The title of each person who signs amendments, and the Party for which each signs.",
      required: true,
      when: (a) => a.signers === "other",
    }),
    number("reviewYears", "integer", {
      label: "Review interval in years",
      help: "How often, at least, the Parties review the MOU together; every year is recommended.",
      required: true,
      min: 1,
      max: 5,
      recommended: 1,
      fact: "reviewYears",
    }),
    date("nextReviewDate", {
      label: "Date of the next review",
      help: "Optional: the date by which the Parties complete their next review of the MOU. It must fall within the term.",
      fact: "nextReviewDate",
    }),
    choice("reviewTiming", {
      label: "Timing of each review",
      help: "When in the year the review takes place.",
      required: true,
      options: opts(
        ["beforeYear", "Completed before the school year begins"],
        ["anniversary", "Completed before the anniversary of the effective date"],
        ["agreed", "On a date the Parties set each time"],
      ),
      recommended: "beforeYear",
    }),
    yesNo("reviewOnRequest", {
      label: "Review at either Party's request",
      help: "Yes if either Party may also call for a review at any time by written notice.",
      required: true,
      recommended: true,
    }),
    yesNo("confirmAfterReview", {
      label: "Written outcome of each review",
      help: "Standard term: yes if, after each review, the Parties either sign an amendment or confirm in writing that the MOU continues unchanged.",
      recommended: true,
    }),
    yesNo("notices", {
      label: "How notices are given",
      help: "Standard term: yes if the MOU says that notices are written, delivered by hand, mail or email to the officer each Party names (its head, unless another is named below) at its full postal address and email, and take effect on receipt.",
      recommended: true,
    }),
    ...noticeFields("agency"),
    ...noticeFields("district"),
    yesNo("entireAgreement", {
      label: "Entire agreement",
      help: "Standard term: yes if the MOU and its exhibits are the whole agreement on the SRO program and replace every earlier one. It prints as the last clause of the MOU: the last of the Standard Terms, or the last of this topic when the Standard Terms are left out.",
      recommended: true,
      fact: "entireAgreement",
    }),
    longText("notes", {
      label: "Further terms on amendment and review",
      help: "Optional wording, for example who takes part in the review meeting.",
    }),
  ],
  departures: [
    {
      id: "review-less-than-yearly",
      message: "The Parties review the MOU less often than once a year.",
      recommendation:
        "NASRO recommends regular review; the usual practice, and a legal duty in Washington, is a review every year.",
      applies: (a) => (num(a, "reviewYears") ?? 1) > 1,
    },
    {
      id: "review-not-before-school-year",
      message: "The yearly review is not tied to the start of the school year.",
      recommendation:
        "Common practice is to finish the review before the school year, so changes apply from the first day.",
      applies: (a) => has(a, "reviewTiming") && a.reviewTiming !== "beforeYear",
    },
    {
      id: "no-review-on-request",
      message: "Neither Party may call for a review between the regular reviews.",
      recommendation:
        "Virginia law requires a review whenever either party asks; many agreements allow it everywhere.",
      applies: (a) => a.reviewOnRequest === false,
    },
  ],
  rules: [
    {
      // a notice clause without a postal address for each Party cannot be followed
      id: "notice-addresses-complete",
      fails: (a, facts) => partiesWithoutAddress(a, facts).length > 0,
      message: (a, facts) => {
        const names = partiesWithoutAddress(a, facts).map((p) => PARTY_NAMES[p]);
        return `The notices clause sends notices to each Party's postal address, but ${names.join(" and ")} ${names.length > 1 ? "have" : "has"} none: add the full address (street, city, state and ZIP code) to the Party in Parties, Schools and Term, or give a postal address for notices here.`;
      },
    },
    {
      id: "next-review-within-term",
      fails: (a, facts) => {
        const next = typeof a.nextReviewDate === "string" ? a.nextReviewDate : null;
        if (next === null || facts.effectiveDate === null) return false;
        const end = termEnd(facts.effectiveDate, facts.termYears);
        return next < facts.effectiveDate || (end !== null && next > end);
      },
      message: (a, facts) =>
        `The date of the next review (${formatDate(String(a.nextReviewDate))}) falls outside the term of the MOU, which runs from ${formatDate(String(facts.effectiveDate))}${facts.termYears ? ` for ${facts.termYears} ${facts.termYears === 1 ? "year" : "years"}` : ""}: choose a date within the term.`,
    },
  ],
  upgradeAnswers: (old) => {
    // Sentences that used to print always are now standard terms the Parties can switch off.
    const a: Record<string, unknown> = { ...old };
    a.writtenAmendments ??= true;
    a.confirmAfterReview ??= true;
    a.notices ??= true;
    a.entireAgreement ??= true;
    return a;
  },
});
