import { allOf, postedOnline } from "./checks";
import { defineProfile, need, source } from "./define";
import { num } from "../topics/define";

const P = "§ 10-233p";
const M = "§ 10-233m";
const CASETEXT = "casetext.com copy of Conn. Gen. Stat. § 10-233p (cga.ct.gov text not found)";
const BILL =
  "summaries of Substitute SB 1095 (2023), which became PA 23-167 amending § 10-233m (fastdemocracy.com, legiplex.com) and district policies citing it; the statute's text was not found";
const p = (summary: string) =>
  source(`Conn. Gen. Stat. ${P}`, summary, CASETEXT, { secondary: "casetext.com's copy of the statute" });
const m = (summary: string) =>
  source(`Conn. Gen. Stat. ${M} (as amended by PA 23-167)`, summary, BILL, {
    secondary: "bill summaries of SB 1095 (2023)",
  });
const LAW = "Connecticut law";
const GROUPS = ["race", "ethnicity", "gender", "age", "disability"] as const;
const EVENTS = ["searches", "questioning", "citations", "arrests"] as const;

export const CONNECTICUT = defineProfile({
  id: "connecticut",
  label: "Connecticut",
  name: "Connecticut General Statutes §§ 10-233m and 10-233p",
  citation: "Conn. Gen. Stat. §§ 10-233m, 10-233p",
  summary:
    "The MOU defines the SRO's role, includes a graduated-response model for discipline, sets procedures for restraint, firearm use and school-based arrests, has SROs take the district's social-emotional learning and restorative-practice training, and is posted on the district's and the school's websites (§ 10-233m, as amended by PA 23-167; read only in summaries). Within 5 school days the SRO reports each investigation or intervention that escalates to violence or is a crime to the chief of police (straight to the superintendent only when the chief is not certified), with each student's race, ethnicity, gender, age and disability status and whether the student was searched, told of their rights, cited or arrested; the chief sends the reports on at least monthly (§ 10-233p).",
  required: [
    need("staff-calls", m("The MOU includes a graduated-response model for student discipline.")),
    need("force-and-restraint", m("The MOU sets the SRO's duties and procedures for restraining students.")),
    need("armed-sro", m("The MOU sets the SRO's duties and procedures for the use of firearms.")),
    need(
      "citations-and-arrests",
      m("The MOU sets the SRO's duties and procedures for school-based arrests."),
    ),
    need(
      "publication",
      m("The MOU is posted on the district's website and the website of the school served."),
    ),
    need(
      "data-and-reporting",
      p("Each SRO reports investigations and interventions that escalate to violence or are crimes."),
    ),
  ],
  reviewEveryYears: null,
  checks: [
    {
      topicId: "staff-calls",
      message: "Connecticut law requires a graduated-response model: answer Yes to it.",
      fails: (a) => a.graduatedResponse !== true,
      source: m("The MOU includes a graduated-response model for student discipline."),
    },
    postedOnline(LAW, m("The MOU is posted on the district's website and the website of the school served.")),
    {
      topicId: "publication",
      message:
        "Connecticut law has the MOU posted on the website of each School with an SRO as well: answer Yes to posting it on each School's website.",
      // when the MOU is not posted at all, the check above says so
      fails: (a) => a.post === true && a.schoolSites !== true,
      source: m("The MOU is posted on the website of each school where an SRO is assigned, too."),
    },
    {
      topicId: "training",
      message:
        "Connecticut law has each SRO complete the District's training in social-emotional learning and restorative practices: answer Yes to it.",
      fails: (a) => a.districtClimateTraining !== true,
      source: m(
        "SROs complete the SEL and restorative-practice training the district gives its certified staff.",
      ),
    },
    {
      topicId: "data-and-reporting",
      message:
        "Connecticut law has each SRO report to the chief of police, who forwards the reports to the Superintendent: answer Yes to the SRO reporting to the chief.",
      fails: (a) => a.reportToChief !== true,
      source: p(
        "The SRO reports to the chief of police, who forwards to the superintendent (direct only when the chief is not POST-certified).",
      ),
    },
    {
      topicId: "data-and-reporting",
      message: "Connecticut law requires each report within 5 school days: set 5 days or fewer.",
      fails: (a) => (num(a, "entryDays") ?? Infinity) > 5,
      source: p("The SRO reports within 5 school days after the investigation or intervention."),
    },
    {
      topicId: "data-and-reporting",
      message: "Connecticut law requires the chief to send the reports on at least monthly: choose Monthly.",
      fails: (a) => a.frequency !== "monthly",
      source: p("The chief forwards the reports to the superintendent at least monthly."),
    },
    {
      topicId: "data-and-reporting",
      message:
        "Connecticut law requires each student's race, ethnicity, gender, age and disability status in each report: choose all five.",
      fails: (a) => !allOf(a, "demographics", GROUPS),
      source: p("Each report gives every student's race, ethnicity, gender, age and disability status."),
    },
    {
      topicId: "data-and-reporting",
      message:
        "Connecticut law requires each report to say whether a student was searched, told of their rights, cited or arrested: record searches, questioning, citations and arrests.",
      fails: (a) => !allOf(a, "events", EVENTS),
      source: p("Each report says whether a student was searched, told of their rights, cited or arrested."),
    },
  ],
});
