import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setAnswer, setIncluded, updateAgreementDetails } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import { createProject } from "../../src/project/new-project";
import { openItems } from "../../src/project/open-items";
import type { Project } from "../../src/project/schema";
import { TOPICS } from "../../src/topics";
import { CROSS_TOPIC_RULES } from "../../src/topics/consistency";
import { getTopic } from "../../src/topics/registry";

const t0 = new Date("2026-06-01T09:00:00Z");
const RULE_IDS = new Set(CROSS_TOPIC_RULES.map((r) => r.id));

function fixture(name: string): Project {
  const result = parseProjectFile(readFileSync(`test/fixtures/good/${name}/project.json`, "utf8"));
  if (!result.ok) throw new Error(`${name} fixture does not load`);
  return result.project;
}

/** Sets answers of one topic, and includes the topic in the MOU. */
function answer(p: Project, topicId: string, values: Record<string, unknown>): Project {
  let out = setIncluded(p, "agency", topicId, true, t0);
  for (const [k, v] of Object.entries(values)) out = setAnswer(out, "agency", topicId, k, v, t0);
  return out;
}

const crossItems = (p: Project) => openItems(p).filter((i) => i.field !== null && RULE_IDS.has(i.field));
const fired = (p: Project, ruleId: string) => crossItems(p).filter((i) => i.field === ruleId);

/** The rule fires exactly once, on the later topic, naming both topics. */
function expectFires(p: Project, ruleId: string): string {
  const rule = CROSS_TOPIC_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const [first, later] = rule.topics;
  const items = fired(p, ruleId);
  expect(items).toHaveLength(1);
  const item = items[0];
  if (!item) throw new Error("no item");
  expect(item.reason).toBe("invalid");
  expect(item.topicId).toBe(later);
  expect(item.waitingOn).toEqual(["agency", "district"]);
  expect(item.message).toContain(getTopic(first)?.title ?? "?");
  expect(item.message).toContain(getTopic(later)?.title ?? "?");
  return item.message;
}

/** Leaving either topic of the rule out of the MOU silences it. */
function expectSilencedByLeavingOut(p: Project, ruleId: string): void {
  const rule = CROSS_TOPIC_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  for (const topicId of rule.topics) {
    if (getTopic(topicId)?.coversParties) continue; // always part of the MOU
    expect(fired(setIncluded(p, "district", topicId, false, t0), ruleId)).toEqual([]);
  }
}

describe("cross-topic rules as data", () => {
  it("name two known topics in document order, with unique ids", () => {
    const order = TOPICS.map((t) => t.id);
    expect(RULE_IDS.size).toBe(CROSS_TOPIC_RULES.length);
    expect(CROSS_TOPIC_RULES.length).toBeGreaterThan(0);
    for (const r of CROSS_TOPIC_RULES) {
      const [a, b] = r.topics;
      expect(order.indexOf(a), `${r.id}: ${a}`).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(b), `${r.id}: ${b}`).toBeGreaterThan(order.indexOf(a));
    }
  });

  it("are silent on an empty project", () => {
    expect(crossItems(createProject("Empty", t0))).toEqual([]);
  });

  for (const name of ["resolved", "city-sheriff", "mostly-silent", "district-termination"]) {
    it(`find no contradiction in the clean fixture ${name}`, () => {
      expect(crossItems(fixture(name))).toEqual([]);
    });
  }
});

