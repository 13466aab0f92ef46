import { has, num } from "./topics/define";
import type { Answers } from "./topics/types";

/** Where a demand comes from: the provision, our one-line summary of it, and when it was checked. */
export interface ProfileSource {
  /** The provision itself: "RCW 28A.320.1242(1)(a)(ii)". */
  readonly citation: string;
  /** What it demands, in one line of our own words. */
  readonly summary: string;
  /** The date (YYYY-MM-DD) the demand was last checked against the text named. */
  readonly checkedOn: string;
  /**
   * Set when the statute's own text could not be found and the demand rests on a secondary
   * source (a publisher's copy, a bill summary): says which.
   */
  readonly secondary?: string;
}

/** A demand a profile makes of one topic's answers. */
export interface ProfileCheck {
  readonly topicId: string;
  /** What is wrong, and what meets the requirement. */
  readonly message: string;
  readonly fails: (answers: Answers) => boolean;
  readonly source?: ProfileSource;
}

/**
 * What a statute or a grant condition demands of an MOU. Chosen by the Parties; the topics it
 * names become required and its checks become open items. Facts as reported in public sources,
 * summarised in our own words: laws change, and counsel should confirm them.
 */
export interface RequirementProfile {
  readonly id: string;
  /** As the wizard lists it. */
  readonly label: string;
  /** As the MOU names it: "the requirements of …". */
  readonly name: string;
  readonly citation: string;
  /** What it demands, in a sentence or two. */
  readonly summary: string;
  /** Topics the MOU must include. */
  readonly requires: readonly string[];
  /** The longest time between reviews it allows, in years; null when it sets none. */
  readonly reviewEveryYears: number | null;
  readonly checks: readonly ProfileCheck[];
  /** Where each required topic's demand comes from, by topic id. */
  readonly requireSources?: Readonly<Record<string, ProfileSource>>;
  /** When the profile as a whole was last checked (YYYY-MM-DD). */
  readonly checkedOn?: string;
}

function profileSource(profile: RequirementProfile): ProfileSource {
  return { citation: profile.citation, summary: profile.summary, checkedOn: profile.checkedOn ?? "" };
}

/** The source of the demand that the MOU cover a topic. */
export function requirementSource(profile: RequirementProfile, topicId: string): ProfileSource {
  return profile.requireSources?.[topicId] ?? profileSource(profile);
}

/** The source of a demand a profile makes of a topic's answers. */
export function checkSource(profile: RequirementProfile, check: ProfileCheck): ProfileSource {
  return check.source ?? profileSource(profile);
}

const noFormalDiscipline = (law: string): ProfileCheck => ({
  topicId: "formal-discipline",
  message: `${law} keeps the SRO out of formal school discipline: choose "No role" for the SRO's role in Formal Discipline.`,
  fails: (a) => a.sroRole !== "none",
});

const noRoutineDiscipline = (law: string): ProfileCheck => ({
  topicId: "formal-discipline",
  message: `${law} leaves school discipline to the District: the SRO may not administer discipline.`,
  fails: (a) => a.sroRole === "administers",
});

const postedOnline = (law: string): ProfileCheck => ({
  topicId: "publication",
  message: `${law} requires the MOU to be posted online: answer Yes to posting it.`,
  fails: (a) => a.post !== true,
});

const publicInput = (law: string): ProfileCheck => ({
  topicId: "family-and-community",
  message: `${law} requires input from families and the community when the MOU is reviewed: answer Yes to public input.`,
  fails: (a) => a.publicInput !== true,
});

const reviewAtLeastEvery = (law: string, years: number): ProfileCheck => ({
  topicId: "amendment",
  message: `${law} requires a review at least every ${years === 1 ? "year" : `${years} years`}: set the years between reviews to ${years === 1 ? "1" : `${years} or fewer`}.`,
  fails: (a) => (num(a, "reviewYears") ?? 1) > years,
});

