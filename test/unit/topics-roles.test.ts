import { describe, expect, it } from "vitest";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import chainOfCommand from "../../src/topics/chain-of-command";
import citationsAndArrests from "../../src/topics/citations-and-arrests";
import complaints from "../../src/topics/complaints";
import enforcementDiscretion from "../../src/topics/enforcement-discretion";
import forceAndRestraint from "../../src/topics/force-and-restraint";
import formalDiscipline from "../../src/topics/formal-discipline";
import purposeAndGoals from "../../src/topics/purpose-and-goals";
import questioningStudents from "../../src/topics/questioning-students";
import scope from "../../src/topics/scope";
import searches from "../../src/topics/searches";
import staffCalls from "../../src/topics/staff-calls";
import studentsWithDisabilities from "../../src/topics/students-with-disabilities";
import triadRoles from "../../src/topics/triad-roles";
import type { AnswerValue, Answers, FieldDef, ProjectFacts, TopicDefinition } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

// one SRO: these tests read the singular wording ("The SRO shall ..."); test/unit/plural-sro.test.ts reads both
const facts: ProjectFacts = sampleFacts({ totalOfficers: 1 });
/** A city contracting with a sheriff: the SROs' employer is not a Party. */
const sheriff: ProjectFacts = sampleFacts({
  totalOfficers: 1,
  employer: "the Employer",
  employerIsAgency: false,
  employerName: "the Cedar County Sheriff's Office",
});

function render(topic: TopicDefinition, answers: Answers, f: ProjectFacts = facts): string {
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, f)).join("\n");
}

/** A valid value for a field that recommends none. */
function sample(field: FieldDef): AnswerValue {
  switch (field.kind) {
    case "text":
      return "Sample text";
    case "longText":
      return "Custom terms of the Parties.";
    case "integer":
    case "decimal":
    case "money":
    case "percent":
    case "hours":
    case "days":
      return Math.max(field.min, Math.min(field.max, 7));
    case "boolean":
      return true;
    case "choice":
      return field.options[0]?.value ?? "";
    case "multi":
      return field.options.map((o) => o.value);
    case "date":
      return "2026-09-01";
    case "time":
      return "07:30";
    case "list":
      return ["First item", "Second item"];
    case "table":
      return [];
  }
}

/** Every field filled (the recommended value where there is one), then `overrides`. */
function filled(topic: TopicDefinition, overrides: Answers = {}): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const f of topic.fields) out[f.key] = f.recommended ?? sample(f);
  return { ...out, ...overrides };
}

/** Every field filled, every yes/no answered "no". */
function allNo(topic: TopicDefinition, overrides: Answers = {}): Answers {
  const out: Record<string, AnswerValue | null | undefined> = { ...filled(topic) };
  for (const f of topic.fields) if (f.kind === "boolean") out[f.key] = false;
  return { ...out, ...overrides };
}

const booleans = (topic: TopicDefinition): string[] =>
  topic.fields.filter((f) => f.kind === "boolean").map((f) => f.key);

interface Case {
  readonly topic: TopicDefinition;
  /** Answers on top of the filled ones that reach every branch the test needs. */
  readonly base?: Answers;
  /** Terms the parties never agreed that earlier templates printed on a "no" (or always). */
  readonly mustNotAppear: readonly string[];
  /** Standard terms a party can switch off: key, and the words its "yes" prints. */
  readonly switches: Readonly<Record<string, string>>;
  /** Answers saved before schema 4, and sentences the old templates printed for them. */
  readonly old: ReadonlyArray<{
    readonly answers: Record<string, unknown>;
    readonly sentences: readonly string[];
  }>;
}

