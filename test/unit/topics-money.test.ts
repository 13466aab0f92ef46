import { describe, expect, it } from "vitest";
import expenses from "../../src/topics/expenses";
import billing from "../../src/topics/billing";
import courtTime from "../../src/topics/court-time-and-overtime";
import type { Answers, ProjectFacts, TableField, TableRow, TopicDefinition } from "../../src/topics/types";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import { exhibitRows } from "../../src/document/parts";
import { blankToken } from "../../src/document/tokens";
import { sampleFacts } from "../support/facts";

const FACTS: ProjectFacts = sampleFacts({ schoolCount: 3, totalOfficers: 3 });
const EXHIBITS = new Map([
  ["costSchedule", "Exhibit B"],
  ["programTotals", "Exhibit C"],
]);

function render(topic: TopicDefinition, answers: Answers, facts: ProjectFacts = FACTS): string[] {
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, facts, EXHIBITS));
}
const text = (topic: TopicDefinition, answers: Answers, facts?: ProjectFacts) =>
  render(topic, answers, facts).join("\n");

function rule(topic: TopicDefinition, id: string) {
  const r = topic.rules.find((x) => x.id === id);
  if (!r) throw new Error(`${topic.id} has no rule ${id}`);
  return r;
}
function tableField(topic: TopicDefinition, key: string): TableField {
  const f = topic.fields.find((x) => x.key === key);
  if (f?.kind !== "table") throw new Error(`${topic.id}.${key} is not a table`);
  return f;
}
function field(topic: TopicDefinition, key: string) {
  const f = topic.fields.find((x) => x.key === key);
  if (!f) throw new Error(`${topic.id} has no field ${key}`);
  return f;
}

const row = (
  schoolYear: string,
  post: string,
  item: string,
  agencyPct: number,
  districtPct: number,
): TableRow => ({ schoolYear, post, item, agencyPct, districtPct });

/** Two officers split 50/50; a third is paid 75/25 in year one, then 50/50. */
const SCHEDULE: TableRow[] = [
  row("2026-27", "SRO 1", "salary", 50, 50),
  row("2026-27", "SRO 2", "salary", 50, 50),
  row("2026-27", "SRO 3", "salary", 75, 25),
  row("2027-28", "SRO 1", "salary", 50, 50),
  row("2027-28", "SRO 2", "salary", 50, 50),
  row("2027-28", "SRO 3", "salary", 50, 50),
];
const SHARES: Answers = { method: "shares", costSchedule: SCHEDULE, costBasis: "actual", employerPays: true };

/** Fails on sentences that read as agreed but carry no value. */
function expectNoEmptyNumbers(s: string) {
  expect(s).not.toMatch(/undefined|\bnull\b|NaN|\bat least 0\b|\bwithin 0\b|\b0 days\b|\$0\b/);
}