describe("non-School Days: scope and hours", () => {
  const base = () => answer(fixture("resolved"), "scope", { areas: ["grounds"], nonSchoolDays: "agency" });

  it("flags Campus Hours on staff workdays the scope gives to the employer", () => {
    const p = answer(base(), "hours-on-campus", { days: "schoolAndStaffDays" });
    expect(expectFires(p, "staff-workdays-vs-non-school-days")).toMatch(/staff workday/);
    expectSilencedByLeavingOut(p, "staff-workdays-vs-non-school-days");
    // also when the scope keeps non-School Days for District programs only
    expect(
      fired(answer(p, "scope", { nonSchoolDays: "programs" }), "staff-workdays-vs-non-school-days"),
    ).toHaveLength(1);
  });

  it("accepts staff workdays on campus when the scope gives every working day to the Schools", () => {
    const p = answer(base(), "hours-on-campus", { days: "schoolAndStaffDays" });
    expect(
      fired(answer(p, "scope", { nonSchoolDays: "schools" }), "staff-workdays-vs-non-school-days"),
    ).toEqual([]);
    expect(
      fired(answer(p, "hours-on-campus", { days: "schoolDays" }), "staff-workdays-vs-non-school-days"),
    ).toEqual([]);
  });

  it("flags summer school in the hours clause while the scope gives summer to the employer", () => {
    const p = answer(base(), "hours-on-campus", { summerSchool: true });
    expect(expectFires(p, "summer-school-vs-non-school-days")).toMatch(/summer school/);
    expectSilencedByLeavingOut(p, "summer-school-vs-non-school-days");
    expect(
      fired(answer(p, "scope", { nonSchoolDays: "programs" }), "summer-school-vs-non-school-days"),
    ).toEqual([]);
    expect(
      fired(answer(p, "hours-on-campus", { summerSchool: false }), "summer-school-vs-non-school-days"),
    ).toEqual([]);
  });
});

describe("overtime: cost terms against court time and event work", () => {
  const overtimeRow = (districtPct: number) => ({
    schoolYear: "2026-27",
    post: "All SROs",
    item: "overtime",
    agencyPct: 100 - districtPct,
    districtPct,
  });
  const shares = (districtPct: number) =>
    answer(fixture("resolved"), "expenses", {
      method: "shares",
      costSchedule: [
        { schoolYear: "2026-27", post: "All SROs", item: "salary", agencyPct: 50, districtPct: 50 },
        overtimeRow(districtPct),
      ],
      costBasis: "actual",
    });
  const court = (values: Record<string, unknown>) => ({
    courtDuringHours: "counts",
    courtOutsideHours: "agency",
    callOuts: "agency",
    priorApproval: true,
    ...values,
  });

  it("flags event overtime the District reimburses in full while the Cost Schedule splits overtime", () => {
    const p = answer(shares(50), "extracurriculars", {
      expectation: "agreed",
      payment: "district",
      hourlyRate: null,
    });
    expect(expectFires(p, "event-overtime-vs-cost-terms")).toMatch(/District 50%/);
    expectSilencedByLeavingOut(p, "event-overtime-vs-cost-terms");
    // the District bears all overtime in the schedule: the two agree
    const agreed = answer(shares(100), "extracurriculars", {
      expectation: "agreed",
      payment: "district",
      hourlyRate: null,
    });
    expect(fired(agreed, "event-overtime-vs-cost-terms")).toEqual([]);
    // ... unless event work is priced at an hourly rate as well
    expect(
      expectFires(answer(agreed, "extracurriculars", { hourlyRate: 65 }), "event-overtime-vs-cost-terms"),
    ).toMatch(/hourly rate/);
  });

  it("flags event overtime at the employer's cost while the Cost Schedule charges the District overtime", () => {
    const p = answer(shares(25), "extracurriculars", { expectation: "agreed", payment: "agency" });
    expectFires(p, "event-overtime-vs-cost-terms");
    expect(
      fired(answer(shares(0), "extracurriculars", { payment: "agency" }), "event-overtime-vs-cost-terms"),
    ).toEqual([]);
    // a detail or a shifted schedule is not overtime
    expect(
      fired(answer(p, "extracurriculars", { payment: "detail" }), "event-overtime-vs-cost-terms"),
    ).toEqual([]);
    expect(fired(answer(p, "extracurriculars", { payment: "flex" }), "event-overtime-vs-cost-terms")).toEqual(
      [],
    );
  });

  it("flags event overtime reimbursed on top of a per-officer amount that covers overtime", () => {
    const p = answer(fixture("resolved"), "extracurriculars", { payment: "district" });
    expect(fired(p, "event-overtime-vs-cost-terms")).toEqual([]); // the amount covers salary and benefits
    const twice = answer(p, "expenses", { fixedCovers: ["salary", "benefits", "overtime"] });
    expect(expectFires(twice, "event-overtime-vs-cost-terms")).toMatch(/twice/);
  });

  it("flags court overtime the District reimburses in full while the Cost Schedule splits overtime", () => {
    const p = answer(shares(50), "court-time-and-overtime", court({ callOuts: "district" }));
    expect(expectFires(p, "court-overtime-vs-cost-terms")).toMatch(/call-outs/);
    expectSilencedByLeavingOut(p, "court-overtime-vs-cost-terms");
    expect(
      fired(
        answer(
          shares(100),
          "court-time-and-overtime",
          court({ callOuts: "district", courtOutsideHours: "district" }),
        ),
        "court-overtime-vs-cost-terms",
      ),
    ).toEqual([]);
  });

  it("flags court overtime at the Agency's cost while the Cost Schedule charges the District overtime", () => {
    const p = answer(shares(50), "court-time-and-overtime", court({}));
    expect(expectFires(p, "court-overtime-vs-cost-terms")).toMatch(/at its own cost/);
    expect(
      fired(answer(shares(0), "court-time-and-overtime", court({})), "court-overtime-vs-cost-terms"),
    ).toEqual([]);
  });

  it("flags court overtime reimbursed on top of a per-officer amount that covers overtime", () => {
    const p = answer(
      fixture("resolved"),
      "court-time-and-overtime",
      court({ courtOutsideHours: "district" }),
    );
    expect(fired(p, "court-overtime-vs-cost-terms")).toEqual([]);
    expectFires(
      answer(p, "expenses", { fixedCovers: ["salary", "overtime"] }),
      "court-overtime-vs-cost-terms",
    );
  });
});

