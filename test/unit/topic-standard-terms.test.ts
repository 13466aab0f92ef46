import { describe, expect, it } from "vitest";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import { blankToken } from "../../src/document/tokens";
import topic from "../../src/topics/standard-terms";
import type { Answers, ProjectFacts } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

function render(answers: Answers, facts: Partial<ProjectFacts> = {}): string {
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, sampleFacts(facts))).join("\n");
}

const valid = (answers: unknown): boolean => topic.schema.safeParse(answers).success;

/** Each switch, with the key words its sentence must print and that must vanish on "no". */
const SWITCHES: ReadonlyArray<readonly [string, readonly RegExp[]]> = [
  ["severability", [/invalid or unenforceable/, /other provisions of this MOU, which remain in effect/]],
  ["counterparts", [/sign this MOU in counterparts/, /together form one agreement/, /electronic signature/]],
  ["authority", [/authorized to sign it for that Party/, /governing body has approved this MOU/]],
  ["nonAppropriation", [/appropriating funds/, /fiscal year/, /may end this MOU/]],
  ["nonDiscrimination", [/without discrimination that federal, state or local law prohibits/]],
  [
    "assignment",
    [/shall not assign its rights or delegate its duties/, /written consent of the other Party/],
  ],
  [
    "waiver",
    [
      /waiver of a right under this MOU is effective only if it is in writing/,
      /does not waive any other breach/,
    ],
  ],
  ["headings", [/headings in this MOU are for convenience only/]],
  [
    "mandatedReporting",
    [/reporting suspected child abuse or neglect/, /does not change who must make a report/],
  ],
  [
    "backgroundChecks",
    [/background check or fingerprinting/, /To the extent state law requires it/, /credentials/],
  ],
  ["schoolClosure", [/holds its classes remotely/, /Parties shall decide together/]],
  ["governingLaw", [/The laws of Florida govern this MOU/]],
];

const ALL_ON: Answers = {
  ...Object.fromEntries(SWITCHES.map(([key]) => [key, true])),
  governingState: "Florida",
};

describe("standard terms: each switch", () => {
  it.each(SWITCHES)("%s = yes prints its sentence; no prints none of it", (key, patterns) => {
    const on = render({ ...ALL_ON, [key]: true });
    for (const p of patterns) expect(on).toMatch(p);
    const off = render({ ...ALL_ON, [key]: false });
    for (const p of patterns) expect(off).not.toMatch(p);
    // the other terms still print: only this one went away
    expect(off.split("\n").length).toBe(on.split("\n").length - 1);
  });

  it("prints nothing when every switch is no and no precedence is chosen", () => {
    const allOff = Object.fromEntries(SWITCHES.map(([key]) => [key, false]));
    expect(render(allOff)).toBe("");
    expect(render({})).toBe("");
  });

  it("prints every term when every switch is on, one line each", () => {
    expect(render(ALL_ON).split("\n")).toHaveLength(SWITCHES.length);
  });

  it("recommends every switch on and the body prevailing", () => {
    for (const [key] of SWITCHES) {
      const field = topic.fields.find((f) => f.key === key);
      expect(field?.kind, key).toBe("boolean");
      expect(field?.recommended, key).toBe(true);
      expect(field?.required, key).toBe(false);
      expect(field?.label, key).toMatch(/^Standard term: /);
    }
    expect(topic.fields.find((f) => f.key === "precedence")?.recommended).toBe("body");
  });
});

describe("standard terms: governing law and venue", () => {
  it("names the state, and the venue only when one is given", () => {
    const noVenue = render({ governingLaw: true, governingState: "Florida" });
    expect(noVenue).toBe("The laws of Florida govern this MOU.");
    expect(noVenue).not.toMatch(/lawsuit|venue|court/i);

    const withVenue = render({
      governingLaw: true,
      governingState: "Florida",
      venue: "the courts of Leon County, Florida",
    });
    expect(withVenue).toBe(
      "The laws of Florida govern this MOU. A Party that brings a lawsuit against the other Party arising out of this MOU shall bring it in the courts of Leon County, Florida.",
    );
  });

  it("marks the state as open when governing law is on but no state is named", () => {
    expect(render({ governingLaw: true })).toContain(blankToken("governingState"));
  });

  it("prints neither state nor venue when governing law is off", () => {
    const text = render({ governingLaw: false, governingState: "Florida", venue: "Leon County, Florida" });
    expect(text).not.toMatch(/Florida|Leon/);
  });
});

describe("standard terms: non-appropriation notice", () => {
  it("states the notice period when one is given, and plain written notice otherwise", () => {
    expect(render({ nonAppropriation: true, nonAppropriationNoticeDays: 30 })).toMatch(
      /may end this MOU by giving the other Party at least 30 days' written notice\.$/,
    );
    expect(render({ nonAppropriation: true, nonAppropriationNoticeDays: 1 })).toMatch(
      /at least 1 day's written notice\.$/,
    );
    const plain = render({ nonAppropriation: true });
    expect(plain).toMatch(/may end this MOU by giving the other Party written notice\.$/);
    expect(plain).not.toMatch(/at least|days/);
  });

  it("refuses a notice of 0 days, and a fraction of a day", () => {
    expect(valid({ nonAppropriation: true, nonAppropriationNoticeDays: 30 })).toBe(true);
    expect(valid({ nonAppropriation: true, nonAppropriationNoticeDays: 0 })).toBe(false);
    expect(valid({ nonAppropriation: true, nonAppropriationNoticeDays: 2.5 })).toBe(false);
  });
});

describe("standard terms: order of precedence", () => {
  it("body: the body prevails over an exhibit", () => {
    const text = render({ precedence: "body" });
    expect(text).toBe(
      "If the body of this MOU and an exhibit to it conflict, the body of this MOU prevails.",
    );
    expect(text).not.toMatch(/the exhibit prevails/);
  });

  it("exhibits: an exhibit prevails over the body", () => {
    const text = render({ precedence: "exhibits" });
    expect(text).toBe("If an exhibit to this MOU and the body of this MOU conflict, the exhibit prevails.");
    expect(text).not.toMatch(/body of this MOU prevails/);
  });

  it("blank prints nothing, and an unknown choice is refused", () => {
    expect(render({ precedence: null })).toBe("");
    expect(valid({ precedence: "neither" })).toBe(false);
  });
});

describe("standard terms: SROs and their employer", () => {
  it("speaks of each SRO when there are several, and of the SRO when there is one", () => {
    const many = render({ mandatedReporting: true, backgroundChecks: true }, { totalOfficers: 4 });
    expect(many).toMatch(/applies to an SRO or to an employee of the District/);
    expect(many).toMatch(/may require each SRO to complete/);
    const one = render({ mandatedReporting: true, backgroundChecks: true }, { totalOfficers: 1 });
    expect(one).toMatch(/applies to the SRO or to an employee of the District/);
    expect(one).not.toMatch(/each SRO/);
  });

  it("exempts providing SROs through another employer from the consent to assign, naming that employer", () => {
    const agency = render({ assignment: true });
    expect(agency).not.toMatch(/Employer|does not require that consent/);
    const other = render({ assignment: true }, { employer: "the Employer", employerIsAgency: false });
    expect(other).toMatch(
      /The Agency's provision of the SROs through the Employer, as this MOU provides, does not require that consent\./,
    );
  });
});