const CASES: readonly Case[] = [
  {
    topic: purposeAndGoals,
    mustNotAppear: [
      "shall each make this MOU known to their staff",
      "The Parties shall review the data collected at each review of this MOU.",
    ],
    switches: {
      reportContents:
        "The Parties shall ensure that each report sets out the data collected, compares it with the goals of the program and reaches the head of the Agency and the Superintendent.",
    },
    old: [
      {
        answers: {
          purpose: "to keep students safe",
          goals: ["Safety."],
          measures: ["calls"],
          reportFrequency: "none",
          headsSupport: true,
        },
        sentences: [
          "The Parties shall review the data collected at each review of this MOU.",
          "The head of the Agency and the Superintendent each endorse the SRO program",
        ],
      },
      {
        answers: {
          purpose: "to keep students safe",
          goals: ["Safety."],
          measures: ["calls"],
          reportBy: "joint",
          reportFrequency: "annual",
          boardReport: true,
        },
        sentences: [
          "The Agency and the District shall jointly prepare a written report on the program once a year",
          "compares it with the goals of the program",
          "The Superintendent shall also present each report to the District's board.",
        ],
      },
    ],
  },
  {
    topic: formalDiscipline,
    base: { sroRole: "witness" },
    mustNotAppear: [],
    switches: {},
    old: [
      {
        answers: { sroRole: "witness", noArrestForDiscipline: true },
        sentences: [
          "The SRO shall not administer Formal Discipline.",
          "The SRO shall take no part in deciding any consequence.",
          "The SRO shall not take Enforcement Action against a student for conduct",
        ],
      },
    ],
  },
  {
    topic: triadRoles,
    base: { roles: ["officer", "educator", "mentor"] },
    mustNotAppear: ["without the classroom teacher present"],
    switches: {
      noClinicalCounseling: "The SRO shall not provide clinical counseling or therapy.",
    },
    old: [
      {
        answers: {
          roles: ["officer", "educator", "mentor"],
          teachingTopics: ["crime"],
          referralStaff: ["counselor"],
          teacherPresent: true,
        },
        sentences: [
          "The SRO shall not provide clinical counseling or therapy. Support services for a student remain the responsibility of District staff.",
          "The District shall ensure that the classroom teacher stays in the room",
        ],
      },
    ],
  },
  {
    topic: enforcementDiscretion,
    mustNotAppear: [
      "on the facts of the incident and the law",
      "without first considering diversion or restorative alternatives",
    ],
    switches: {},
    old: [
      {
        answers: {
          decisionMaker: "sro",
          collaborationInforms: true,
          diversionFirst: true,
          exceptions: ["threat"],
        },
        sentences: [
          "The decision whether the SRO takes Enforcement Action belongs to the SRO alone.",
          "the SRO may consider what School staff know about the student's needs",
          "- when the law requires Enforcement Action.",
        ],
      },
    ],
  },
  {
    topic: scope,
    mustNotAppear: [],
    switches: {
      authorityNotLimited:
        "does not limit the SRO's authority as a law enforcement officer anywhere within the jurisdiction of the Agency.",
    },
    old: [
      {
        answers: { areas: ["grounds"], nonSchoolDays: "agency" },
        sentences: [
          "does not limit the SRO's authority as a law enforcement officer anywhere within the jurisdiction of the Agency.",
          "On days that are not School Days, the SRO shall perform duties for the Agency",
        ],
      },
    ],
  },
  {
    topic: staffCalls,
    mustNotAppear: ["without first using School responses", "for help with a matter of Formal Discipline"],
    switches: {
      emergencyCalls:
        "Any member of District staff may call the SRO or 911 at once when a person's safety is under imminent threat.",
    },
    old: [
      {
        answers: {
          graduatedResponse: true,
          referralConduct: ["weapon"],
          noDisciplineCalls: true,
          whoMayCall: "administrator",
        },
        sentences: [
          "Any member of District staff may call the SRO or 911 at once when a person's safety is under imminent threat.",
          "The District shall use a graduated response to student conduct.",
          "do not call on the SRO to enforce a School rule",
        ],
      },
    ],
  },
  {
    topic: citationsAndArrests,
    mustNotAppear: [
      "may issue a citation",
      "This MOU does not require the SRO to refer",
      "available to the Agency",
    ],
    switches: {},
    old: [
      {
        answers: {
          noSchoolRuleCitations: true,
          firstOffenseDiversion: true,
          adminNotice: "before",
          parentNotice: "agency",
        },
        sentences: [
          "The SRO shall not issue a citation or ticket to a student for breaking a School rule",
          "the SRO shall refer the student to a diversion program",
        ],
      },
    ],
  },
  {
    topic: chainOfCommand,
    mustNotAppear: [],
    switches: {
      employeeStatus:
        "The SRO remains an employee of the Agency, is subject to the policies, standard operating procedures and chain of command of the Agency, and is not an employee or agent of the District.",
      conflictRule:
        "If a request of District staff to the SRO conflicts with the policies of the Agency or the law, the SRO shall follow those policies and the law, and shall report the conflict to the SRO's supervisor.",
    },
    old: [
      {
        answers: {
          supervisedBy: "agency",
          supervisorRank: "lieutenant",
          schoolContact: "the principal of each School",
          districtContact: "the Assistant Superintendent for Student Services",
        },
        sentences: [
          "The SRO remains an employee of the Agency",
          "and is not an employee or agent of the District.",
          "shall report the conflict to the SRO's supervisor.",
          "The Agency shall supervise and direct the SRO through a supervisor of the rank of lieutenant",
          "The District designates the principal of each School as the SRO's point of contact",
        ],
      },
    ],
  },
  {
    topic: complaints,
    base: { channels: ["agency", "school", "anonymous"], investigator: "agency", informDistrict: true },
    mustNotAppear: [],
    switches: {
      noRetaliation:
        "The SRO shall not retaliate against any person for making a complaint, and the Agency shall treat any retaliation as misconduct.",
    },
    old: [
      {
        answers: {
          channels: ["agency", "school", "anonymous"],
          forwardDays: 2,
          investigator: "agency",
          responseDays: 30,
          informDistrict: true,
          published: true,
        },
        sentences: [
          "The SRO shall not retaliate against any person for making a complaint",
          "within 2 School Days",
          "Within 30 days after receiving a complaint",
          "The District shall describe this complaint process in its student handbook and on its website.",
        ],
      },
    ],
  },
  {
    topic: questioningStudents,
    mustNotAppear: [
      "without a parent, guardian or member of School staff present",
      "may question a student at the request of a School administrator",
      "shall follow the terms below",
    ],
    switches: {},
    old: [
      {
        answers: {
          parentNotice: "before",
          noticeExceptions: ["emergency"],
          staffPresent: true,
          rightsAdvice: "always",
          noDisciplineQuestioning: true,
          noImmigrationQuestions: true,
        },
        sentences: [
          "Before the SRO begins the Questioning of a student under 18, the SRO shall make a reasonable effort to notify",
          "- There is an immediate threat to the safety of any person.",
          "The District shall make a staff member available without delay.",
          "or take part when District staff question a student for that purpose.",
          "immigration or citizenship status",
        ],
      },
    ],
  },
  {
    topic: searches,
    mustNotAppear: ["may search a student at the request", "may strip search"],
    switches: {
      schoolSearchStandard:
        "District staff may carry out a School Search when they have reasonable suspicion that it will turn up evidence of a breach of the law or of School rules. The District is responsible for each School Search.",
    },
    old: [
      {
        answers: {
          sroStandard: "probable-cause",
          noSearchForStaff: true,
          sroInSchoolSearch: "safety",
          noStripSearch: true,
          evidenceToSro: true,
        },
        sentences: [
          "District staff may carry out a School Search when they have reasonable suspicion",
          "The SRO shall search a student only as a law enforcement officer, on probable cause",
          "The SRO shall not strip search a student on School property.",
          "the SRO shall take custody of it under the policies of the Agency.",
        ],
      },
    ],
  },
  {
    topic: forceAndRestraint,
    mustNotAppear: [
      "in any situation that Agency policy allows",
      "is not required to report",
      "not required",
    ],
    switches: {
      lawAndPolicy: "The SRO shall use force and restraint only as state law",
      adminSameDay:
        "The SRO shall tell a School administrator of each use of force or restraint on a student before the end of the School Day on which it happens.",
    },
    old: [
      {
        answers: {
          noForceForDiscipline: true,
          deEscalationFirst: true,
          banProne: true,
          banNeck: true,
          reportToDistrict: true,
          reportDays: 5,
          parentNotice: true,
        },
        sentences: [
          "The SRO shall use force and restraint only as state law and the policies of the Agency allow",
          "before the end of the School Day on which it happens.",
          "The Agency shall give the District a written report of each use of force or restraint on a student within 5 days after it",
          "The SRO who used force or restraint on a student, or a School administrator at that SRO's request, shall tell the student's parent or guardian of it on the day it happens.",
        ],
      },
      {
        answers: {
          agencyPolicy: "General Order 300",
          stateLaw: "Conn. Gen. Stat. 10-236b",
          noForceForDiscipline: true,
          deEscalationFirst: true,
          banProne: true,
          banNeck: true,
          reportToDistrict: false,
        },
        sentences: [
          "The SRO shall use force and restraint only as state law, including Conn. Gen. Stat. 10-236b, and the policies of the Agency, including General Order 300, allow",
        ],
      },
    ],
  },
  {
    topic: studentsWithDisabilities,
    mustNotAppear: [],
    switches: {},
    old: [
      {
        answers: {
          trainingTopics: ["rights"],
          trainingTiming: "before",
          planInfo: "need-to-know",
          consultFirst: true,
          refresher: true,
        },
        sentences: [
          "The SRO shall complete that training before starting at a School.",
          "The SRO shall complete a refresher on the same subjects each school year.",
          "the SRO shall consult the student's case manager",
        ],
      },
    ],
  },
];