describe("credits and invoices against the cost terms", () => {
  const agencyPays = () => answer(fixture("resolved"), "expenses", { method: "agency" });

  it("flags an invoice credit for uncovered days when the Agency bears every cost", () => {
    const p = answer(agencyPays(), "substitutes", {
      substituteAfterDays: 3,
      dayCount: "schoolDays",
      coverage: "trainedSro",
      invoiceCredit: true,
      creditBasis: "dailyRate",
    });
    expectFires(p, "substitute-credit-without-charge");
    expectSilencedByLeavingOut(p, "substitute-credit-without-charge");
    expect(
      fired(answer(p, "substitutes", { invoiceCredit: false }), "substitute-credit-without-charge"),
    ).toEqual([]);
    expect(
      fired(
        answer(p, "expenses", { method: "fixed", fixedAmount: 1000, fixedCovers: ["salary"] }),
        "substitute-credit-without-charge",
      ),
    ).toEqual([]);
  });

  it("flags a credit for court time during Campus Hours when the Agency bears every cost", () => {
    const values = {
      courtDuringHours: "credited",
      courtOutsideHours: "agency",
      callOuts: "agency",
      priorApproval: true,
    };
    const p = answer(agencyPays(), "court-time-and-overtime", values);
    expectFires(p, "court-credit-without-charge");
    expectSilencedByLeavingOut(p, "court-credit-without-charge");
    expect(
      fired(
        answer(p, "court-time-and-overtime", { courtDuringHours: "counts" }),
        "court-credit-without-charge",
      ),
    ).toEqual([]);
  });

  it("flags billing the District's share of a cost the expenses clause leaves with the Agency", () => {
    const billing = {
      billedItems: ["salary", "overtime"],
      frequency: "monthly",
      dueDays: 30,
      proration: false,
    };
    const p = answer(agencyPays(), "billing", billing);
    expect(expectFires(p, "billed-costs-without-district-share")).toMatch(/share of salary/);
    expectSilencedByLeavingOut(p, "billed-costs-without-district-share");
    // the resolved fixture's annual amount covers salary and benefits
    const fixed = answer(fixture("resolved"), "billing", billing);
    expect(fired(fixed, "billed-costs-without-district-share")).toEqual([]);
    expect(
      expectFires(
        answer(fixed, "expenses", { fixedCovers: ["benefits"] }),
        "billed-costs-without-district-share",
      ),
    ).toMatch(/salary/);
    // a percentage schedule that gives the District no share of salary
    const shares = answer(fixed, "expenses", {
      method: "shares",
      costSchedule: [
        { schoolYear: "2026-27", post: "All SROs", item: "salary", agencyPct: 100, districtPct: 0 },
      ],
    });
    expectFires(shares, "billed-costs-without-district-share");
  });
});

