import { defineTopic, includes, num } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "documentation-and-reporting",
  title: "Documentation and Reporting",
  group: "Information",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the agency's own policies govern how the SRO writes reports and keeps records, as for any other officer, and that the MOU state which law enforcement documents school staff may ask for. Police reports about minors are often confidential under state juvenile records law, so many agreements give the school a summary, a notice or the SRO's written statement rather than the full report. They also name who may make a request and how many days the agency has to answer. A document that the district receives and keeps in a student's file becomes part of that student's education record under FERPA.",
  signals: [
    "documentation",
    "reports",
    "incident reports",
    "police reports",
    "records",
    "written report",
    "document incidents",
    "report writing",
    "copies of reports",
  ],
  fields: [
    choice("governing", {
      label: "Rules for SRO documentation",
      help: "Whose rules govern how the SRO writes and keeps reports.",
      required: true,
      options: opts(
        ["agency", "The employer's policy"],
        ["agency-plus", "The employer's policy, plus the District's incident form for School incidents"],
        ["district", "District procedures"],
      ),
      recommended: "agency",
    }),
    multi("requestable", {
      label: "Documents School staff may request",
      help: "The law enforcement documents a School administrator may ask the Agency for.",
      required: true,
      options: opts(
        ["summary", "a summary of an incident at a School that the SRO handled"],
        ["statement", "the SRO's written statement of what the SRO saw, for a District hearing"],
        ["arrestNotice", "written notice that a student was arrested or cited for conduct at a School"],
        ["callLog", "a log of calls for service to each School"],
        ["fullReport", "a copy of the full police report, where the law allows"],
      ),
      recommended: ["summary", "statement", "arrestNotice", "callLog"],
    }),
    choice("requester", {
      label: "Who may request documents",
      help: "The District staff who may make a request to the Agency.",
      required: true,
      options: opts(
        ["principal", "A School principal or the Superintendent's designee"],
        ["administrator", "Any School administrator"],
        ["superintendent", "Only the Superintendent or the Superintendent's designee"],
      ),
    }),
    number("responseDays", "days", {
      label: "Days to answer a request",
      help: "Days the Agency has to provide a requested document or explain why it cannot.",
      required: true,
      max: 90,
      recommended: 5,
    }),
    yesNo("withholding", {
      label: "Standard term: the Agency may withhold or delay a document",
      help: "Yes prints that the Agency may withhold or delay a document when its release would harm an open investigation, put a person at risk, or breach state law on juvenile or criminal records.",
      recommended: true,
    }),
    yesNo("districtProtects", {
      label: "Standard term: documents received are protected as Education Records",
      help: "Yes prints that a document the District keeps in a student's file becomes part of the student's Education Record, and that the District protects it as FERPA requires and uses it only for the purpose for which it was requested.",
      recommended: true,
    }),
    longText("notes", { label: "Further terms on documentation" }),
  ],
  upgradeAnswers: (old) => ({ ...old, withholding: true, districtProtects: true }),
  departures: [
    {
      id: "district-governs",
      message: "District procedures govern the SRO's documentation.",
      recommendation:
        "NASRO recommends that the Agency's policies govern the SRO's documentation and reporting.",
      applies: (a) => a.governing === "district",
    },
    {
      id: "full-reports",
      message: "School staff may request full police reports.",
      recommendation:
        "Common practice gives schools summaries and statements, as reports on minors are often confidential under state law.",
      applies: (a) => includes(a, "requestable", "fullReport"),
    },
    {
      id: "slow-response",
      message: "The Agency may take more than 5 days to answer a request for documents.",
      recommendation: "Common practice is an answer within about 5 days, so the District can act in time.",
      applies: (a) => (num(a, "responseDays") ?? 0) > 5,
    },
  ],
});
