import { has, includes } from "./define";
import type { Answers, CrossTopicRule, PartySigner, ProjectFacts, TableRow } from "./types";

// ---------------------------------------------------------------------------------------------
// Reading answers

/** The filled rows of the Cost Schedule, when the expenses clause divides costs by percentage. */
function costRows(expenses: Answers): readonly TableRow[] {
  if (expenses.method !== "shares") return [];
  const v = expenses.costSchedule;
  if (!Array.isArray(v)) return [];
  return (v as readonly TableRow[]).filter((r) =>
    Object.values(r).some((x) => x !== null && x !== undefined && x !== ""),
  );
}
const pct = (x: TableRow[string] | undefined): number | null => (typeof x === "number" ? x : null);
const overtimeRows = (expenses: Answers) => costRows(expenses).filter((r) => r.item === "overtime");
/** Overtime rows that leave part of the overtime with the Agency (District share under 100%). */
const overtimeSplitWithAgency = (expenses: Answers) =>
  overtimeRows(expenses).filter((r) => {
    const d = pct(r.districtPct);
    return d !== null && d < 100;
  });
/** Overtime rows that charge part of the overtime to the District (District share above 0%). */
const overtimeSplitWithDistrict = (expenses: Answers) =>
  overtimeRows(expenses).filter((r) => {
    const d = pct(r.districtPct);
    return d !== null && d > 0;
  });
/** The fixed annual amount or daily rate the District pays already covers overtime. */
const perOfficerAmountCoversOvertime = (expenses: Answers) =>
  (expenses.method === "fixed" || expenses.method === "daily") &&
  includes(expenses, "fixedCovers", "overtime");
const perOfficerAmountName = (expenses: Answers) =>
  expenses.method === "fixed" ? "the annual amount per officer" : "the daily rate per officer";
const agencyBearsAll = (expenses: Answers) => expenses.method === "agency";

/** "the 2026-27 row for SRO 1 (District 50%)", for naming the rows of the Cost Schedule at fault. */
const rowNames = (rows: readonly TableRow[]): string =>
  rows
    .map((r) => {
      const year = typeof r.schoolYear === "string" && r.schoolYear.trim() ? r.schoolYear.trim() : "undated";
      const post = typeof r.post === "string" && r.post.trim() ? ` for ${r.post.trim()}` : "";
      return `the ${year} row${post} (District ${pct(r.districtPct) ?? 0}%)`;
    })
    .join(", ");

/** Overtime the court-time clause makes the District reimburse in full. */
function districtPaidOvertime(court: Answers): string[] {
  const out: string[] = [];
  if (court.courtOutsideHours === "district") out.push("court time outside Campus Hours");
  if (court.courtOutsideHours === "districtSchool")
    out.push("court time outside Campus Hours on School cases");
  if (court.callOuts === "district") out.push("call-outs to a School outside Campus Hours");
  return out;
}
/** Overtime the court-time clause leaves wholly with the Agency. */
function agencyPaidOvertime(court: Answers): string[] {
  const out: string[] = [];
  if (court.courtOutsideHours === "agency") out.push("court time outside Campus Hours");
  if (court.courtOutsideHours === "districtSchool")
    out.push("court time outside Campus Hours on other cases");
  if (court.callOuts === "agency") out.push("call-outs to a School outside Campus Hours");
  return out;
}
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;

/** Why the court-time clause and the cost terms disagree about overtime; null when they agree. */
function courtOvertimeConflict(expenses: Answers, court: Answers): string | null {
  const toDistrict = districtPaidOvertime(court);
  const toAgency = agencyPaidOvertime(court);
  if (toDistrict.length > 0 && perOfficerAmountCoversOvertime(expenses))
    return `The court-time clause has the District reimburse ${list(toDistrict)} on top of what it pays, but the expenses clause already includes overtime in ${perOfficerAmountName(expenses)}, so the District would pay that overtime twice: take overtime out of the costs the amount covers, or have the Agency pay that time.`;
  const split = overtimeSplitWithAgency(expenses);
  if (toDistrict.length > 0 && split.length > 0)
    return `The court-time clause has the District reimburse ${list(toDistrict)} in full, but the Cost Schedule gives the District only a share of overtime (${rowNames(split)}): make the two agree on who pays that overtime.`;
  const charged = overtimeSplitWithDistrict(expenses);
  if (toAgency.length > 0 && charged.length > 0)
    return `The court-time clause has the Agency pay for ${list(toAgency)} at its own cost, but the Cost Schedule charges the District a share of overtime (${rowNames(charged)}): make the two agree on who pays that overtime.`;
  return null;
}

