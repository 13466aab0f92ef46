import { defineTopic } from "./define";
import { choice, longText, opts, text, yesNo } from "./fields";
import { NASRO_FAQ, PRACTICE } from "./sources";

export default defineTopic({
  id: "citations-and-arrests",
  title: "Citations and Arrests at School",
  group: "Roles",
  required: false,
  sources: [PRACTICE, NASRO_FAQ, { name: "Illinois, 105 ILCS 5/10-20.68" }],
  summary:
    "Many agreements limit how Enforcement Action is used against students at School. Common terms are: no ticket or citation for breaking a School rule that is not a crime, a referral to diversion for a first minor offense, an arrest made out of sight of other students where safety allows, and prompt notice to the principal and to the student's parent or guardian. Some state laws go further; Illinois, for example, restricts citations on school property from July 2026. NASRO's FAQ notes that trained SROs do not arrest students for conduct staff would treat as discipline. These terms keep students' contact with the courts to what safety and the law require.",
  signals: [
    "arrest",
    "citation",
    "ticket",
    "summons",
    "custodial arrest",
    "juvenile detention",
    "notify parents of an arrest",
    "taken into custody",
    "civil citation",
    "charge",
  ],
  fields: [
    yesNo("noSchoolRuleCitations", {
      label: "No citations for School-rule violations",
      help: "Yes if the SRO never cites or tickets a student for breaking a School rule that is not a crime. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("noMunicipalTickets", {
      label: "No tickets for municipal-code violations",
      help: "Yes if the SRO never issues a student a ticket, citation, fine or fee for breaking a municipal or county ordinance through conduct at a School or a School activity (Illinois requires this). No leaves the MOU silent on it.",
    }),
    yesNo("firstOffenseDiversion", {
      label: "Diversion for a first minor offense",
      help: "Yes if, for a student's first non-violent misdemeanor or lesser offense, the SRO refers the student to diversion instead of citing or charging, unless the law requires otherwise. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    text("diversionProgram", {
      label: "Diversion program",
      help: 'Optional: the program\'s name, as a phrase, e.g. "the County Youth Diversion Program".',
      when: (a) => a.firstOffenseDiversion === true,
    }),
    yesNo("discreetArrest", {
      label: "Arrests made out of sight of students",
      help: "Yes if the SRO, where safety allows, makes an arrest away from classrooms and other students.",
      recommended: true,
    }),
    choice("adminNotice", {
      label: "Notice to the principal",
      help: "When the SRO tells the principal of an arrest or citation of a student at School.",
      required: true,
      options: opts(
        ["before", "Before the arrest or citation, unless an emergency prevents it"],
        ["after", "As soon as practicable after the arrest or citation"],
      ),
      recommended: "before",
    }),
    choice("parentNotice", {
      label: "Notice to the parent or guardian",
      help: "Who tells the student's parent or guardian of an arrest or citation.",
      required: true,
      options: opts(
        ["agency", "The SRO, as soon as practicable"],
        ["district", "A School administrator, as soon as practicable, with the facts from the SRO"],
        ["none", "No notice provided for in the MOU"],
      ),
      recommended: "agency",
    }),
    longText("notes", {
      label: "Further terms on citations and arrests",
      help: "Optional wording, for example limits a state law sets on citations at School.",
    }),
  ],
  departures: [
    {
      id: "school-rule-citations",
      message: "The MOU does not rule out citations for School-rule violations that are not crimes.",
      recommendation:
        "Many agreements and some state laws bar tickets and citations for School-rule violations.",
      applies: (a) => a.noSchoolRuleCitations === false,
    },
    {
      id: "no-first-offense-diversion",
      message: "The MOU does not provide for diversion of a student's first minor offense.",
      recommendation:
        "Many agreements refer a student's first minor offense to diversion rather than to court.",
      applies: (a) => a.firstOffenseDiversion === false,
    },
    {
      id: "arrest-in-view",
      message: "The MOU does not ask the SRO to make arrests out of sight of other students.",
      recommendation: "Many agreements have the SRO arrest a student discreetly where safety allows.",
      applies: (a) => a.discreetArrest === false,
    },
    {
      id: "principal-told-after",
      message: "The principal learns of an arrest or citation only after it is made.",
      recommendation:
        "Many agreements have the SRO tell the principal before an arrest or citation at School, except in an emergency.",
      applies: (a) => a.adminNotice === "after",
    },
    {
      id: "no-parent-notice",
      message: "The MOU does not provide for notice to the parent or guardian.",
      recommendation:
        "Published agreements provide for prompt notice to the parent or guardian of a student who is arrested or cited.",
      applies: (a) => a.parentNotice === "none",
    },
  ],
});