/** Wording no template may print on a "no" or a blank optional answer. */
const NEVER = [
  /\bNeither Party\b/,
  /\bis not required to\b/,
  /\bneed not\b(?! consider an alternative first)/,
  /\bat least 0\b/,
  /\bwithin 0\b/,
  /\b0 (?:days|School Days|feet)\b/,
  /\b1 (?:days|School Days)\b/,
  /undefined|\bnull\b|NaN/,
];

describe.each(CASES)("$topic.id", ({ topic, base = {}, mustNotAppear, switches, old }) => {
  it("prints no invented term when every yes/no is answered no", () => {
    const text = render(topic, allNo(topic, base));
    expect(text.length, "the other answers still print their terms").toBeGreaterThan(0);
    for (const s of mustNotAppear) expect(text).not.toContain(s);
    for (const s of Object.values(switches)) expect(text).not.toContain(s);
    for (const re of NEVER) expect(text).not.toMatch(re);
  });

  it("prints no invented term when a yes/no is left blank and optional", () => {
    const optional = new Set(
      topic.fields.filter((f) => f.kind === "boolean" && !f.required).map((f) => f.key),
    );
    const answers = Object.fromEntries(Object.entries(filled(topic, base)).filter(([k]) => !optional.has(k)));
    const text = render(topic, answers);
    for (const s of [...mustNotAppear, ...Object.values(switches)]) expect(text).not.toContain(s);
  });

  it("says only what a yes/no's 'no' agreed when it declares one (none of these topics does)", () => {
    for (const f of topic.fields) if (f.kind === "boolean") expect(f.noIsTerm, f.key).toBeUndefined();
  });

  it.each(Object.entries(switches).length > 0 ? Object.entries(switches) : [["", ""]])(
    "prints the standard term %s only when it is switched on",
    (key, sentence) => {
      if (!key) return;
      const field = topic.fields.find((f) => f.key === key);
      expect(field?.kind).toBe("boolean");
      expect(field?.recommended).toBe(true);
      expect(field?.required).toBe(false);
      expect(render(topic, filled(topic, { ...base, [key]: true }))).toContain(sentence);
      expect(render(topic, filled(topic, { ...base, [key]: false }))).not.toContain(sentence);
    },
  );

  it("keeps an old file printing the terms it printed", () => {
    for (const { answers, sentences } of old) {
      const upgraded = topic.upgradeAnswers ? topic.upgradeAnswers(answers) : answers;
      expect(topic.schema.safeParse(upgraded).success, JSON.stringify(upgraded)).toBe(true);
      const text = render(topic, upgraded as Answers);
      for (const s of sentences) expect(text).toContain(s);
      // upgrading twice changes nothing
      if (topic.upgradeAnswers) expect(topic.upgradeAnswers(upgraded)).toEqual(upgraded);
    }
  });

  it("needs its upgrade exactly when a standard term became a switch", () => {
    expect(Boolean(topic.upgradeAnswers)).toBe(Object.keys(switches).length > 0);
    for (const { answers } of old) {
      const withoutUpgrade = render(topic, answers as Answers);
      for (const s of Object.values(switches))
        expect(withoutUpgrade, "the old answers alone would drop the term").not.toContain(s);
    }
  });

  it("never names the Agency as the SROs' employer when someone else employs them", () => {
    const on = filled(topic, base);
    const text = render(topic, on, sheriff);
    expect(text).not.toMatch(/employee of the Agency|Agency (?:policy|standard operating procedures)/);
    expect(text).not.toMatch(/(?:policies|procedures|chain of command|jurisdiction) of the Agency/);
    for (const key of booleans(topic)) expect(text, key).not.toMatch(/undefined/);
  });
});