/** Why the extracurricular payment terms and the cost terms disagree about overtime; null when they agree. */
function eventOvertimeConflict(expenses: Answers, events: Answers): string | null {
  if (events.payment === "district") {
    if (perOfficerAmountCoversOvertime(expenses))
      return `The extracurricular clause has the District reimburse overtime for event work, but the expenses clause already includes overtime in ${perOfficerAmountName(expenses)}, so the District would pay that overtime twice: take overtime out of the costs the amount covers, or pay event work another way.`;
    const split = overtimeSplitWithAgency(expenses);
    if (split.length > 0)
      return `The extracurricular clause has the District reimburse all overtime for event work, but the Cost Schedule gives the District only a share of overtime (${rowNames(split)}): make the two agree on who pays event overtime.`;
    if (has(events, "hourlyRate") && overtimeRows(expenses).length > 0)
      return `The extracurricular clause has the District reimburse event work at a set hourly rate, but the Cost Schedule has the District pay its share of overtime as a percentage of the cost: say which of the two prices event overtime.`;
  }
  if (events.payment === "agency") {
    const charged = overtimeSplitWithDistrict(expenses);
    if (charged.length > 0)
      return `The extracurricular clause has the SRO's employer pay overtime for event work at its own cost, but the Cost Schedule charges the District a share of overtime (${rowNames(charged)}): make the two agree on who pays event overtime.`;
  }
  return null;
}

/** Cost items whose District share billing invoices, but that the expenses clause leaves wholly with the Agency. */
const BILLABLE: ReadonlyArray<[string, string]> = [
  ["salary", "salary"],
  ["benefits", "benefits"],
];
function billedWithoutShare(expenses: Answers, billing: Answers): string[] {
  const billed = (item: string) => includes(billing, "billedItems", item);
  if (agencyBearsAll(expenses)) {
    const names = BILLABLE.filter(([v]) => billed(v)).map(([, n]) => n);
    if (billed("full")) names.push("the full contract cost");
    return names;
  }
  if (expenses.method === "fixed" || expenses.method === "daily") {
    if (!has(expenses, "fixedCovers")) return [];
    return BILLABLE.filter(([v]) => billed(v) && !includes(expenses, "fixedCovers", v)).map(([, n]) => n);
  }
  if (expenses.method === "shares") {
    const rows = costRows(expenses);
    if (rows.length === 0) return [];
    const districtShares = (item: string) =>
      rows.some((r) => (r.item === item || r.item === "full") && (pct(r.districtPct) ?? 0) > 0);
    return BILLABLE.filter(([v]) => billed(v) && !districtShares(v)).map(([, n]) => n);
  }
  return [];
}

const courtCredit = (court: Answers) =>
  court.courtDuringHours === "credited" || court.courtDuringHours === "schoolCases";

/** The expenses clause prices each SRO, so a change in the number of SROs changes what the District pays. */
function perSroPrice(expenses: Answers): string | null {
  if (expenses.method === "fixed" || expenses.method === "daily") return perOfficerAmountName(expenses);
  if (expenses.method === "shares" && costRows(expenses).some((r) => (pct(r.districtPct) ?? 0) > 0))
    return "the District's share of the cost of each SRO under the Cost Schedule";
  return null;
}

/** What the District pays that is known only after the costs arise: null when it is known in advance. */
function costKnownAfterwards(expenses: Answers): string | null {
  if (expenses.costBasis !== "actual") return null;
  if (expenses.method === "shares") return "its share of the actual cost that the Agency pays";
  if (expenses.method === "daily") return "each day on which an SRO actually serves a School";
  return null;
}

