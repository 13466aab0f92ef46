import { readFileSync } from "node:fs";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";

/** What a fixture shaped like a real, signed agreement must say, and what it must never say. */
export interface RealAgreement {
  readonly name: string;
  /** Provisions the agreement has, each as the MOU words it. */
  readonly states: readonly string[];
  /** Sentences and words that would be terms the parties never agreed. */
  readonly never: readonly string[];
}

export const REAL_AGREEMENTS: readonly RealAgreement[] = [
  {
    name: "city-sheriff",
    states: [
      "This Interlocal Agreement is made between City of Sunrise",
      "The Parties enter into this Interlocal Agreement under the Florida Interlocal Cooperation Act of 1969, section 163.01, Florida Statutes.",
      '"Employer" means the Sunrise County Sheriff\'s Office, which employs the SROs.',
      '"SRO" means a sworn law enforcement officer of the Employer',
      "The Employer employs the SROs and provides them to the Agency under its law enforcement services agreement with the Agency dated October 1, 2023.",
      "Sunrise Middle School and every elementary school of the District",
      "in the percentages that Exhibit C sets out for each school year, each SRO or post and each cost item",
      "the District's share of the actual cost of each cost item",
      "The Agency shall send an invoice every two months",
      "The District shall make its first payment under this MOU on or before October 15, 2026.",
      "for time an SRO spends away from the Schools on duties for the Employer that do not concern a School",
      "Campus Hours run from 15 minutes before the first bell to 15 minutes after the last bell on every School Day.",
      "a meal break of 30 minutes",
      "The District may direct an SRO to serve at a School other than",
      "Attest for City of Sunrise",
      "Approved as to form for City of Sunrise",
      "Approved as to form for The School Board of Sunrise County",
      "Assistant Superintendent for Operations",
    ],
    never: [
      "employee of the Agency",
      "officer of the Agency",
      "the Agency shall answer calls",
      "NASRO",
      "public safety educator",
      "chief executive",
      "Formal Discipline",
      "Education Record",
      "without cause",
      "Memorandum of Understanding",
    ],
  },
  {
    name: "mostly-silent",
    states: [
      "This Agreement is made between Lakeview Police Department",
      "The SRO shall not administer Formal Discipline.",
      "Under this MOU, the Agency shall assign 1 SRO to the Schools.",
      "President, Board of Trustees",
    ],
    never: [
      "NASRO",
      "Family Educational Rights",
      "FERPA",
      "public safety educator",
      "firearm",
      "invoice",
      "Campus Hours",
      "end this MOU",
      "Neither Party",
      "not required to",
      "full-time",
      "Exhibit B",
    ],
  },
  {
    name: "district-termination",
    states: [
      "The District may end this MOU without cause by giving the Agency at least 6 months' written notice.",
      "The termination takes effect on the first June 30 that falls 6 months or more after the Agency receives the notice.",
      "The District's evaluation is advisory only.",
      "The District's evaluation is separate from the performance evaluation by each SRO's supervisor at the Agency and forms no part of it.",
      "before the SRO's working day begins on the day of the absence",
      "During a shorter absence, the Agency shall assign a substitute to the School whenever it has an officer available.",
      "When an SRO is absent from a School for more than 5 consecutive days on which the SRO is scheduled to work",
      "the Agency and the principal of the School shall jointly approve the officer who serves",
    ],
    never: [
      "The Agency may end this MOU",
      "Either Party may end",
      "Neither Party",
      "for cause",
      "NASRO",
      "Formal Discipline",
      "invoice",
    ],
  },
];

export function loadFixture(name: string): Project {
  const r = parseProjectFile(readFileSync(`test/fixtures/good/${name}/project.json`, "utf8"));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.project;
}

/** Whitespace, hyphenation at line ends and typographic quotes as one reader of the text sees them. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
