import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import { blankToken } from "../../src/document/tokens";
import amendment from "../../src/topics/amendment";
import disputeResolution from "../../src/topics/dispute-resolution";
import evaluation from "../../src/topics/evaluation";
import indemnification from "../../src/topics/indemnification";
import probation from "../../src/topics/probation";
import publication from "../../src/topics/publication";
import rotationAndRemoval from "../../src/topics/rotation-and-removal";
import selection from "../../src/topics/selection";
import terminationAndRenewal from "../../src/topics/termination-and-renewal";
import training from "../../src/topics/training";
import type { Answers, ProjectFacts, TopicDefinition } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

// one SRO: these tests read the singular wording; test/unit/plural-sro.test.ts reads both
const FACTS: ProjectFacts = sampleFacts({ schoolCount: 4, totalOfficers: 1 });
const OTHER_EMPLOYER: Partial<ProjectFacts> = { employer: "the Employer", employerIsAgency: false };

// Imported one by one, not through the registry, so these tests load only the topics they test.
const TOPICS: readonly TopicDefinition[] = [
  terminationAndRenewal,
  amendment,
  evaluation,
  disputeResolution,
  indemnification,
  publication,
  probation,
  rotationAndRemoval,
  selection,
  training,
];

function lines(topic: TopicDefinition, answers: Answers, facts: Partial<ProjectFacts> = {}): string[] {
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, { ...FACTS, ...facts }));
}
const render = (topic: TopicDefinition, answers: Answers, facts: Partial<ProjectFacts> = {}): string =>
  lines(topic, answers, facts).join("\n");

function recommended(topic: TopicDefinition): Record<string, Answers[string]> {
  const out: Record<string, Answers[string]> = {};
  for (const f of topic.fields) if (f.recommended !== undefined) out[f.key] = f.recommended;
  return out;
}

const valid = (topic: TopicDefinition, answers: unknown): boolean => topic.schema.safeParse(answers).success;

describe("termination without cause", () => {
  const districtJune30 = {
    withoutCause: true,
    withoutCauseParty: "district",
    withoutCauseUnit: "months",
    withoutCauseMonths: 6,
    withoutCauseEffective: "fixedDate",
    withoutCauseMonth: "june",
    withoutCauseDay: 30,
    forCause: true,
    cureDays: 30,
    renewal: "none",
  };

  it("gives the District alone a right effective June 30 on 6 months' notice, in those words", () => {
    expect(valid(terminationAndRenewal, districtJune30)).toBe(true);
    const out = lines(terminationAndRenewal, districtJune30);
    expect(out[0]).toBe(
      "The District may end this MOU without cause by giving the Agency at least 6 months' written notice. " +
        "The termination takes effect on the first June 30 that falls 6 months or more after the Agency receives the notice.",
    );
    const text = out.join("\n");
    expect(text).not.toMatch(/Either Party may end this MOU without cause/);
    expect(text).not.toMatch(/The Agency may end this MOU without cause/);
    expect(text.match(/without cause/g)).toHaveLength(1);
  });

  it("gives the Agency alone a right, effective at the end of the school year, on 1 month's notice", () => {
    const text = render(terminationAndRenewal, {
      ...districtJune30,
      withoutCauseParty: "agency",
      withoutCauseMonths: 1,
      withoutCauseEffective: "schoolYearEnd",
    });
    expect(text).toContain(
      "The Agency may end this MOU without cause by giving the District at least 1 month's written notice. " +
        "The termination takes effect on the last day of the first school year that ends 1 month or more after the District receives the notice.",
    );
    expect(text).not.toMatch(/(The District|Either Party) may end this MOU without cause/);
  });

  it("counts a notice in days when no unit is chosen, effective on the date the notice states", () => {
    const text = render(terminationAndRenewal, {
      withoutCause: true,
      withoutCauseParty: "either",
      withoutCauseDays: 30,
      renewal: "none",
    });
    expect(text).toContain(
      "Either Party may end this MOU without cause by giving the other Party at least 30 days' written notice. " +
        "The termination takes effect on the date the notice states, which may be no earlier than 30 days after the other Party receives the notice.",
    );
  });

  it("refuses a fixed date that some years lack, and a notice of 0", () => {
    const feb30 = { ...districtJune30, withoutCauseMonth: "february", withoutCauseDay: 30 };
    const rule = terminationAndRenewal.rules.find((r) => r.id === "fixed-termination-date-exists");
    expect(rule?.fails(feb30, FACTS)).toBe(true);
    expect(rule?.fails(districtJune30, FACTS)).toBe(false);
    expect(valid(terminationAndRenewal, { withoutCauseMonths: 0 })).toBe(false);
    expect(valid(terminationAndRenewal, { withoutCauseDays: 0 })).toBe(false);
    expect(valid(terminationAndRenewal, { nonRenewalMonths: 0 })).toBe(false);
  });

  it("counts a notice in months as 30 days each for the short-notice warning and the renewal rule", () => {
    const short = terminationAndRenewal.departures.find((d) => d.id === "short-notice-without-cause");
    expect(
      short?.applies({ withoutCause: true, withoutCauseUnit: "months", withoutCauseMonths: 1 }, FACTS),
    ).toBe(false);
    expect(short?.applies({ withoutCause: true, withoutCauseDays: 10 }, FACTS)).toBe(true);
    const longNotice = terminationAndRenewal.rules.find(
      (r) => r.id === "non-renewal-notice-longer-than-term",
    );
    const renewal = { renewal: "automatic", renewalYears: 1, nonRenewalUnit: "months" };
    expect(longNotice?.fails({ ...renewal, nonRenewalMonths: 13 }, FACTS)).toBe(true);
    expect(longNotice?.fails({ ...renewal, nonRenewalMonths: 3 }, FACTS)).toBe(false);
  });

  it("states renewal notice in months and a limit on renewals", () => {
    const text = render(terminationAndRenewal, {
      renewal: "automatic",
      renewalYears: 1,
      nonRenewalUnit: "months",
      nonRenewalMonths: 3,
      maxRenewals: 2,
    });
    expect(text).toContain(
      "this MOU renews automatically for a further term of 1 year, unless either Party gives the other Party written notice of non-renewal at least 3 months before the current term ends. This MOU renews automatically no more than 2 times.",
    );
  });
});