export const PROFILES: readonly RequirementProfile[] = [
  {
    id: "us-cops-hiring-2020",
    label: "U.S. DOJ COPS hiring grant (2020 conditions)",
    name: "the 2020 award conditions of the U.S. Department of Justice COPS Hiring Program",
    citation: "COPS Hiring Program, 2020 award special conditions (school resource officers)",
    summary:
      "An agency placing COPS-funded officers in schools sends the COPS Office an MOU signed with its school partners within 90 days of the date on the award's congratulatory letter, and before it obligates or draws down award funds; the MOU states its purpose, the roles of the district and the agency (officers' roles centred on safety), information sharing, and the SRO's supervision and chain of command, and is signed.",
    // Checked 2026-11-28 against the 2020 CHP award special conditions as reproduced in award
    // documents published by grantee cities (e.g. Everett WA, Santa Ana CA), not on cops.usdoj.gov.
    requires: ["purpose-and-goals", "day-to-day-duties", "information-sharing", "chain-of-command"],
    reviewEveryYears: null,
    checks: [],
  },
  {
    id: "virginia",
    label: "Virginia",
    name: "Virginia Code § 22.1-280.2:3",
    citation: "Code of Virginia § 22.1-280.2:3",
    summary:
      "Where SROs serve, the division and the agency keep an MOU based on the state model, review it and amend or reaffirm it at least every 2 years and whenever either asks, post it on the division's website, and give public notice and take comment at each review.",
    requires: ["publication", "family-and-community"],
    reviewEveryYears: 2,
    checks: [
      postedOnline("Virginia law"),
      publicInput("Virginia law"),
      reviewAtLeastEvery("Virginia law", 2),
      {
        topicId: "amendment",
        message:
          "Virginia law requires a review whenever either Party asks: answer Yes to a review on request.",
        fails: (a) => a.reviewOnRequest !== true,
      },
    ],
  },
  {
    id: "washington",
    label: "Washington",
    name: "Washington RCW 28A.320.124",
    citation: "Revised Code of Washington 28A.320.124",
    summary:
      "SROs take no part in formal discipline; a policy says when staff may ask an SRO to step in; families have a way to complain; the agreement is reviewed and adopted every year with parents, students and the community; and hiring, placement, evaluation and training are settled jointly.",
    requires: ["staff-calls", "complaints", "family-and-community"],
    reviewEveryYears: 1,
    checks: [
      noFormalDiscipline("Washington law"),
      publicInput("Washington law"),
      reviewAtLeastEvery("Washington law", 1),
    ],
  },
  {
    id: "connecticut",
    label: "Connecticut",
    name: "Connecticut General Statutes §§ 10-233m and 10-233p",
    citation: "Conn. Gen. Stat. §§ 10-233m, 10-233p",
    summary:
      "The MOU sets a graduated-response model, procedures for restraint, firearm use and school-based arrests, and is posted online; each SRO intervention is recorded within 5 school days and reported at least monthly to the superintendent, with the student's demographics.",
    requires: [
      "staff-calls",
      "force-and-restraint",
      "citations-and-arrests",
      "publication",
      "data-and-reporting",
    ],
    reviewEveryYears: null,
    checks: [
      {
        topicId: "staff-calls",
        message: "Connecticut law requires a graduated-response model: answer Yes to it.",
        fails: (a) => a.graduatedResponse !== true,
      },
      postedOnline("Connecticut law"),
      {
        topicId: "data-and-reporting",
        message:
          "Connecticut law requires each intervention to be recorded within 5 school days: set 5 days or fewer.",
        fails: (a) => (num(a, "entryDays") ?? Infinity) > 5,
      },
      {
        topicId: "data-and-reporting",
        message: "Connecticut law requires reports to the Superintendent at least monthly: choose Monthly.",
        fails: (a) => has(a, "frequency") && a.frequency !== "monthly",
      },
      {
        topicId: "data-and-reporting",
        message:
          "Connecticut law requires the student's demographics in each record: choose what is recorded.",
        fails: (a) => !has(a, "demographics"),
      },
    ],
  },
  {
    id: "illinois",
    label: "Illinois",
    name: "Illinois 105 ILCS 5/10-20.68",
    citation: "105 ILCS 5/10-20.68 (as in force from July 2026)",
    summary:
      "The agreement defines the SRO's duties, requires training that includes working with students with disabilities, bars tickets and citations on school property, provides for data collection, and is reviewed regularly with community input.",
    requires: [
      "students-with-disabilities",
      "citations-and-arrests",
      "data-and-reporting",
      "family-and-community",
    ],
    reviewEveryYears: null,
    checks: [
      {
        topicId: "citations-and-arrests",
        message:
          "Illinois law bars tickets and citations on school property: answer Yes to no citations for School-rule violations, and state the full bar in the custom clause.",
        fails: (a) => a.noSchoolRuleCitations !== true,
      },
      publicInput("Illinois law"),
    ],
  },
  {
    id: "ohio",
    label: "Ohio",
    name: "Ohio Revised Code 3313.951",
    citation: "Ohio Rev. Code 3313.951",
    summary:
      "The MOU states the program's purpose and the roles of SROs, the agency, administrators and staff; SROs complete basic SRO training in de-escalation and crisis intervention (40 hours) within a year; discipline stays with the district.",
    requires: [],
    reviewEveryYears: null,
    checks: [noRoutineDiscipline("Ohio law")],
  },
  {
    id: "texas",
    label: "Texas",
    name: "Texas Education Code § 37.081",
    citation: "Tex. Educ. Code § 37.081",
    summary:
      "An interlocal contract allocates costs in proportion; SROs do no routine discipline or administrative duties; the state's restraint rules apply to them.",
    requires: ["billing", "force-and-restraint"],
    reviewEveryYears: null,
    checks: [noRoutineDiscipline("Texas law")],
  },
];

const byId = new Map(PROFILES.map((p) => [p.id, p]));

export function getProfile(id: string): RequirementProfile | undefined {
  return byId.get(id);
}

/** The chosen profiles, in the order of the list above. */
export function chosenProfiles(ids: readonly string[]): RequirementProfile[] {
  return PROFILES.filter((p) => ids.includes(p.id));
}

/**
 * Years between reviews: what the MOU itself says (the amendment topic), shortened by any
 * chosen profile that demands more often; one year when the MOU is silent.
 */
export function reviewIntervalYears(agreed: number | null, ids: readonly string[]): number {
  const limits = chosenProfiles(ids).flatMap((p) => (p.reviewEveryYears ? [p.reviewEveryYears] : []));
  return Math.max(1, Math.min(agreed ?? 1, ...limits));
}
