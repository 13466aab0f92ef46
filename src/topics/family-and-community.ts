import { defineTopic } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "family-and-community",
  title: "Families and Community",
  group: "Collaboration",
  required: false,
  sources: [
    PRACTICE,
    NASRO,
    { name: "Revised Code of Washington § 28A.320.124" },
    { name: "Virginia Code § 22.1-280.2:3" },
  ],
  summary:
    "Many agreements require the District to explain the SRO's role to students and families at the start of each school year, so that everyone knows what the officer does and does not do. Some also survey students, families and staff about the program and use the results when the MOU is reviewed. Washington law requires the yearly review to involve parents, students and the community, and Virginia law requires public notice and a chance for public comment at each review. NASRO's emphasis on trusting relationships between officers and students is the reason behind these steps.",
  signals: [
    "families",
    "parents",
    "community",
    "survey",
    "public input",
    "community meeting",
    "stakeholders",
    "students and families",
    "outreach",
    "feedback from",
  ],
  fields: [
    yesNo("explainRole", {
      label: "Yearly explanation of the SRO's role",
      help: "Yes prints that the District explains the SRO's role, and its limits, to students and families at the start of each school year. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    multi("explainHow", {
      label: "Ways the role is explained",
      help: "Tick each way the District explains the SRO's role.",
      required: true,
      when: (a) => a.explainRole === true,
      options: opts(
        ["handbook", "the student handbook"],
        ["website", "the District's website"],
        ["letter", "a letter or message to families"],
        ["event", "a back-to-school event or student orientation"],
      ),
      recommended: ["handbook", "website", "letter"],
    }),
    yesNo("translated", {
      label: "Materials in families' languages",
      help: "Optional: yes if the District gives the explanation in the main languages spoken by its families.",
      when: (a) => a.explainRole === true,
      recommended: true,
    }),
    yesNo("surveys", {
      label: "Surveys of students, families and staff",
      help: "Yes prints that the District surveys students, families and staff about the SRO program and shares the results with the Agency before the next review of the MOU. No leaves the MOU silent on surveys.",
      required: true,
      recommended: true,
    }),
    choice("surveyFrequency", {
      label: "Frequency of surveys",
      help: "How often the surveys take place.",
      required: true,
      when: (a) => a.surveys === true,
      options: opts(["yearly", "each school year"], ["twoYears", "every 2 school years"]),
      recommended: "yearly",
    }),
    yesNo("publicInput", {
      label: "Public input when the MOU is reviewed",
      help: "Yes prints that the District invites comment from students, families and the public before the Parties finish each review, and that the Parties consider the comments before they amend or confirm the MOU. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    multi("inputMethods", {
      label: "Ways the public gives input",
      help: "Tick each way the public may comment on the MOU.",
      required: true,
      when: (a) => a.publicInput === true,
      options: opts(
        ["boardMeeting", "a public meeting of the school board"],
        ["comment", "a written public comment period"],
        ["forum", "a community forum"],
        ["advisory", "an advisory group of students, families and staff"],
      ),
      recommended: ["boardMeeting", "comment"],
    }),
    number("commentDays", "days", {
      label: "Length of the comment period",
      help: "Optional: how many days the written comment period stays open, e.g. 30.",
      when: (a) =>
        a.publicInput === true && Array.isArray(a.inputMethods) && a.inputMethods.includes("comment"),
      max: 180,
    }),
    longText("notes", {
      label: "Further terms on families and community",
      help: "Optional wording, for example how survey results are published.",
    }),
  ],
  departures: [
    {
      id: "role-not-explained",
      message:
        "The MOU does not provide for the District to explain the SRO's role to students and families each year.",
      recommendation:
        "Many agreements explain the SRO's role to students and families at the start of every school year.",
      applies: (a) => a.explainRole === false,
    },
    {
      id: "not-translated",
      message: "The MOU does not provide for the explanation of the SRO's role in families' languages.",
      recommendation:
        "Common practice is to give family notices in the main languages spoken by District families.",
      applies: (a) => a.explainRole === true && a.translated === false,
    },
    {
      id: "no-surveys",
      message: "The MOU does not provide for surveys of students, families and staff about the program.",
      recommendation:
        "Many agreements use surveys to learn how students, families and staff see the program.",
      applies: (a) => a.surveys === false,
    },
    {
      id: "surveys-less-than-yearly",
      message: "Surveys take place every 2 school years.",
      recommendation: "A survey every year gives the yearly MOU review current information.",
      applies: (a) => a.surveys === true && a.surveyFrequency === "twoYears",
    },
    {
      id: "no-public-input",
      message: "The MOU does not provide for public input when it is reviewed.",
      recommendation:
        "Washington and Virginia law require community input at each review; many agreements invite it everywhere.",
      applies: (a) => a.publicInput === false,
    },
  ],
});