describe("expenses", () => {
  it("prints a cost share per school year and per SRO, 25% then 50% for SRO 3", () => {
    const rows = exhibitRows(tableField(expenses, "costSchedule"), SHARES);
    expect(rows).toContainEqual(["2026-27", "SRO 3", "Salary", "75%", "25%"]);
    expect(rows).toContainEqual(["2027-28", "SRO 3", "Salary", "50%", "50%"]);
    expect(tableField(expenses, "costSchedule").columns.map((c) => c.key)).toContain("post");
    const s = text(expenses, SHARES);
    expect(s).toContain(
      "The Parties shall share the costs of the SRO program in the percentages that Exhibit B sets out for each school year, each SRO or post and each cost item.",
    );
    expect(s).toContain(
      "The District shall reimburse the Agency for the District's share of the actual cost of each cost item that the Agency pays.",
    );
    expect(expenses.schema.safeParse(SHARES).success).toBe(true);
  });

  it("checks that the shares of each row add up to 100% and that each row names an SRO or post", () => {
    const shares = rule(expenses, "shares-add-to-100");
    expect(shares.fails(SHARES, FACTS)).toBe(false);
    const off = { ...SHARES, costSchedule: [...SCHEDULE, row("2028-29", "SRO 3", "salary", 60, 50)] };
    expect(shares.fails(off, FACTS)).toBe(true);
    expect(shares.message(off, FACTS)).toContain("2028-29, SRO 3, Salary: 110%");

    const named = rule(expenses, "cost-rows-name-post");
    expect(named.fails(SHARES, FACTS)).toBe(false);
    const unnamed = {
      ...SHARES,
      costSchedule: [{ schoolYear: "2026-27", item: "salary", agencyPct: 50, districtPct: 50 }],
    };
    expect(named.fails(unnamed, FACTS)).toBe(true);
  });

  it("offers one row for the full contract cost, and refuses pricing an item it already covers", () => {
    const full = { ...SHARES, costSchedule: [row("2026-27", "All SROs", "full", 40, 60)] };
    expect(exhibitRows(tableField(expenses, "costSchedule"), full)).toEqual([
      ["2026-27", "All SROs", "Full contract cost", "40%", "60%"],
    ]);
    const alone = rule(expenses, "full-cost-alone");
    expect(alone.fails(full, FACTS)).toBe(false);
    const twice = {
      ...SHARES,
      costSchedule: [
        row("2026-27", "All SROs", "full", 40, 60),
        row("2026-27", "all SROs", "vehicle", 100, 0),
      ],
    };
    expect(alone.fails(twice, FACTS)).toBe(true);
    expect(alone.message(twice, FACTS)).toContain("2026-27, all SROs, Vehicle");
  });

  it("says whether the District pays its share of the actual or of the estimated cost", () => {
    const estimated = text(expenses, { ...SHARES, costBasis: "estimated" });
    expect(estimated).toContain(
      "The District shall pay the Agency the District's share of the Agency's estimated cost of each cost item for each school year.",
    );
    expect(estimated).not.toContain("actual cost");
    const reconciled = text(expenses, { ...SHARES, costBasis: "estimated", reconcile: true });
    expect(reconciled).toContain(
      "After the end of each school year, the Agency shall compare the estimated cost",
    );
    expect(render(expenses, { ...SHARES, costBasis: "estimated", reconcile: false })).toEqual(
      render(expenses, { ...SHARES, costBasis: "estimated" }),
    );
  });

  it("computes the cost from a daily rate and the days of service", () => {
    const daily: Answers = {
      method: "daily",
      dailyRate: 450,
      serviceDays: 186,
      fixedCovers: ["salary", "benefits"],
      costBasis: "estimated",
    };
    expect(expenses.schema.safeParse(daily).success).toBe(true);
    const s = text(expenses, daily);
    expect(s).toContain(
      "For each school year, the District shall pay the Agency $450 for each SRO assigned under Exhibit A for each day of service.",
    );
    expect(s).toContain("The District shall pay for 186 days of service for each SRO in each school year.");
    expect(s).toContain("The daily rate covers the following costs: salary and benefits.");
    expect(text(expenses, { ...daily, costBasis: "actual" })).toContain(
      "The District shall pay for each day on which an SRO actually serves a School, up to 186 days of service for each SRO in a school year.",
    );
    // 0 days, a $0 rate or a $0 annual amount make no sense: refused, never printed
    expect(field(expenses, "serviceDays").schema.safeParse(0).success).toBe(false);
    expect(field(expenses, "dailyRate").schema.safeParse(0).success).toBe(false);
    expect(field(expenses, "fixedAmount").schema.safeParse(0).success).toBe(false);
    expect(field(expenses, "fixedIncrease").schema.safeParse(0).success).toBe(false);
    expectNoEmptyNumbers(s);
  });

  it("refers to a table of program totals and checks that the amounts add up", () => {
    const totals: TableRow[] = [
      { schoolYear: "2026-27", total: 300000, agencyAmount: 175000, districtAmount: 125000 },
      { schoolYear: "2027-28", total: 310000, agencyAmount: 155000, districtAmount: 155000 },
    ];
    const a = { ...SHARES, costBasis: "estimated", programTotals: totals };
    expect(text(expenses, a)).toContain(
      "The total cost of the SRO program for each school year, and the amount each Party bears of it, are as Exhibit C sets out.",
    );
    expect(text(expenses, { ...a, costBasis: "actual" })).toContain(
      "The Parties' estimate of the total cost of the SRO program for each school year, and of the amount each Party bears of it, is as Exhibit C sets out.",
    );
    expect(exhibitRows(tableField(expenses, "programTotals"), a)).toContainEqual([
      "2026-27",
      "$300,000",
      "$175,000",
      "$125,000",
    ]);
    const adds = rule(expenses, "amounts-add-to-total");
    expect(adds.fails(a, FACTS)).toBe(false);
    const off = {
      ...a,
      programTotals: [{ schoolYear: "2028-29", total: 100000, agencyAmount: 40000, districtAmount: 50000 }],
    };
    expect(adds.fails(off, FACTS)).toBe(true);
    expect(adds.message(off, FACTS)).toContain("2028-29: $40,000 + $50,000 is not $100,000");
    expect(text(expenses, { method: "shares" })).not.toContain("Exhibit C");
  });

  it("names the SROs' employer from the facts and never states it as a fixed sentence", () => {
    const byAgency = text(expenses, SHARES);
    expect(byAgency).toContain(
      "As the employer of each SRO, the Agency shall pay the SRO's salary and overtime and provide the SRO's benefits.",
    );
    const other = { ...FACTS, employer: "the Employer", employerIsAgency: false };
    const byOther = text(expenses, SHARES, other);
    expect(byOther).toContain(
      "The Agency shall ensure that the Employer, as the employer of each SRO, pays the SRO's salary and overtime and provides the SRO's benefits.",
    );
    for (const s of [
      byAgency,
      byOther,
      text(expenses, {}),
      text(expenses, { ...SHARES, employerPays: false }),
    ])
      expect(s).not.toMatch(/Agency is the SRO's employer/);
    expect(text(expenses, { ...SHARES, employerPays: false })).not.toMatch(/salary and overtime/);
    expect(text(expenses, SHARES, { ...FACTS, totalOfficers: 1 })).toContain("As the employer of the SRO,");
  });

  it("states only that the Agency bears the costs when it does, with no invented negative", () => {
    const s = text(expenses, { method: "agency" });
    expect(s).toContain("The Agency shall bear all costs of the SRO program");
    expect(s).not.toMatch(/no payment|shall not pay|make no/i);
  });

  it("brings an old file forward with the same terms", () => {
    const old = {
      method: "shares",
      costSchedule: [{ schoolYear: "2026-27", item: "salary", agencyPct: 50, districtPct: 50 }],
    };
    const up = expenses.upgradeAnswers?.(old);
    expect(up).toBeDefined();
    expect(expenses.schema.safeParse(up).success).toBe(true);
    const answers = up as Answers;
    expect(answers.costSchedule).toEqual([
      { schoolYear: "2026-27", post: "All SROs", item: "salary", agencyPct: 50, districtPct: 50 },
    ]);
    expect(rule(expenses, "cost-rows-name-post").fails(answers, FACTS)).toBe(false);
    const s = text(expenses, answers);
    expect(s).toContain("As the employer of each SRO, the Agency shall pay");
    expect(s).toContain("reimburse the Agency for the District's share of the actual cost of each cost item");
    expect(s).toContain(
      "A Party that incurs a cost of the SRO program that Exhibit B does not assign bears that cost in full.",
    );
    // an answer already given is kept
    const kept = expenses.upgradeAnswers?.({ method: "fixed", fixedAmount: 0, employerPays: false }) ?? {};
    expect(kept).toEqual({ method: "fixed", employerPays: false });
  });
});

describe("billing", () => {
  const BASE: Answers = {
    billedItems: ["salary", "benefits"],
    frequency: "monthly",
    dueDays: 30,
    proration: true,
    prorationBasis: "days",
    refundDays: 45,
  };

  it("bills every two months and states the first payment date", () => {
    const s = text(billing, { ...BASE, frequency: "bimonthly", firstPaymentDate: "2026-10-15" });
    expect(s).toContain(
      "The Agency shall send an invoice every two months, after the end of each two-month period.",
    );
    expect(s).toContain(
      "The District shall make its first payment under this MOU on or before October 15, 2026.",
    );
    expect(text(billing, BASE)).not.toContain("first payment");
  });

  it("keeps the old frequency values", () => {
    const values = field(billing, "frequency");
    expect(values.kind === "choice" && values.options.map((o) => o.value)).toEqual([
      "monthly",
      "bimonthly",
      "quarterly",
      "semester",
      "annualAdvance",
      "annualArrears",
    ]);
  });

  it("states on each invoice only what the Parties chose", () => {
    const s = text(billing, { ...BASE, invoiceShows: ["period", "officers", "days"] });
    expect(s).toContain(
      "The Agency shall state on each invoice the period the invoice covers, the name of each SRO whose service is billed and the days of service billed for each SRO.",
    );
    expect(text(billing, BASE)).not.toMatch(/on each invoice|Each invoice/);
    expect(text(billing, { ...BASE, invoiceShows: [] })).not.toMatch(/on each invoice|Each invoice/);
  });

  it("keeps time on other Agency duties off the bill when agreed, and says nothing when not", () => {
    const yes = text(billing, { ...BASE, nonSchoolTimeNotBilled: true });
    expect(yes).toContain(
      "The Agency shall not bill the District for time an SRO spends away from the Schools on duties for the Agency that do not concern a School",
    );
    expect(render(billing, { ...BASE, nonSchoolTimeNotBilled: false })).toEqual(render(billing, BASE));
  });

  it("prints nothing of its own when the charges are not prorated", () => {
    const prorated = text(billing, BASE);
    expect(prorated).toContain("prorated by the number of School Days on which an SRO served");
    expect(prorated).toContain("within 45 days after it ends");
    const not = text(billing, { ...BASE, proration: false });
    expect(not).not.toMatch(/prorat|refund|in full/i);
    expect(
      billing.departures.find((d) => d.id === "no-proration")?.applies({ proration: false }, FACTS),
    ).toBe(true);
  });

  it("refuses a first payment outside the term", () => {
    const r = rule(billing, "first-payment-in-term");
    expect(r.fails({ firstPaymentDate: "2026-10-15" }, FACTS)).toBe(false);
    expect(r.fails({ firstPaymentDate: "2026-07-01" }, FACTS)).toBe(true);
    expect(r.message({ firstPaymentDate: "2026-07-01" }, FACTS)).toContain("before the MOU takes effect");
    expect(r.fails({ firstPaymentDate: "2029-08-01" }, FACTS)).toBe(true);
    expect(r.fails({}, FACTS)).toBe(false);
  });

  it("brings an old file forward with the invoice contents it always printed", () => {
    const up = (billing.upgradeAnswers?.({ ...BASE }) ?? {}) as Answers;
    expect(billing.schema.safeParse(up).success).toBe(true);
    expect(text(billing, up)).toContain(
      "The Agency shall state on each invoice the period the invoice covers and the amount of each cost item billed.",
    );
    expect(billing.upgradeAnswers?.({ invoiceShows: ["officers"] })).toEqual({ invoiceShows: ["officers"] });
  });
});

describe("court time and overtime", () => {
  const BASE: Answers = {
    courtDuringHours: "counts",
    courtOutsideHours: "agency",
    callOuts: "district",
    priorApproval: true,
    emergencyCallOuts: true,
  };

  it("states no invented negatives", () => {
    const s = text(courtTime, BASE);
    expect(s).toContain("counts as work under this MOU, whatever the case.");
    expect(s).not.toMatch(/no credit/);
    expect(s).toContain(
      "The Agency may bill the District for a call-out in an emergency without approval in advance.",
    );
    const noApproval = text(courtTime, { ...BASE, priorApproval: false });
    expect(noApproval).not.toMatch(/approv/i);
  });

  it("prints the emergency exception only when the Parties keep it", () => {
    expect(text(courtTime, { ...BASE, emergencyCallOuts: false })).not.toMatch(/emergency/);
    expect(text(courtTime, { ...BASE, callOuts: "agency" })).not.toMatch(/emergency/);
  });

  it("refuses a cap of 0 hours and prints a real cap", () => {
    expect(field(courtTime, "overtimeCap").schema.safeParse(0).success).toBe(false);
    expect(text(courtTime, { ...BASE, overtimeCap: 80 })).toContain("more than 80 hours of SRO overtime");
    expect(text(courtTime, { ...BASE, overtimeCap: 1 })).toContain("more than 1 hour of SRO overtime");
  });

  it("speaks of the SRO or an SRO as the schedule has one or more", () => {
    expect(text(courtTime, BASE, { ...FACTS, totalOfficers: 1 })).toContain("Time the SRO spends in court");
    expect(text(courtTime, BASE)).toContain("Time an SRO spends in court");
  });

  it("brings an old file forward with the same terms", () => {
    const old = {
      courtDuringHours: "counts",
      courtOutsideHours: "agency",
      callOuts: "district",
      priorApproval: true,
      overtimeCap: 0,
    };
    const up = (courtTime.upgradeAnswers?.(old) ?? {}) as Answers;
    expect(courtTime.schema.safeParse(up).success).toBe(true);
    expect(up.overtimeCap).toBeUndefined();
    expect(text(courtTime, up)).toContain(
      "The Agency shall report each such call-out to the District by the next School Day.",
    );
    expect(courtTime.upgradeAnswers?.({ priorApproval: false })).toEqual({ priorApproval: false });
  });
});

describe.each([expenses, billing, courtTime])("$id: yes/no fields", (topic) => {
  /** Every field filled and every yes/no set to yes, so the fields that depend on one apply. */
  const filled: Record<string, unknown> = {
    expenses: { ...SHARES, costBasis: "estimated", reconcile: true, unassignedCosts: true },
    billing: {
      billedItems: ["salary"],
      frequency: "quarterly",
      dueDays: 30,
      invoiceShows: ["period"],
      nonSchoolTimeNotBilled: true,
      proration: true,
      prorationBasis: "months",
      refundDays: 30,
    },
    "court-time-and-overtime": {
      courtDuringHours: "credited",
      courtOutsideHours: "district",
      callOuts: "district",
      priorApproval: true,
      emergencyCallOuts: true,
      overtimeCap: 40,
    },
  };
  const base = filled[topic.id] as Answers;
  const booleans = topic.fields.filter((f) => f.kind === "boolean");

  it.each(booleans.map((f) => [f.key, f] as const))(
    "%s: yes prints a term, no prints nothing of its own",
    (key, f) => {
      expect(f.kind === "boolean" && f.noIsTerm).toBeFalsy();
      const yes = render(topic, { ...base, [key]: true });
      const no = render(topic, { ...base, [key]: false });
      const rest = Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
      const blank = render(topic, rest).filter((l) => !l.includes(blankToken(key)));
      expect(yes).not.toEqual(no);
      expect(no).toEqual(blank);
      for (const s of [yes, no]) expectNoEmptyNumbers(s.join("\n"));
    },
  );
});