/** Each topic with every yes/no answered no, the rest as recommended. */
function allNo(topic: TopicDefinition): Record<string, Answers[string]> {
  const out = recommended(topic);
  for (const f of topic.fields) if (f.kind === "boolean") out[f.key] = false;
  return out;
}

describe('a "no" prints nothing of its own', () => {
  // Sentences the templates used to print on a no: each invents a term nobody agreed.
  const invented: ReadonlyArray<readonly [TopicDefinition, RegExp]> = [
    [terminationAndRenewal, /Neither Party may end this MOU/],
    [terminationAndRenewal, /gives neither Party a right/],
    [evaluation, /need not ask/],
    [disputeResolution, /may pursue any remedy/],
    [disputeResolution, /may suspend the duties/],
    [indemnification, /shall not meet its duty to insure/],
    [publication, /available to any person on request/],
    [rotationAndRemoval, /does not by itself require/],
    [rotationAndRemoval, /shall not require an SRO whose evaluations are satisfactory/],
    [selection, /did not volunteer/],
    [training, /does not require an SRO to complete/],
  ];
  it.each(invented.map(([t, s]) => [t.id, s, t] as const))("%s leaves out %s", (_id, sentence, topic) => {
    expect(render(topic, allNo(topic))).not.toMatch(sentence);
  });

  it("a basic course that is not required prints nothing, and sets no invented time for later courses", () => {
    const text = render(training, { ...recommended(training), basicCourseTiming: "notRequired" });
    expect(text).not.toMatch(/basic SRO course/);
    expect(text).toContain("The SRO shall complete the following courses:");
  });

  describe.each(TOPICS.map((t) => [t.id, t] as const))("%s", (_id, topic) => {
    // With no, a template must print exactly what it prints when the answer is missing, less
    // the missing answer's placeholder: a no adds no sentence (unless the field says it does).
    const booleans = topic.fields.filter((f) => f.kind === "boolean" && !f.noIsTerm);
    it.each(booleans.map((f) => [f.key]))("no to %s adds nothing", (key) => {
      for (const base of [recommended(topic), allNo(topic)]) {
        const withNo = lines(topic, { ...base, [key]: false });
        const without = Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
        const silent = lines(topic, without).filter((l) => !l.includes(blankToken(key)));
        expect(withNo).toEqual(silent);
      }
    });

    it("declares no yes/no whose no is a term", () => {
      expect(topic.fields.filter((f) => f.kind === "boolean" && f.noIsTerm).map((f) => f.key)).toEqual([]);
    });

    it("refuses 0 in every number it asks for", () => {
      for (const f of topic.fields) {
        if (f.kind === "integer" || f.kind === "days" || f.kind === "hours" || f.kind === "money") {
          expect(f.min, `${topic.id}.${f.key}`).toBeGreaterThanOrEqual(1);
          expect(valid(topic, { [f.key]: 0 }), `${topic.id}.${f.key} accepts 0`).toBe(false);
        }
      }
    });
  });
});

