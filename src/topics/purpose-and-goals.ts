import { defineTopic, has } from "./define";
import { choice, list, longText, multi, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

/** A report is scheduled (a blank frequency still asks who prepares it). */
const scheduled = (a: Answers): boolean => a.reportFrequency !== "none" && a.reportFrequency !== "review";

export default defineTopic({
  id: "purpose-and-goals",
  title: "Purpose, Goals and Program Evaluation",
  group: "Purpose",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the MOU open with the reason the program exists: building positive, trusting relationships between officers and students, carried out through the SRO's three roles. It also recommends that the MOU set program goals and say how the Parties will know whether those goals are met, meaning what data is gathered, who reports it and how often. Goals with measures turn the annual review into a look at evidence rather than impressions. NASRO also stresses that the chief or sheriff and the superintendent should understand and back the program, since it depends on both organizations.",
  signals: [
    "purpose",
    "goals",
    "program goals",
    "objectives",
    "positive relationships",
    "trusting relationships",
    "safe learning environment",
    "measure success",
    "program evaluation",
    "outcomes",
    "mission",
  ],
  fields: [
    text("purpose", {
      label: "Purpose of the program",
      help: 'A phrase that completes "The purpose of the SRO program is …", starting with "to" and without a final period.',
      required: true,
      recommended:
        "to build positive, trusting relationships between law enforcement officers and students, and to help keep the Schools safe, through the SRO's work as a law enforcement officer, a public safety educator and an informal counselor and mentor",
    }),
    list("goals", {
      label: "Program goals",
      itemLabel: "Goal",
      help: "One goal per line, each a short statement the Parties can measure.",
      required: true,
      recommended: [
        "Improve trust and communication between students, staff, families and law enforcement.",
        "Reduce crime, violence and threats to safety on School grounds.",
        "Teach students about safety, the law and their responsibilities.",
        "Keep students out of the juvenile justice system for conduct that the Schools can address.",
        "Connect students in need with counseling and support services offered by the District.",
      ],
    }),
    multi("measures", {
      label: "Data collected",
      help: "Tick the data the Parties gather to measure progress toward the goals.",
      required: true,
      options: opts(
        ["calls", "calls for service and incidents at each School"],
        ["enforcement", "arrests and citations of students"],
        ["diversion", "referrals to diversion and restorative programs"],
        ["referrals", "referrals of students to School support staff"],
        ["force", "uses of force and restraint on students"],
        ["lessons", "classes and presentations given by the SRO"],
        ["surveys", "results of surveys of students, staff and families"],
        ["climate", "school climate survey data"],
      ),
      recommended: ["calls", "enforcement", "diversion", "referrals", "force", "lessons", "surveys"],
    }),
    choice("reportBy", {
      label: "Who prepares the program report",
      help: "The Party that compiles the data into a report on the program.",
      required: true,
      options: opts(
        ["agency", "the Agency"],
        ["district", "the District"],
        ["joint", "the Agency and the District jointly"],
      ),
      recommended: "joint",
      when: scheduled,
    }),
    choice("reportFrequency", {
      label: "Frequency of the program report",
      help: "How often the report goes to the heads of both Parties.",
      required: true,
      options: opts(
        ["monthly", "each month"],
        ["quarterly", "each quarter"],
        ["semester", "at the end of each semester"],
        ["annual", "once a year, before the annual review of this MOU"],
        ["review", "No scheduled report: the Parties review the data at each review of this MOU"],
        ["none", "No scheduled report, and nothing said about reviewing the data"],
      ),
      recommended: "annual",
    }),
    yesNo("reportContents", {
      label: "Standard term: each report compares the data with the goals and goes to both heads",
      help: 'Yes prints: "The Parties shall ensure that each report sets out the data collected, compares it with the goals of the program and reaches the head of the Agency and the Superintendent."',
      recommended: true,
      when: scheduled,
    }),
    yesNo("boardReport", {
      label: "Report also given to the school board",
      help: "Yes if the Superintendent also presents the report to the District's board. No leaves it out.",
      when: (a) => has(a, "reportFrequency") && scheduled(a),
    }),
    yesNo("headsSupport", {
      label: "Both heads endorse the program and make it known to their staff",
      help: "Yes if the chief or sheriff and the superintendent each endorse the program and make its purpose and the MOU known to their staff. No leaves it out of the MOU.",
      required: true,
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on purpose and goals",
      help: "Optional wording, for example targets for a goal.",
    }),
  ],
  // Before schema 4 the report's contents always printed with a scheduled report, and "none"
  // printed that the Parties review the data at each review of the MOU.
  upgradeAnswers: (old) => {
    if (old.reportFrequency === "none") return { ...old, reportFrequency: "review" };
    if (old.reportFrequency === "review") return { ...old };
    return { ...old, reportContents: old.reportContents ?? true };
  },
  departures: [
    {
      id: "no-scheduled-evaluation",
      message: "The MOU sets no schedule for reporting on the program's goals.",
      recommendation:
        "NASRO recommends that the MOU say how success is measured, which in practice means a regular report on the agreed data.",
      applies: (a) => a.reportFrequency === "none" || a.reportFrequency === "review",
    },
    {
      id: "heads-not-endorsing",
      message: "The heads of the Parties do not commit to supporting the program.",
      recommendation:
        "NASRO recommends that both the agency head and the superintendent understand and support the program.",
      applies: (a) => a.headsSupport === false,
    },
  ],
});
