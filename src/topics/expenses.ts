import { formatMoney as money } from "../format/values";
import { defineTopic } from "./define";
import { choice, column, longText, multi, number, opts, table, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers, TableRow } from "./types";

const ITEMS = opts(
  ["salary", "Salary"],
  ["overtime", "Overtime"],
  ["benefits", "Benefits"],
  ["equipment", "Equipment"],
  ["vehicle", "Vehicle"],
  ["training", "Training"],
  ["office", "Office and supplies"],
  ["full", "Full contract cost"],
);
/** What a fixed amount or daily rate may cover: every cost item but the whole contract. */
const COVERS = ITEMS.filter((o) => o.value !== "full").map((o) => ({
  value: o.value,
  label: o.label.toLowerCase(),
}));
/** The post column of an old file's rows: before schema 4 every row covered every SRO. */
export const ALL_SROS = "All SROs";

const itemLabel = (v: unknown) => ITEMS.find((o) => o.value === v)?.label ?? "an unnamed cost item";
const str = (x: unknown): string => (typeof x === "string" ? x.trim() : "");
const amount = (x: unknown) => (typeof x === "number" ? x : 0);
const emptyRow = (r: TableRow) => Object.values(r).every((x) => x === null || x === undefined || x === "");
const tableRows = (a: Answers, key: string): readonly TableRow[] => {
  const v = a[key];
  return Array.isArray(v) ? (v as readonly TableRow[]).filter((r) => !emptyRow(r)) : [];
};
const rows = (a: Answers): readonly TableRow[] => (a.method === "shares" ? tableRows(a, "costSchedule") : []);
const rowName = (r: TableRow) =>
  `${str(r.schoolYear) || "A row without a school year"}, ${str(r.post) || "no SRO or post named"}, ${itemLabel(r.item)}`;

const offRows = (a: Answers) =>
  rows(a).filter((r) => Math.abs(amount(r.agencyPct) + amount(r.districtPct) - 100) > 0.001);
const unnamedRows = (a: Answers) => rows(a).filter((r) => str(r.post) === "");
/** Rows that price an item a "full contract cost" row for the same year and post already covers. */
const doubledRows = (a: Answers) => {
  const key = (r: TableRow) => `${str(r.schoolYear).toLowerCase()}\u0000${str(r.post).toLowerCase()}`;
  const full = new Set(
    rows(a)
      .filter((r) => r.item === "full")
      .map(key),
  );
  return rows(a).filter((r) => r.item !== "full" && full.has(key(r)));
};

const totals = (a: Answers): readonly TableRow[] =>
  a.method === "agency" ? [] : tableRows(a, "programTotals");
const unbalanced = (a: Answers) =>
  totals(a).filter(
    (r) => Math.abs(amount(r.agencyAmount) + amount(r.districtAmount) - amount(r.total)) > 0.005,
  );

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