describe("review", () => {
  it("prints the named date of the next review beside the years between reviews", () => {
    const text = render(amendment, {
      ...recommended(amendment),
      reviewYears: 2,
      nextReviewDate: "2027-05-01",
    });
    expect(text).toContain(
      "The Parties shall review this MOU together at least once every 2 years. The Parties shall complete their next review by May 1, 2027.",
    );
    expect(render(amendment, recommended(amendment))).not.toMatch(/next review/);
  });

  it("keeps the next review date within the term", () => {
    const rule = amendment.rules.find((r) => r.id === "next-review-within-term");
    expect(rule?.fails({ nextReviewDate: "2027-05-01" }, FACTS)).toBe(false);
    expect(rule?.fails({ nextReviewDate: "2029-07-31" }, FACTS)).toBe(false);
    expect(rule?.fails({ nextReviewDate: "2029-08-01" }, FACTS)).toBe(true);
    expect(rule?.fails({ nextReviewDate: "2026-07-01" }, FACTS)).toBe(true);
    expect(rule?.fails({}, FACTS)).toBe(false);
  });

  it("keeps the key and meaning of the years between reviews", () => {
    const field = amendment.fields.find((f) => f.key === "reviewYears");
    expect(field?.kind).toBe("integer");
    expect(field?.required).toBe(true);
    expect(render(amendment, { reviewYears: 1 })).toContain("at least once every year.");
  });
});

