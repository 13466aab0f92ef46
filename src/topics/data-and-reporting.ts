import { defineTopic, has, includes, num } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const EVENTS = [
  "arrests",
  "citations",
  "referrals",
  "searches",
  "force",
  "questioning",
  "diversion",
] as const;
const GROUPS = ["race", "ethnicity", "gender", "age", "disability"] as const;
/** Details only the District's own records hold. */
const districtHeld = (a: Answers): boolean =>
  includes(a, "demographics", "disability") || includes(a, "demographics", "englishLearner");

export default defineTopic({
  id: "data-and-reporting",
  title: "Data Collection and Public Reporting",
  group: "Information",
  required: false,
  sources: [NASRO, PRACTICE, { name: "Connecticut General Statutes 10-233p" }],
  summary:
    "NASRO recommends that the MOU say how the program's success is measured, which means deciding what data are collected and who reports them. Many agreements, and laws such as Connecticut's, call for a record of each SRO intervention: arrests, citations, court referrals, searches, uses of force and whether the student was told of their rights, with the student's race, ethnicity, gender, age and disability status. Connecticut has the SRO report each intervention within 5 school days and the data reach the superintendent at least monthly. A yearly public summary, with small counts hidden to protect students, lets families and the board see how the program works and whether some groups of students are affected more than others.",
  signals: [
    "data",
    "collect data",
    "demographics",
    "statistics",
    "monthly report",
    "annual report",
    "public report",
    "race",
    "ethnicity",
    "data collection",
    "summary of arrests",
  ],
  fields: [
    multi("events", {
      label: "Interventions recorded",
      help: "The kinds of SRO action recorded each time they happen.",
      required: true,
      options: opts(
        ["arrests", "arrests"],
        ["citations", "citations, tickets and summonses"],
        ["referrals", "referrals to juvenile court or a prosecutor"],
        ["searches", "searches of students"],
        ["force", "uses of force and restraint"],
        ["questioning", "questioning about a suspected crime, with whether rights were explained"],
        ["diversion", "referrals to diversion, restorative or support programs"],
        ["calls", "calls for service to each School"],
      ),
      recommended: [...EVENTS],
    }),
    multi("demographics", {
      label: "Student details recorded",
      help: "The details of each student involved that the data show.",
      required: true,
      options: opts(
        ["race", "race"],
        ["ethnicity", "ethnicity"],
        ["gender", "gender"],
        ["age", "age"],
        ["grade", "grade"],
        ["disability", "disability status"],
        ["englishLearner", "English learner status"],
      ),
      recommended: [...GROUPS],
    }),
    yesNo("recordDetails", {
      label: "Standard term: what each record shows",
      help: "Yes prints that for each intervention the SRO records the date, time and School, the reason for and nature of the intervention, and its outcome.",
      recommended: true,
    }),
    yesNo("districtSuppliesDetails", {
      label: "District supplies disability and English learner status, as counts only",
      help: "Yes prints that the District supplies from its own records the details only it holds, and shares them with the Agency only as counts that identify no student, unless FERPA allows more.",
      recommended: true,
      when: districtHeld,
    }),
    number("entryDays", "days", {
      label: "Days to record an intervention",
      help: "Days after an intervention within which the SRO records it.",
      required: true,
      max: 60,
      recommended: 5,
    }),
    yesNo("reportToChief", {
      label: "SRO reports each intervention to the chief of police",
      help: "Yes if each SRO submits each record to the Agency's chief of police, who sends the records on to the Superintendent (Connecticut asks for this). No leaves the MOU silent on it.",
    }),
    choice("frequency", {
      label: "Reports to the Superintendent",
      help: "How often the Agency sends the data to the Superintendent.",
      required: true,
      options: opts(
        ["monthly", "Monthly"],
        ["quarterly", "Every 3 months"],
        ["semester", "Each semester"],
        ["yearly", "Once a year"],
      ),
      recommended: "monthly",
    }),
    yesNo("publicSummary", {
      label: "Yearly public summary",
      help: "The District publishes a yearly summary of the data, with no student identified.",
      required: true,
      recommended: true,
    }),
    number("publicDays", "days", {
      label: "Days to publish the summary",
      help: "Days after the last School Day of the school year by which the summary is published.",
      required: true,
      max: 365,
      when: (a) => a.publicSummary === true,
    }),
    number("minCount", "integer", {
      label: "Smallest count published",
      help: "Optional: counts below this number are hidden; many state education agencies use 10. Leave blank to hide none.",
      min: 2,
      max: 50,
      when: (a) => a.publicSummary === true,
    }),
    yesNo("disparityReview", {
      label: "Yearly review for disparities",
      help: "The Parties review the data together each year for differences between groups of students.",
      recommended: true,
    }),
    longText("notes", { label: "Further terms on data and reporting" }),
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old, recordDetails: true };
    if (districtHeld(old as Answers)) out.districtSuppliesDetails = true;
    // A smallest count of 1 hid nothing, and is no longer accepted.
    if (old.minCount === 1) delete out.minCount;
    return out;
  },
  departures: [
    {
      id: "events-incomplete",
      message: "The data leave out one or more of the interventions usually recorded.",
      recommendation:
        "Common practice records arrests, citations, referrals, searches, force, rights advice and diversion; Connecticut law requires several of these.",
      applies: (a) => has(a, "events") && EVENTS.some((e) => !includes(a, "events", e)),
    },
    {
      id: "demographics-incomplete",
      message: "The data leave out race, ethnicity, gender, age or disability status.",
      recommendation:
        "Connecticut law and common practice record race, ethnicity, gender, age and disability status.",
      applies: (a) => has(a, "demographics") && GROUPS.some((g) => !includes(a, "demographics", g)),
    },
    {
      id: "slow-entry",
      message: "An intervention may be recorded more than 5 days after it happened.",
      recommendation: "Connecticut requires each intervention to be reported within 5 school days.",
      applies: (a) => (num(a, "entryDays") ?? 0) > 5,
    },
    {
      id: "reports-not-monthly",
      message: "The Superintendent receives the data less often than monthly.",
      recommendation:
        "Connecticut law and common practice send the data to the superintendent at least monthly.",
      applies: (a) => has(a, "frequency") && a.frequency !== "monthly",
    },
    {
      id: "no-public-summary",
      message: "The MOU does not call for a yearly public summary of the data.",
      recommendation:
        "Many agreements publish a yearly summary so families and the board can judge the program.",
      applies: (a) => a.publicSummary === false,
    },
    {
      id: "no-disparity-review",
      message: "The MOU does not call for a yearly review of the data for disparities.",
      recommendation:
        "Common practice reviews the data yearly for differences by race, disability and other groups.",
      applies: (a) => a.disparityReview === false,
    },
  ],
});
