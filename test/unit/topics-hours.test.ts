import { describe, expect, it } from "vitest";
import hours from "../../src/topics/hours-on-campus";
import substitutes from "../../src/topics/substitutes";
import staffing from "../../src/topics/staffing";
import duties from "../../src/topics/day-to-day-duties";
import extracurriculars from "../../src/topics/extracurriculars";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import type { Answers, ProjectFacts, TableRow, TopicDefinition } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

// one SRO: these tests read the singular wording ("The SRO shall ..."); test/unit/plural-sro.test.ts reads both
const facts: ProjectFacts = sampleFacts({ totalOfficers: 1 });
const sheriff: ProjectFacts = sampleFacts({
  totalOfficers: 1,
  employer: "the Employer",
  employerIsAgency: false,
  employerName: "Lake County Sheriff's Office",
});

function render(
  topic: TopicDefinition,
  answers: Answers,
  f: ProjectFacts = facts,
  exhibits: ReadonlyMap<string, string> = new Map(),
): string {
  const parsed = topic.schema.safeParse(answers);
  expect(parsed.success, `${topic.id}: answers must be valid: ${JSON.stringify(answers)}`).toBe(true);
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, f, exhibits)).join("\n");
}

/** The lines an answer adds: what renders with it, less what renders without it. */
function added(topic: TopicDefinition, base: Answers, extra: Answers): string[] {
  const before = new Set(render(topic, base).split("\n"));
  return render(topic, { ...base, ...extra })
    .split("\n")
    .filter((l) => !before.has(l));
}

/** The recommended answers (as registry.ts builds them; not imported, so this file loads only these topics). */
const recommendedAnswers = (topic: TopicDefinition): Answers =>
  Object.fromEntries(
    topic.fields.flatMap((f) => (f.recommended === undefined ? [] : [[f.key, f.recommended]])),
  );

const ruleFails = (topic: TopicDefinition, id: string, answers: Answers): boolean =>
  topic.rules.find((r) => r.id === id)?.fails(answers, facts) ?? false;