describe("the District's evaluation of the SRO", () => {
  const districtEval = {
    ...recommended(evaluation),
    districtEvaluation: true,
    districtEvaluator: "principal",
    districtEvaluationFrequency: "annual",
    districtEvaluationAdvisory: true,
    districtEvaluationShared: true,
    districtEvaluationFile: "excluded",
  };

  it("is advisory and kept apart from the Agency's performance evaluation", () => {
    expect(valid(evaluation, districtEval)).toBe(true);
    const text = render(evaluation, districtEval);
    expect(text).toContain(
      "The SRO's supervisor at the Agency shall evaluate the SRO's performance under the Agency's evaluation procedures.",
    );
    expect(text).toContain(
      "The principal of each School the SRO serves shall evaluate the SRO's work in the Schools for the District once each school year. The District's evaluation is separate from the performance evaluation by the SRO's supervisor at the Agency and forms no part of it.",
    );
    expect(text).toContain(
      "The District's evaluation is advisory only. It does not bind the Agency in any decision about the SRO's assignment, pay, rank, discipline or employment.",
    );
    expect(text).toContain(
      "The District shall give a copy of each of its evaluations of the SRO to the SRO's supervisor at the Agency.",
    );
    expect(text).toContain(
      "The Agency shall not place the District's evaluation of the SRO in the SRO's personnel file.",
    );
  });

  it("names the SROs' employer when it is not the Agency", () => {
    const text = render(evaluation, districtEval, OTHER_EMPLOYER);
    expect(text).toContain("supervisor at the Employer");
    expect(text).toContain("It does not bind the Employer");
    expect(text).toContain(
      "The Agency shall ensure that the Employer does not place the District's evaluation of the SRO in the SRO's personnel file.",
    );
    expect(text).not.toMatch(/supervisor at the Agency|the Agency's evaluation procedures/);
  });

  it("places the evaluation in the personnel file only when so agreed, and is silent otherwise", () => {
    const included = render(evaluation, { ...districtEval, districtEvaluationFile: "included" });
    expect(included).toContain(
      "The Agency shall place a copy of each of the District's evaluations of the SRO in the SRO's personnel file, as a record separate from the performance evaluation by the SRO's supervisor.",
    );
    const silent = render(evaluation, { ...districtEval, districtEvaluationFile: null });
    expect(silent).not.toMatch(/personnel file/);
  });

  it("prints nothing about a District evaluation unless the Parties agree to one", () => {
    for (const answer of [false, null]) {
      const text = render(evaluation, { ...districtEval, districtEvaluation: answer });
      expect(text).not.toMatch(/District's evaluation|advisory|personnel file/);
    }
  });
});

describe("training hours", () => {
  it("refuses 0 hours before assignment, and reads 1 hour in the singular", () => {
    expect(valid(training, { preAssignmentHours: 0 })).toBe(false);
    expect(valid(training, { preAssignmentHours: 1 })).toBe(true);
    expect(render(training, { ...recommended(training), preAssignmentHours: 1 })).toContain(
      "at least 1 hour of training in policing in schools.",
    );
    expect(render(training, recommended(training))).toContain("at least 40 hours of training");
  });

  it("refuses a course of 0 hours in the training plan", () => {
    const row = { course: "Basic SRO course", timing: "Before assignment", attendees: "SRO" };
    expect(valid(training, { trainingPlan: [{ ...row, hours: 0 }] })).toBe(false);
    expect(valid(training, { trainingPlan: [{ ...row, hours: null }] })).toBe(true);
  });
});

describe("answers saved before schema 4", () => {
  interface SampleFile {
    readonly project: { readonly topics: Record<string, { readonly answers: Record<string, unknown> }> };
  }
  const sample = JSON.parse(readFileSync("public/sample.mou.json", "utf8")) as SampleFile;
  const upgrade = (topic: TopicDefinition, old: Record<string, unknown>): Answers =>
    (topic.upgradeAnswers ? topic.upgradeAnswers(old) : old) as Answers;

  it.each(TOPICS.map((t) => [t.id, t] as const))(
    "%s: the sample project's answers stay valid",
    (id, topic) => {
      const old = sample.project.topics[id]?.answers ?? {};
      expect(valid(topic, upgrade(topic, old))).toBe(true);
    },
  );

  it("termination keeps both Parties' right on days' notice, and the sentences that printed always", () => {
    const old = {
      withoutCause: true,
      withoutCauseDays: 90,
      forCause: true,
      cureDays: 30,
      renewal: "automatic",
      renewalYears: 1,
      nonRenewalDays: 60,
      finalInvoiceDays: 60,
      returnProperty: true,
      returnRecords: true,
      returnDays: 30,
    };
    const answers = upgrade(terminationAndRenewal, old);
    expect(valid(terminationAndRenewal, answers)).toBe(true);
    const text = render(terminationAndRenewal, answers);
    expect(text).toContain(
      "Either Party may end this MOU without cause by giving the other Party at least 90 days' written notice.",
    );
    expect(text).toContain("written notice of non-renewal at least 60 days before the current term ends.");
    expect(text).toContain("the Agency shall withdraw the SRO from the Schools on the day this MOU ends.");
    expect(text).toContain("The District need not pay an invoice that the Agency sends after that period.");
    expect(text).toContain(
      "Every duty under this MOU to pay an amount owed, to return property or records, or to keep student information confidential continues after this MOU ends.",
    );
    // A new project that turns a standard term off keeps it off.
    expect(upgrade(terminationAndRenewal, { ...old, withdrawOnEnd: false }).withdrawOnEnd).toBe(false);
  });

  it.each([
    [
      amendment,
      { reviewYears: 1 },
      ["only by a written amendment", "continues without change", "entire agreement"],
    ],
    [
      indemnification,
      { approach: "own" },
      ["certificate or letter of coverage", "notice of any claim", "no right or benefit"],
    ],
    [disputeResolution, { schoolDays: 10 }, ["do not limit either Party's right to end this MOU"]],
    [
      probation,
      { probationMonths: 6 },
      ["separate from any probation", "result of the review in writing", "shall remove the SRO"],
    ],
    [rotationAndRemoval, { mandatoryRotation: false }, ["only because of time served in it"]],
  ] as const)("%s keeps the sentences that printed always", (topic, old, phrases) => {
    const text = render(topic, upgrade(topic, old));
    for (const phrase of phrases) expect(text).toContain(phrase);
    // Without the upgrade, the same old answers no longer print them: the switches matter.
    const before = render(topic, old);
    for (const phrase of phrases) expect(before).not.toContain(phrase);
  });

  it("training: 0 hours becomes a blank to agree, a 0-hour course shows no hours, and an old deadline stays", () => {
    const old = {
      preAssignmentHours: 0,
      basicCourseTiming: "notRequired",
      followUpCourses: ["advanced"],
      trainingPlan: [{ course: "Basic SRO course", timing: "Before assignment", attendees: "SRO", hours: 0 }],
    };
    const answers = upgrade(training, old);
    expect(valid(training, answers)).toBe(true);
    expect(answers.preAssignmentHours).toBeUndefined();
    expect(answers.trainingPlan).toEqual([{ ...old.trainingPlan[0], hours: null }]);
    const text = render(training, answers);
    expect(text).not.toMatch(/at least 0 hours/);
    expect(text).toContain(blankToken("preAssignmentHours"));
    expect(text).toContain(
      "The SRO shall complete the following courses within 2 years after starting at a School:",
    );
  });
});

describe("termination notice against non-renewal notice", () => {
  const rule = (id: string) => {
    const r = terminationAndRenewal.rules.find((x) => x.id === id);
    if (!r) throw new Error(id);
    return r;
  };
  const base = {
    withoutCause: true,
    withoutCauseParty: "either",
    withoutCauseDays: 30,
    renewal: "automatic",
    renewalYears: 1,
    nonRenewalDays: 90,
  };
  it("is a contradiction when either Party may end the MOU on shorter notice than a non-renewal needs", () => {
    const r = rule("non-renewal-notice-longer-than-termination-notice");
    expect(r.fails(base, sampleFacts())).toBe(true);
    expect(r.message(base, sampleFacts())).toContain("non-renewal notice can never bind");
    expect(r.fails({ ...base, withoutCauseDays: 90 }, sampleFacts())).toBe(false);
    expect(r.fails({ ...base, withoutCauseParty: "district" }, sampleFacts())).toBe(false);
    expect(r.fails({ ...base, renewal: "written" }, sampleFacts())).toBe(false);
  });
});

describe("training clause against the training plan", () => {
  const rule = training.rules.find((r) => r.id === "basic-course-timing-vs-plan");
  const plan = (timing: string) => [{ course: "Basic SRO course", timing, attendees: "SRO", hours: 40 }];

  it("flags a basic course the clause and the plan time differently, naming both", () => {
    const a = { basicCourseTiming: "withinYear", trainingPlan: plan("Before assignment") };
    expect(rule?.fails(a, FACTS)).toBe(true);
    const message = rule?.message(a, FACTS) ?? "";
    expect(message).toMatch(/training clause .* within 1 year after the SRO starts/);
    expect(message).toMatch(/training plan .*"Basic SRO course" \(Before assignment\)/);
    expect(rule?.fails({ basicCourseTiming: "before", trainingPlan: plan("Within 2 years") }, FACTS)).toBe(
      true,
    );
  });

  it("accepts a plan that agrees with the clause or says nothing of the timing", () => {
    expect(rule?.fails({ basicCourseTiming: "before", trainingPlan: plan("Before assignment") }, FACTS)).toBe(
      false,
    );
    expect(
      rule?.fails(
        { basicCourseTiming: "withinYear", trainingPlan: plan("Within 1 year of starting") },
        FACTS,
      ),
    ).toBe(false);
    expect(rule?.fails({ basicCourseTiming: "before", trainingPlan: plan("Each summer") }, FACTS)).toBe(
      false,
    );
    // without a basic course the clause says nothing of one
    expect(
      rule?.fails({ basicCourseTiming: "notRequired", trainingPlan: plan("Before assignment") }, FACTS),
    ).toBe(false);
    // the recommended answers agree
    const recommended = Object.fromEntries(training.fields.map((f) => [f.key, f.recommended ?? null]));
    expect(rule?.fails(recommended, FACTS)).toBe(false);
  });
});

describe("training on District policies against the training plan", () => {
  const rule = training.rules.find((r) => r.id === "policy-training-timing-vs-plan");
  const plan = (course: string, timing: string) => [{ course, timing, attendees: "SRO", hours: null }];
  const topics = ["discipline", "ferpa"];

  it("flags a plan that trains on District policies by the calendar, naming the row", () => {
    const a = {
      schoolPolicyTopics: topics,
      trainingPlan: plan("District policies and school law", "Each August"),
    };
    expect(rule?.fails(a, FACTS)).toBe(true);
    expect(rule?.message(a, FACTS)).toMatch(
      /again when a policy changes, but the training plan .*"District policies and school law" \(Each August\)/,
    );
    for (const timing of ["Before assignment; yearly", "Annually", "Every semester", "once a year"])
      expect(
        rule?.fails({ ...a, trainingPlan: plan("FERPA and discipline policy", timing) }, FACTS),
        timing,
      ).toBe(true);
  });

  it("accepts a plan that trains when a policy changes, a row on another course, or no policy clause", () => {
    const same = plan("District policies and school law", "Before assignment; again when a policy changes");
    expect(rule?.fails({ schoolPolicyTopics: topics, trainingPlan: same }, FACTS)).toBe(false);
    const conference = plan("State SRO conference", "Each year");
    expect(rule?.fails({ schoolPolicyTopics: topics, trainingPlan: conference }, FACTS)).toBe(false);
    const yearly = plan("District policies", "Each year");
    expect(rule?.fails({ schoolPolicyTopics: [], trainingPlan: yearly }, FACTS)).toBe(false);
    const recommended = Object.fromEntries(training.fields.map((f) => [f.key, f.recommended ?? null]));
    expect(rule?.fails(recommended, FACTS)).toBe(false);
  });
});