/** The Parties for whom this MOU has more signers than the one head the amendment clause names. */
function signedByMoreThanTheHead(facts: ProjectFacts): PartySigner[][] {
  return (["agency", "district"] as const)
    .map((side) => facts.signers.filter((s) => s.side === side))
    .filter((signers) => signers.length > 1);
}
const signerNames = (signers: readonly PartySigner[]) =>
  list(
    signers.map((s) => {
      const name = s.name.trim() || "an unnamed signatory";
      return s.title.trim() ? `${name} (${s.title.trim()})` : name;
    }),
  );

const withoutCourt = (hours: Answers) => has(hours, "awayDuties") && !includes(hours, "awayDuties", "court");

// ---------------------------------------------------------------------------------------------
// The rules

/**
 * Contradictions between topics, as data: each names the two topics whose clauses can say
 * different things about one point. Open items come from here, so a signature-ready MOU holds
 * none of them.
 */
export const CROSS_TOPIC_RULES: readonly CrossTopicRule[] = [
  {
    // Staff workdays are not School Days: the scope clause gives them to the employer (or to
    // District programs), the hours clause puts the SRO on campus.
    id: "staff-workdays-vs-non-school-days",
    topics: ["scope", "hours-on-campus"],
    fails: (answers) => {
      const s = answers("scope").nonSchoolDays;
      return answers("hours-on-campus").days === "schoolAndStaffDays" && (s === "agency" || s === "programs");
    },
    message: (answers) =>
      answers("scope").nonSchoolDays === "agency"
        ? "The hours clause puts the SRO on campus on every District staff workday, but the scope clause has the SRO work for the employer on days that are not School Days: make the two agree on staff workdays."
        : "The hours clause puts the SRO on campus on every District staff workday, but the scope clause has the SRO work for the employer on days that are not School Days unless a District program is held at a School: make the two agree on staff workdays.",
  },
  {
    id: "summer-school-vs-non-school-days",
    topics: ["scope", "hours-on-campus"],
    fails: (answers) =>
      answers("hours-on-campus").summerSchool === true && answers("scope").nonSchoolDays === "agency",
    message: () =>
      "The hours clause has the SRO serve at summer school, but the scope clause has the SRO work for the employer on days that are not School Days unless the Parties agree in writing on a School program: make the two agree, for example by having the scope clause include summer school.",
  },
  {
    id: "probation-removal-vs-agency-alone",
    topics: ["probation", "rotation-and-removal"],
    fails: (answers) =>
      answers("probation").removalOnRequest === true &&
      answers("rotation-and-removal").districtRequest === "none",
    message: () =>
      "The probation clause has the Agency replace an SRO on probation when the District asks, but the removal clause makes removal of an SRO for the Agency alone to decide: make the two agree.",
  },
  {
    id: "unarmed-sro-keeps-long-gun",
    topics: ["armed-sro", "long-guns"],
    fails: (answers) =>
      answers("armed-sro").armed === "unarmed" && answers("long-guns").keepsLongGun === true,
    message: () =>
      "The arming clause says the SRO carries no firearm on duty at a School, but the long-gun clause lets the SRO keep a long gun at a School: make the two agree.",
  },
  {
    id: "billed-costs-without-district-share",
    topics: ["expenses", "billing"],
    fails: (answers) => billedWithoutShare(answers("expenses"), answers("billing")).length > 0,
    message: (answers) => {
      const items = list(billedWithoutShare(answers("expenses"), answers("billing")));
      return `The billing clause invoices the District for its share of ${items}, but the expenses clause gives the District no share of ${items}: make the two agree on what the District pays.`;
    },
  },
  {
    id: "substitute-credit-without-charge",
    topics: ["substitutes", "expenses"],
    fails: (answers) => answers("substitutes").invoiceCredit === true && agencyBearsAll(answers("expenses")),
    message: () =>
      "The substitutes clause credits the District on its invoice for days without a substitute, but the expenses clause has the Agency bear every cost of the SRO, so the District pays no charge to credit: drop the credit or change the cost terms.",
  },
  {
    id: "court-credit-without-charge",
    topics: ["expenses", "court-time-and-overtime"],
    fails: (answers) =>
      courtCredit(answers("court-time-and-overtime")) && agencyBearsAll(answers("expenses")),
    message: () =>
      "The court-time clause credits the District on its invoice for court time during Campus Hours, but the expenses clause has the Agency bear every cost of the SRO, so the District pays no charge to credit: count court time as SRO work or change the cost terms.",
  },
  {
    id: "court-overtime-vs-cost-terms",
    topics: ["expenses", "court-time-and-overtime"],
    fails: (answers) =>
      courtOvertimeConflict(answers("expenses"), answers("court-time-and-overtime")) !== null,
    message: (answers) =>
      courtOvertimeConflict(answers("expenses"), answers("court-time-and-overtime")) ?? "",
  },
  {
    id: "event-overtime-vs-cost-terms",
    topics: ["expenses", "extracurriculars"],
    fails: (answers) => eventOvertimeConflict(answers("expenses"), answers("extracurriculars")) !== null,
    message: (answers) => eventOvertimeConflict(answers("expenses"), answers("extracurriculars")) ?? "",
  },
  {
    // The letter is the MOU's own exception to amendment, but where the expenses clause prices each
    // SRO it changes what the District pays, which the amendment clause leaves to the governing bodies.
    id: "letter-changes-cost-without-approval",
    topics: ["parties-and-term", "expenses"],
    fails: (answers, facts) =>
      answers("parties-and-term").scheduleChanges === "letter" &&
      perSroPrice(answers("expenses")) !== null &&
      facts.addressedTopics.includes("amendment") &&
      answers("amendment").signers === "approved",
    message: (answers) =>
      `A letter signed by both Parties may change the number of SROs in Exhibit A, and the expenses clause prices each SRO (${perSroPrice(answers("expenses")) ?? ""}), so a letter changes what the District pays; yet the amendment clause requires each Party's governing body to approve a change to the MOU: require approval of a letter that changes the cost, or change Exhibit A only by amendment.`,
  },
  {
    id: "court-time-without-leave-for-court",
    topics: ["hours-on-campus", "court-time-and-overtime"],
    fails: (answers) =>
      withoutCourt(answers("hours-on-campus")) && has(answers("court-time-and-overtime"), "courtDuringHours"),
    message: () =>
      "The court-time clause provides for time an SRO spends in court during Campus Hours, but the hours clause does not list court appearances among the reasons the SRO may leave campus: add court appearances to those reasons, or make the two agree.",
  },
  {
    // The heads alone sign amendments, while the MOU itself needed more signatures for a Party
    // (a board chair, a city manager): an amendment could undo what those signers approved.
    id: "amendment-signers-vs-mou-signers",
    topics: ["parties-and-term", "amendment"],
    fails: (answers, facts) =>
      answers("amendment").signers === "heads" && signedByMoreThanTheHead(facts).length > 0,
    message: (_answers, facts) => {
      const parties = signedByMoreThanTheHead(facts).map(
        (signers) =>
          `for the ${signers[0]?.side === "agency" ? "Agency" : "District"} by ${signerNames(signers)}`,
      );
      return `The amendment clause has the head of the Agency and the Superintendent sign amendments alone, but the signature blocks have this MOU signed ${parties.join(", and ")}: have amendments signed by the persons who sign this MOU, or after approval by each Party's governing body.`;
    },
  },
  {
    // An invoice sent before the costs arise cannot bill what they turn out to be.
    id: "advance-invoice-vs-actual-cost",
    topics: ["expenses", "billing"],
    fails: (answers) =>
      answers("billing").frequency === "annualAdvance" && costKnownAfterwards(answers("expenses")) !== null,
    message: (answers) =>
      `The billing clause has the Agency invoice the District once each school year, at its start, but the expenses clause has the District pay for ${costKnownAfterwards(answers("expenses")) ?? ""}, which is known only after the school year's service: invoice after the service, or have the District pay on the estimated cost or the set days of service.`,
  },
];