export default defineTopic({
  id: "expenses",
  title: "Expenses",
  group: "Resources",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the MOU settle who pays each cost of the program: the SRO's salary and overtime, benefits, equipment, and the office and its supplies. Published agreements do this in a few ways: a percentage split of each cost item, which may change from one school year to the next and from one officer to another; a fixed yearly amount that the District pays for each officer; or a daily rate for each day of service on the school calendar. Some agreements bill the District its share of what the program actually cost, others its share of the budgeted cost, and many add a table of each year's total with each Party's amount. Whatever the method, the shares must add up to the whole cost, and the SROs' employer pays the officers directly.",
  signals: [
    "cost",
    "costs",
    "salary",
    "benefits",
    "reimburse",
    "compensation",
    "wages",
    "fringe",
    "percent",
    "share of the cost",
    "pay",
    "funding",
    "expenses",
    "budget",
    "financial",
  ],
  fields: [
    choice("method", {
      label: "Cost-sharing method",
      help: "How the Parties divide the costs of the program.",
      required: true,
      options: opts(
        ["shares", "Percentage shares per school year, SRO and cost item (Cost Schedule)"],
        ["fixed", "Fixed annual amount per officer paid by the District"],
        ["agency", "The Agency bears all costs"],
        ["daily", "Daily rate per officer for each day of service paid by the District"],
      ),
    }),
    table("costSchedule", {
      label: "Cost Schedule",
      help: 'One row per school year, SRO or post and cost item, e.g. 2026-27, SRO 3, Salary, 75%, 25%. Name the SRO or post each row covers ("All SROs" for every officer). Choose "Full contract cost" for one row that covers the whole cost. The two shares of a row must add up to 100%.',
      required: true,
      when: (a) => a.method === "shares",
      rowLabel: "Cost item",
      exhibitTitle: "Cost Schedule",
      columns: [
        column.text("schoolYear", "School year"),
        column.text("post", "SRO or post"),
        column.choice("item", "Cost item", ITEMS),
        column.number("agencyPct", "Agency share", "percent"),
        column.number("districtPct", "District share", "percent"),
      ],
    }),
    number("fixedAmount", "money", {
      label: "Annual amount per officer",
      help: "What the District pays the Agency for each SRO for each school year.",
      required: true,
      min: 1,
      when: (a) => a.method === "fixed",
    }),
    number("dailyRate", "money", {
      label: "Daily rate per officer",
      help: "What the District pays the Agency for each SRO for each day of service.",
      required: true,
      min: 1,
      when: (a) => a.method === "daily",
    }),
    number("serviceDays", "days", {
      label: "Days of service in a school year",
      help: "The number of days of service the daily rate is paid for in each school year, e.g. 186 days on the school calendar.",
      required: true,
      min: 1,
      max: 366,
      when: (a) => a.method === "daily",
    }),
    multi("fixedCovers", {
      label: "Costs the amount covers",
      help: "The costs the annual amount or daily rate pays for. The Agency bears every cost the amount does not cover.",
      required: true,
      options: COVERS,
      when: (a) => a.method === "fixed" || a.method === "daily",
    }),
    number("fixedIncrease", "percent", {
      label: "Yearly increase of the amount",
      help: "Optional: the increase of the annual amount or daily rate at the start of each later school year, e.g. 3%. Leave blank for no increase.",
      min: 0.01,
      when: (a) => a.method === "fixed" || a.method === "daily",
    }),
    choice("costBasis", {
      label: "Cost the District pays on",
      help: "Whether the District pays its share of what the program actually costs, or of the Agency's estimated (budgeted) cost. For a daily rate: the days an SRO actually served, or the days of service set above.",
      options: opts(
        ["actual", "Actual cost (for a daily rate: the days actually served)"],
        [
          "estimated",
          "The Agency's estimated or budgeted cost (for a daily rate: the days of service set above)",
        ],
      ),
      recommended: "actual",
      when: (a) => a.method === "shares" || a.method === "daily",
    }),
    yesNo("reconcile", {
      label: "Year-end comparison with the actual cost",
      help: "Yes if, after each school year, the Agency compares the estimated cost with the actual cost, credits the District with its share of any overpayment and may bill its share of any shortfall.",
      when: (a) => a.method === "shares" && a.costBasis === "estimated",
    }),
    yesNo("unassignedCosts", {
      label: "A cost the Cost Schedule does not assign stays with the Party that incurs it",
      help: "Yes to state that a Party bears in full any cost of the program that the Cost Schedule does not divide.",
      recommended: true,
      when: (a) => a.method === "shares",
    }),
    table("programTotals", {
      label: "Program totals by school year",
      help: "Optional: for each school year, the total cost of the program and the amount each Party bears. The two amounts of a row must add up to the total.",
      when: (a) => a.method !== "agency",
      rowLabel: "School year",
      exhibitTitle: "Program Cost Totals",
      columns: [
        column.text("schoolYear", "School year"),
        column.number("total", "Total cost", "money", 1),
        column.number("agencyAmount", "Agency amount", "money"),
        column.number("districtAmount", "District amount", "money"),
      ],
    }),
    yesNo("employerPays", {
      label: "The SROs' employer pays their salary, overtime and benefits",
      help: "Yes to state that the employer of the SROs pays their salary and overtime and provides their benefits directly, whatever the District pays toward them.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on expenses",
      help: "Optional wording, for example on grant funding.",
    }),
  ],
  rules: [
    {
      id: "shares-add-to-100",
      fails: (a) => offRows(a).length > 0,
      message: (a) =>
        "Cost Schedule: the two shares must add up to 100% in every row. " +
        offRows(a)
          .map((r) => `${rowName(r)}: ${amount(r.agencyPct) + amount(r.districtPct)}%`)
          .join("; ") +
        ".",
    },
    {
      id: "cost-rows-name-post",
      fails: (a) => unnamedRows(a).length > 0,
      message: (a) =>
        `Cost Schedule: name the SRO or post each row covers (e.g. "SRO 1" or "${ALL_SROS}"). ` +
        `${unnamedRows(a).length} row(s) name none.`,
    },
    {
      id: "full-cost-alone",
      fails: (a) => doubledRows(a).length > 0,
      message: (a) =>
        "Cost Schedule: a row for the full contract cost already covers every cost item of that school year and SRO or post, so these rows count a cost twice: " +
        doubledRows(a).map(rowName).join("; ") +
        ".",
    },
    {
      id: "amounts-add-to-total",
      fails: (a) => unbalanced(a).length > 0,
      message: (a) =>
        "Program totals: the Agency amount and the District amount must add up to the total in every row. " +
        unbalanced(a)
          .map(
            (r) =>
              `${str(r.schoolYear) || "A row without a school year"}: ${money(amount(r.agencyAmount))} + ${money(amount(r.districtAmount))} is not ${money(amount(r.total))}`,
          )
          .join("; ") +
        ".",
    },
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old };
    // The employer's payment of salary, overtime and benefits used to print always
    if (out.employerPays === undefined) out.employerPays = true;
    if (old.method === "shares") {
      // Every row covered every SRO, the District reimbursed its share of what the Agency
      // paid, and a cost left unassigned stayed with the Party that incurred it
      if (Array.isArray(old.costSchedule)) {
        out.costSchedule = old.costSchedule.map((r: unknown) =>
          isObject(r) && (r.post === undefined || r.post === null || r.post === "")
            ? { ...r, post: ALL_SROS }
            : r,
        );
      }
      if (out.costBasis === undefined) out.costBasis = "actual";
      if (out.unassignedCosts === undefined) out.unassignedCosts = true;
    }
    // An amount of 0 or an increase of 0% was never a term (0% printed nothing); a blank now
    // says the same or asks for the amount
    if (old.fixedAmount === 0) delete out.fixedAmount;
    if (old.fixedIncrease === 0) delete out.fixedIncrease;
    return out;
  },
});