describe("hours on campus", () => {
  const base: Answers = {
    hoursBasis: "bells",
    minutesBeforeFirstBell: 15,
    minutesAfterLastBell: 15,
    days: "schoolDays",
    awayDuties: ["court", "calls"],
    notifyPrincipal: true,
    coverage: "substitute",
  };

  it("sets Campus Hours relative to the bells", () => {
    const text = render(hours, base);
    expect(text).toContain(
      "Campus Hours run from 15 minutes before the first bell to 15 minutes after the last bell on every School Day.",
    );
    expect(text).not.toMatch(/\d{1,2}:\d{2} [ap]\.m\./);
  });

  it("starts at the bell itself when the offset is 0, and never prints 0 minutes", () => {
    const text = render(hours, { ...base, minutesBeforeFirstBell: 0, minutesAfterLastBell: 1 });
    expect(text).toContain("from the first bell to 1 minute after the last bell");
    expect(text).not.toMatch(/\b0 minutes?\b/);
  });

  it("sets Campus Hours as clock times, with the employer scheduling the SRO", () => {
    const text = render(
      hours,
      { ...base, hoursBasis: "clock", startTime: "07:15", endTime: "15:45" },
      sheriff,
    );
    expect(text).toContain("Campus Hours run from 7:15 a.m. to 3:45 p.m. on every School Day.");
    expect(text).toContain("During Campus Hours, the Employer shall schedule the SRO to be on duty");
    expect(text).not.toContain("the first bell");
  });

  it("prints a 30-minute meal break, on call", () => {
    const lines = added(hours, base, { mealBreakMinutes: 30, mealBreakStatus: "onCall" });
    expect(lines).toEqual([
      "Campus Hours include a meal break of 30 minutes each day for the SRO. During the meal break the SRO remains on call and shall return to duty when called.",
    ]);
    expect(added(hours, base, { mealBreakMinutes: 30, mealBreakStatus: "offDuty" })).toEqual([
      "Campus Hours include a meal break of 30 minutes each day for the SRO. The SRO is off duty during the meal break.",
    ]);
  });

  it("refuses a meal break of 0 minutes", () => {
    expect(hours.schema.safeParse({ ...base, mealBreakMinutes: 0 }).success).toBe(false);
  });

  it("refers to an exhibit of hours per School, and checks its rows", () => {
    const campusHours: TableRow[] = [
      { school: "Lincoln High School", start: "7:00 a.m.", end: "3:30 p.m." },
      { school: "Adams Elementary School", minutesBefore: 20, minutesAfter: 10 },
    ];
    const text = render(hours, { ...base, campusHours }, facts, new Map([["campusHours", "Exhibit C"]]));
    expect(text).toContain(
      "At each School that Exhibit C lists, Campus Hours are instead those that Exhibit C sets out for that School.",
    );
    expect(ruleFails(hours, "campus-hours-rows-complete", { campusHours })).toBe(false);
    expect(
      ruleFails(hours, "campus-hours-rows-complete", { campusHours: [{ school: "Lincoln", start: "7:00" }] }),
    ).toBe(true);
  });

  it("prints nothing of its own for a no to summer school or for no coverage", () => {
    expect(added(hours, base, { summerSchool: false })).toEqual([]);
    const none = render(hours, { ...base, coverage: "none" });
    expect(none).not.toMatch(/not required|not assigned|substitute|absent/i);
    expect(added(hours, base, { summerSchool: true })[0]).toMatch(
      /^The SRO shall also serve on days when the District holds summer school at a School to which the SRO is assigned/,
    );
  });

  it("leaves coverage and planned-absence notice to Substitutes and Absences when the MOU includes it", () => {
    const withNotice = { ...base, plannedNoticeDays: 5 };
    const alone = render(hours, withNotice);
    expect(alone).toContain(
      "Before a planned absence of the SRO, such as training or leave, the Agency shall give the principal at least 5 days' notice.",
    );
    expect(alone).toContain("the Agency shall assign a substitute officer");
    const both = sampleFacts({ addressedTopics: ["hours-on-campus", "substitutes"] });
    const deferred = render(hours, withNotice, both);
    expect(deferred).not.toMatch(/planned absence|substitute/);
    expect(hours.rules.find((r) => r.id === "planned-notice-in-substitutes")?.fails(withNotice, both)).toBe(
      true,
    );
    expect(hours.rules.find((r) => r.id === "planned-notice-in-substitutes")?.fails(withNotice, facts)).toBe(
      false,
    );
  });

  it("prints nothing for a no to telling the principal before leaving", () => {
    const text = render(hours, { ...base, notifyPrincipal: false });
    expect(text).not.toMatch(/before leaving campus|need not|not required/);
    expect(render(hours, base)).toContain("before leaving campus during Campus Hours");
  });

  it("does not add a negative term when Agency needs are not a reason to leave", () => {
    expect(render(hours, base)).not.toMatch(/shall not assign/);
  });

  it("states a single reason to leave without a one-item list", () => {
    const text = render(hours, { ...base, awayDuties: ["court"] });
    expect(text).toContain("The SRO may leave campus during Campus Hours only to appear in court.");
    expect(text).not.toMatch(/^- /m);
  });

  it("upgrades old answers to clock times, printing the same hours", () => {
    const old = {
      days: "schoolDays",
      startTime: "07:15",
      endTime: "15:45",
      awayDuties: ["court"],
      notifyPrincipal: true,
      coverage: "patrol",
    };
    const up = hours.upgradeAnswers?.(old) ?? {};
    expect(up.hoursBasis).toBe("clock");
    expect(render(hours, up as Answers)).toContain(
      "Campus Hours run from 7:15 a.m. to 3:45 p.m. on every School Day.",
    );
    expect(hours.upgradeAnswers?.({})).toEqual({});
  });
});

