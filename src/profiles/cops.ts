import { defineProfile, need, source } from "./define";

const AWARD = "COPS Hiring Program, 2020 award special conditions (school resource officers)";
const SEEN =
  "the 2020 CHP award special conditions as reproduced in award documents published by grantee cities (e.g. Everett WA, Santa Ana CA); not found on cops.usdoj.gov";
const cond = (summary: string) => source(AWARD, summary, SEEN, { checkedOn: "2026-11-28" });

const SUBMIT = cond(
  "The agency sends the signed MOU to the COPS Office within 90 days of the award letter, before drawing funds.",
);

export const COPS_2020 = defineProfile({
  id: "us-cops-hiring-2020",
  label: "U.S. DOJ COPS hiring grant (2020 conditions)",
  name: "the 2020 award conditions of the U.S. Department of Justice COPS Hiring Program",
  citation: AWARD,
  summary:
    "An agency placing COPS-funded officers in schools sends the COPS Office an MOU signed with its school partners within 90 days of the date on the award's congratulatory letter, and before it obligates or draws down award funds; the MOU states its purpose, the roles of the district and the agency (officers' roles centred on safety), information sharing, and the SRO's supervision and chain of command, and is signed.",
  required: [
    need("purpose-and-goals", cond("The MOU states the purpose of the SRO partnership.")),
    need(
      "day-to-day-duties",
      cond("The MOU sets out the roles of the district and the agency, the officers' centred on safety."),
    ),
    need("information-sharing", cond("The MOU says how the partners share information.")),
    need("chain-of-command", cond("The MOU names who supervises the SRO and the chain of command.")),
    need("publication", SUBMIT),
  ],
  reviewEveryYears: null,
  checks: [
    {
      topicId: "publication",
      message:
        "The 2020 COPS hiring grant conditions have the Agency send the signed MOU to the COPS Office within 90 days of the award letter and before drawing down funds: answer Yes to sending it to the COPS Office.",
      fails: (a) => a.grantSubmission !== true,
      source: SUBMIT,
    },
  ],
});