describe("answers that used to print terms they did not state", () => {
  it("formal discipline: a blank role prints its placeholder, not a bar on discipline", () => {
    const text = render(formalDiscipline, { noArrestForDiscipline: true });
    expect(text).not.toContain("The SRO shall not administer Formal Discipline.");
    expect(text).toMatch(/The role of the SRO in Formal Discipline: /);
    expect(render(formalDiscipline, { sroRole: "none" })).toContain(
      "The SRO shall not administer Formal Discipline.",
    );
    expect(render(formalDiscipline, { sroRole: "administers" })).not.toContain("shall not administer");
  });

  it("purpose: no scheduled report is silent unless the Parties chose to review the data", () => {
    const silent = render(purposeAndGoals, filled(purposeAndGoals, { reportFrequency: "none" }));
    expect(silent).not.toMatch(/review the data|written report/);
    const review = render(purposeAndGoals, filled(purposeAndGoals, { reportFrequency: "review" }));
    expect(review).toContain("The Parties shall review the data collected at each review of this MOU.");
    expect(review).not.toContain("written report");
  });

  it("force: the same-day word to an administrator follows its own answer, not the report's", () => {
    const reportOnly = render(
      forceAndRestraint,
      filled(forceAndRestraint, { reportToDistrict: true, adminSameDay: false }),
    );
    expect(reportOnly).toContain("The Agency shall give the District a written report");
    expect(reportOnly).not.toContain("before the end of the School Day");
    expect(render(forceAndRestraint, filled(forceAndRestraint, { reportDays: 1 }))).toContain(
      "within 1 day after it",
    );
    expect(forceAndRestraint.upgradeAnswers?.({ reportToDistrict: false })).toEqual({
      reportToDistrict: false,
      lawAndPolicy: true,
      adminSameDay: false,
    });
  });

  it("complaints: the ways to complain read as one sentence, however many are chosen", () => {
    const one = render(complaints, filled(complaints, { channels: ["agency"] }));
    expect(one).toContain(
      "may complain about the conduct of an SRO directly to the Agency (in person, by telephone or online).",
    );
    const two = render(complaints, filled(complaints, { channels: ["agency", "school"], forwardDays: 1 }));
    expect(two).toContain("online), or to the principal of the School.");
    expect(two).toContain("within 1 School Day after receiving it");
    expect(render(complaints, filled(complaints, { responseDays: 1 }))).toContain("Within 1 day after");
  });

  it("chain of command: another employer supervises through the Agency's duty, not the Agency's ranks", () => {
    const text = render(
      chainOfCommand,
      filled(chainOfCommand, { supervisedBy: "agency", supervisorRank: "sergeant" }),
      sheriff,
    );
    expect(text).toContain("The SRO remains an employee of the Employer");
    expect(text).toContain(
      "The Agency shall ensure that the Employer supervises and directs the SRO through a supervisor of the rank of sergeant",
    );
  });

  it("questioning: the scope of the terms is a defined term, used where it applies", () => {
    expect(questioningStudents.terms.map((t) => t.term)).toContain("Questioning");
    const text = render(questioningStudents, filled(questioningStudents));
    expect(text).toContain("Before the SRO begins the Questioning of a student under 18");
  });

  it("enforcement: the cases where alternatives need not come first read as one list, 'or' before the last", () => {
    const text = render(
      enforcementDiscretion,
      filled(enforcementDiscretion, { diversionFirst: true, exceptions: ["threat", "injury"] }),
    );
    expect(text).toContain(
      "- when a person's safety is under imminent threat;\n- when the conduct causes serious bodily injury; or\n- when the law requires Enforcement Action.",
    );
  });

  it("numbers that cannot be 0 refuse it", () => {
    for (const topic of CASES.map((c) => c.topic))
      for (const f of topic.fields)
        if (f.kind === "integer" || f.kind === "days")
          expect(f.min, `${topic.id}.${f.key}`).toBeGreaterThanOrEqual(1);
  });
});