describe("staffing", () => {
  const base: Answers = { totalOfficers: 4 };

  it("prints officer assignments as an exhibit, one SRO over several Schools", () => {
    const assignments: TableRow[] = [
      { post: "SRO 1", schools: "Lincoln High School" },
      { post: "SRO 3", schools: "Lincoln Middle School and every elementary school", schedule: "Mon-Fri" },
    ];
    const text = render(staffing, { ...base, assignments }, facts, new Map([["assignments", "Exhibit B"]]));
    expect(text).toContain(
      "The SRO serves the School or Schools that Exhibit B lists for the SRO's post, on the days and at the hours it states for that post, if any.",
    );
    expect(ruleFails(staffing, "assignment-rows-complete", { assignments })).toBe(false);
    expect(ruleFails(staffing, "assignment-rows-complete", { assignments: [{ post: "SRO 2" }] })).toBe(true);
  });

  it("lets the District direct an SRO to other Schools, with notice", () => {
    expect(added(staffing, base, { otherSchools: true })).toEqual([
      "The District may direct the SRO to serve at a School other than the School or Schools to which the SRO is assigned.",
    ]);
    expect(
      added(staffing, base, { otherSchools: true, otherSchoolsTemporary: true, otherSchoolsNoticeDays: 2 }),
    ).toEqual([
      "The District may direct the SRO to serve at a School other than the School or Schools to which the SRO is assigned, for a temporary need such as an event or an emergency, by notice to the Agency at least 2 days in advance.",
    ]);
  });

  it("prints nothing of its own for a no", () => {
    expect(added(staffing, base, { otherSchools: false })).toEqual([]);
    expect(added(staffing, base, { changeByExhibitA: false })).toEqual([]);
    expect(added(staffing, base, { sharedSchedule: false })).toEqual([]);
    expect(render(staffing, base)).not.toMatch(/changes to Exhibit A|schedule among them/);
  });

  it("makes the Exhibit A sentence and the shared schedule switches", () => {
    const text = render(staffing, { ...base, changeByExhibitA: true, sharedSchedule: true });
    // the clause that provides for changes to Exhibit A is referred to by its number
    expect(text).toMatch(
      /The Parties may change the number of SROs only as section \S*parties-and-term\S* provides for changes to Exhibit A\./,
    );
    expect(text).toContain(
      "Where the SRO serves more than 1 School, the Agency shall give the principal of each of those Schools the SRO's schedule among them.",
    );
  });

  it("names the employer that assigns the SROs", () => {
    expect(render(staffing, base, sheriff)).toMatch(
      /^Under this MOU, the Employer shall assign 4 SROs to the Schools\./,
    );
  });

  it("upgrades old answers so the sentences they printed still print", () => {
    const old = { totalOfficers: 3, annualReview: true };
    const up = staffing.upgradeAnswers?.(old) ?? {};
    expect(up).toMatchObject({ changeByExhibitA: true, sharedSchedule: true, totalOfficers: 3 });
    const text = render(staffing, up as Answers);
    expect(text).toMatch(/only as section \S+ provides for changes to Exhibit A/);
    expect(text).toContain("schedule among them");
  });
});

describe("substitutes and absences", () => {
  const base: Answers = {
    substituteAfterDays: 3,
    dayCount: "schoolDays",
    coverage: "trainedSro",
    invoiceCredit: true,
    creditBasis: "dailyRate",
  };

  it("states the whole chain: notice, substitute if available, then an approved substitute after N days", () => {
    const text = render(substitutes, {
      ...base,
      notifyAbsence: true,
      notifyAbsenceTiming: "beforeDay",
      substituteIfAvailable: true,
      shorterAbsenceCalls: true,
      approval: "principal",
      dayCount: "workDays",
    });
    expect(text).toContain(
      "When the SRO will be absent, the SRO or the SRO's supervisor shall tell the principal of each School the SRO serves, or the principal's designee, before the SRO's working day begins on the day of the absence.",
    );
    expect(text).toContain(
      "When the SRO is absent from a School for more than 3 consecutive days on which the SRO is scheduled to work, the Agency shall assign a substitute to the School from the SRO's next scheduled work day until the SRO returns.",
    );
    expect(text).toContain(
      "Before a substitute starts, the Agency and the principal of the School shall jointly approve the officer who serves.",
    );
    expect(text).toContain(
      "During a shorter absence, the Agency shall assign a substitute to the School whenever it has an officer available.",
    );
    expect(text).toContain(
      "During a shorter absence, on a day when no substitute serves, the Agency shall answer calls",
    );
  });

  it("counts School Days by default and a single day in the singular", () => {
    expect(render(substitutes, { ...base, substituteAfterDays: 1 })).toContain(
      "more than 1 consecutive School Day, the Agency shall assign a substitute to the School from the next School Day until the SRO returns.",
    );
  });

  it("refuses 0 days", () => {
    expect(substitutes.schema.safeParse({ ...base, substituteAfterDays: 0 }).success).toBe(false);
    expect(substitutes.schema.safeParse({ ...base, plannedNoticeDays: 0 }).success).toBe(false);
  });

  it("prints nothing of its own for a no", () => {
    for (const key of ["notifyAbsence", "substituteIfAvailable", "shorterAbsenceCalls"]) {
      expect(added(substitutes, base, { [key]: false }), key).toEqual([]);
    }
    const noCredit = render(substitutes, { ...base, invoiceCredit: false, creditBasis: null });
    expect(noCredit).not.toMatch(/credit/i);
    expect(render(substitutes, base)).not.toMatch(/shorter absence/);
  });

  it("upgrades old answers so the calls sentence still prints, counting School Days", () => {
    const old = { coverage: "trainedSro", substituteAfterDays: 3, invoiceCredit: false };
    const up = substitutes.upgradeAnswers?.(old) ?? {};
    expect(up).toMatchObject({ shorterAbsenceCalls: true, dayCount: "schoolDays" });
    const text = render(substitutes, up as Answers);
    expect(text).toContain("more than 3 consecutive School Days");
    expect(text).toContain(
      "During a shorter absence, the Agency shall answer calls for service from the School as it answers other calls in its jurisdiction.",
    );
  });
});