describe("changes to Exhibit A by letter and a per-officer price", () => {
  const base = () => answer(fixture("resolved"), "parties-and-term", { scheduleChanges: "letter" }); // expenses: fixed per officer

  it("flags a letter that changes the District's cost when amendments need the governing bodies' approval", () => {
    const p = answer(base(), "amendment", { signers: "approved" });
    expect(expectFires(p, "letter-changes-cost-without-approval")).toMatch(/governing body/);
    expectSilencedByLeavingOut(p, "letter-changes-cost-without-approval");
    expect(
      fired(setIncluded(p, "district", "amendment", false, t0), "letter-changes-cost-without-approval"),
    ).toEqual([]);
  });

  it("flags a letter when the District pays a share of each SRO's cost under the Cost Schedule", () => {
    const shares = (districtPct: number) =>
      answer(base(), "expenses", {
        method: "shares",
        costSchedule: [
          {
            schoolYear: "2026-27",
            post: "All SROs",
            item: "salary",
            agencyPct: 100 - districtPct,
            districtPct,
          },
        ],
        costBasis: "actual",
      });
    const p = answer(shares(40), "amendment", { signers: "approved" });
    expect(expectFires(p, "letter-changes-cost-without-approval")).toMatch(/Cost Schedule/);
    // the Agency bears every cost in the schedule: a letter changes nothing the District pays
    expect(
      fired(answer(shares(0), "amendment", { signers: "approved" }), "letter-changes-cost-without-approval"),
    ).toEqual([]);
  });

  it("accepts the letter when amendments need no approval, when the price is not per officer, or without a letter", () => {
    expect(fired(base(), "letter-changes-cost-without-approval")).toEqual([]); // signers: original
    const p = answer(base(), "amendment", { signers: "approved" });
    expect(
      fired(answer(p, "expenses", { method: "agency" }), "letter-changes-cost-without-approval"),
    ).toEqual([]);
    expect(
      fired(
        answer(p, "parties-and-term", { scheduleChanges: "amendment" }),
        "letter-changes-cost-without-approval",
      ),
    ).toEqual([]);
  });
});

describe("other pairs", () => {
  it("flags removal on the District's request during probation when removal is for the Agency alone", () => {
    const p = answer(fixture("resolved"), "probation", { removalOnRequest: true });
    expect(fired(p, "probation-removal-vs-agency-alone")).toEqual([]); // the request is considered
    const q = answer(p, "rotation-and-removal", { districtRequest: "none" });
    expectFires(q, "probation-removal-vs-agency-alone");
    expectSilencedByLeavingOut(q, "probation-removal-vs-agency-alone");
    expect(
      fired(answer(q, "probation", { removalOnRequest: false }), "probation-removal-vs-agency-alone"),
    ).toEqual([]);
  });

  it("flags a long gun kept at School by an unarmed SRO", () => {
    const p = answer(fixture("resolved"), "armed-sro", { armed: "unarmed" });
    expect(expectFires(p, "unarmed-sro-keeps-long-gun")).toMatch(/long gun/);
    expectSilencedByLeavingOut(p, "unarmed-sro-keeps-long-gun");
    expect(fired(answer(p, "long-guns", { keepsLongGun: false }), "unarmed-sro-keeps-long-gun")).toEqual([]);
  });

  it("flags court time during Campus Hours when the SRO may not leave campus for court", () => {
    const values = {
      courtDuringHours: "counts",
      courtOutsideHours: "agency",
      callOuts: "agency",
      priorApproval: true,
    };
    const p = answer(fixture("resolved"), "court-time-and-overtime", values);
    expect(fired(p, "court-time-without-leave-for-court")).toEqual([]);
    const q = answer(p, "hours-on-campus", { awayDuties: ["calls", "training"] });
    expect(expectFires(q, "court-time-without-leave-for-court")).toMatch(/court appearances/);
    expectSilencedByLeavingOut(q, "court-time-without-leave-for-court");
  });
});

