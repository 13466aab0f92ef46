import { defineTopic } from "./define";
import { choice, column, longText, multi, number, opts, table } from "./fields";
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
);
const COVERS = ITEMS.map((o) => ({ value: o.value, label: o.label.toLowerCase() }));
const itemLabel = (v: unknown) => ITEMS.find((o) => o.value === v)?.label ?? "an unnamed cost item";
const rows = (a: Answers): readonly TableRow[] =>
  a.method === "shares" && Array.isArray(a.costSchedule) ? (a.costSchedule as readonly TableRow[]) : [];
const share = (x: unknown) => (typeof x === "number" ? x : 0);
const emptyRow = (r: TableRow) => Object.values(r).every((x) => x === null || x === undefined || x === "");
const offRows = (a: Answers) =>
  rows(a).filter((r) => !emptyRow(r) && Math.abs(share(r.agencyPct) + share(r.districtPct) - 100) > 0.001);

export default defineTopic({
  id: "expenses",
  title: "Expenses",
  group: "Resources",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the MOU settle who pays each cost of the program: the SRO's salary and overtime, benefits, equipment, and the office and its supplies. Published agreements do this in one of two ways: a percentage split of each cost item, which may change from one school year to the next, or a fixed yearly amount that the District pays for each officer. Whichever method is chosen, the shares of each item must add up to the whole cost, and the Agency stays the SRO's employer and pays the officer directly.",
  fields: [
    choice("method", {
      label: "Cost-sharing method",
      help: "How the Parties divide the costs of the program.",
      required: true,
      options: opts(
        ["shares", "Percentage shares per school year and cost item (Cost Schedule)"],
        ["fixed", "Fixed annual amount per officer paid by the District"],
        ["agency", "The Agency bears all costs"],
      ),
    }),
    table("costSchedule", {
      label: "Cost Schedule",
      help: "One row per school year and cost item, e.g. 2026-27, Salary, 50%, 50%. The two shares of a row must add up to 100%.",
      required: true,
      when: (a) => a.method === "shares",
      rowLabel: "Cost item",
      exhibitTitle: "Cost Schedule",
      columns: [
        column.text("schoolYear", "School year"),
        column.choice("item", "Cost item", ITEMS),
        column.number("agencyPct", "Agency share", "percent"),
        column.number("districtPct", "District share", "percent"),
      ],
    }),
    number("fixedAmount", "money", {
      label: "Annual amount per officer",
      help: "What the District pays the Agency for each SRO for each school year.",
      required: true,
      when: (a) => a.method === "fixed",
    }),
    multi("fixedCovers", {
      label: "Costs the annual amount covers",
      help: "The Agency bears every cost the amount does not cover.",
      required: true,
      options: COVERS,
      when: (a) => a.method === "fixed",
    }),
    number("fixedIncrease", "percent", {
      label: "Yearly increase of the amount",
      help: "Optional: the increase at the start of each later school year, e.g. 3%.",
      when: (a) => a.method === "fixed",
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
          .map(
            (r) =>
              `${typeof r.schoolYear === "string" ? r.schoolYear : "A row without a school year"}, ${itemLabel(r.item)}: ${share(r.agencyPct) + share(r.districtPct)}%`,
          )
          .join("; ") +
        ".",
    },
  ],
});