describe("day-to-day duties", () => {
  it("declares that no to flexible duties is a term, and prints the fixed posts", () => {
    const flexible = duties.fields.find((f) => f.key === "flexible");
    expect(flexible?.kind === "boolean" && flexible.noIsTerm).toBe(true);
    const text = render(duties, {
      ...recommendedAnswers(duties),
      flexible: false,
      fixedPosts: ["front entrance at arrival", "bus loop at dismissal"],
      availableBetweenPosts: false,
    });
    expect(text).toContain("The SRO shall cover the following fixed posts and daily duties:");
    expect(text).not.toContain("At other times during Campus Hours");
  });

  it("avoids one-item lists", () => {
    const text = render(duties, {
      flexible: true,
      duties: ["responding to crimes at the School"],
      excludedDuties: ["discipline"],
    });
    expect(text).toContain(
      "Within the roles set out in this MOU, the SRO shall carry out the following duty: responding to crimes at the School.",
    );
    expect(text).toContain(
      "The District shall not assign to the SRO, and the SRO shall not perform, the enforcement of School rules or the administration of Formal Discipline.",
    );
    expect(text).not.toMatch(/^- /m);
  });

  it("upgrades old fixed posts so the sentence on helping between posts still prints", () => {
    const old = {
      flexible: false,
      fixedPosts: ["front entrance"],
      duties: ["a"],
      excludedDuties: ["security"],
    };
    const up = duties.upgradeAnswers?.(old) ?? {};
    expect(up.availableBetweenPosts).toBe(true);
    expect(render(duties, up as Answers)).toContain(
      "At other times during Campus Hours, the SRO shall remain available",
    );
    expect(duties.upgradeAnswers?.({ flexible: true })).toEqual({ flexible: true });
  });
});

describe("extracurricular activities", () => {
  it("prints nothing for no expected attendance", () => {
    expect(render(extracurriculars, { expectation: "none" })).toBe("");
  });

  it("names the employer that pays event overtime, and refuses a $0 rate", () => {
    const text = render(
      extracurriculars,
      { expectation: "agreed", payment: "district", hourlyRate: 68 },
      sheriff,
    );
    expect(text).toContain(
      "For time the SRO spends at an extracurricular event outside Campus Hours, the Employer shall pay the SRO overtime.",
    );
    expect(text).toContain("The District shall reimburse the Employer for that time at $68 per hour.");
    expect(
      extracurriculars.schema.safeParse({ expectation: "agreed", payment: "district", hourlyRate: 0 })
        .success,
    ).toBe(false);
    expect(
      extracurriculars.upgradeAnswers?.({ expectation: "agreed", payment: "district", hourlyRate: 0 }),
    ).toEqual({
      expectation: "agreed",
      payment: "district",
    });
  });
});