describe("amendment signers against the MOU's signers", () => {
  // the resolved fixture is signed for the District by the Superintendent and the Board chair
  it("flags amendments signed by the heads alone when a Party signs the MOU through more persons", () => {
    const p = answer(fixture("resolved"), "amendment", { signers: "heads" });
    const message = expectFires(p, "amendment-signers-vs-mou-signers");
    expect(message).toMatch(/amendment clause .* head of the Agency and the Superintendent/);
    expect(message).toMatch(
      /for the District by Dr\. Angela Price \(Superintendent\) and Tom Okafor \(Chair, Board of Education\)/,
    );
    expectSilencedByLeavingOut(p, "amendment-signers-vs-mou-signers");
  });

  it("accepts amendments by the MOU's signers, after the governing bodies' approval, or by heads who alone sign the MOU", () => {
    const p = answer(fixture("resolved"), "amendment", { signers: "heads" });
    for (const signers of ["original", "approved"])
      expect(fired(answer(p, "amendment", { signers }), "amendment-signers-vs-mou-signers")).toEqual([]);
    const onePerParty = updateAgreementDetails(
      p,
      "agency",
      { parties: { ...p.parties, signatories: p.parties.signatories.filter((s) => s.id !== "board-chair") } },
      "Only the heads sign.",
      t0,
    );
    expect(fired(onePerParty, "amendment-signers-vs-mou-signers")).toEqual([]);
  });
});

describe("invoices sent before the cost they bill is known", () => {
  const billing = { billedItems: ["salary"], frequency: "annualAdvance", dueDays: 30, proration: false };
  const shares = (costBasis: string) =>
    answer(fixture("resolved"), "expenses", {
      method: "shares",
      costSchedule: [
        { schoolYear: "2026-27", post: "All SROs", item: "salary", agencyPct: 50, districtPct: 50 },
      ],
      costBasis,
    });

  it("flags a yearly invoice in advance for the actual cost or for the days actually served", () => {
    const p = answer(shares("actual"), "billing", billing);
    expect(expectFires(p, "advance-invoice-vs-actual-cost")).toMatch(/actual cost/);
    expectSilencedByLeavingOut(p, "advance-invoice-vs-actual-cost");
    const daily = answer(p, "expenses", {
      method: "daily",
      dailyRate: 400,
      serviceDays: 180,
      fixedCovers: ["salary"],
      costBasis: "actual",
    });
    expect(expectFires(daily, "advance-invoice-vs-actual-cost")).toMatch(/actually serves/);
  });

  it("accepts an invoice in advance for an estimated or fixed cost, and an invoice after the service", () => {
    expect(fired(answer(shares("estimated"), "billing", billing), "advance-invoice-vs-actual-cost")).toEqual(
      [],
    );
    expect(fired(answer(fixture("resolved"), "billing", billing), "advance-invoice-vs-actual-cost")).toEqual(
      [],
    ); // fixed amount
    expect(
      fired(
        answer(shares("actual"), "billing", { ...billing, frequency: "annualArrears" }),
        "advance-invoice-vs-actual-cost",
      ),
    ).toEqual([]);
  });
});
