import { defineTopic } from "./define";
import { choice, list, longText, multi, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "enforcement-discretion",
  title: "Enforcement Action and Officer Discretion",
  group: "Roles",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that whether to arrest or cite anyone be the SRO's own decision, made within state law, local ordinances and the Agency's standard operating procedures. School staff do not make that call, but working with them and knowing a student's needs may properly shape it. Many agreements add that the SRO looks first to diversion, restorative practices or a School response, and keeps arrest and citation for conduct those cannot address. Settling this keeps the line of legal responsibility clear while steering students away from the justice system where safety allows.",
  signals: [
    "enforcement action",
    "discretion",
    "officer discretion",
    "probable cause",
    "criminal law",
    "state law",
    "violation of law",
    "law enforcement matter",
    "take into custody",
    "diversion",
    "restorative",
  ],
  fields: [
    choice("decisionMaker", {
      label: "Who decides on Enforcement Action",
      help: "Who makes the decision to arrest, cite or refer a student for prosecution.",
      required: true,
      options: opts(
        [
          "sro",
          "The SRO alone, within the law and the procedures of the SRO's employer; the District does not direct it",
        ],
        ["joint", "The SRO and a School administrator together"],
        ["administrator", "A School administrator"],
      ),
      recommended: "sro",
    }),
    yesNo("collaborationInforms", {
      label: "Staff input informs the decision",
      help: "Yes if the SRO may weigh what School staff know about the student's needs before deciding. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("diversionFirst", {
      label: "Alternatives considered first",
      help: "Yes if the SRO first considers diversion, restorative practices or a School response before Enforcement Action. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    multi("exceptions", {
      label: "Cases where alternatives need not come first",
      help: "Optional: cases in which the SRO may act at once. Cases where the law requires action are always excepted.",
      when: (a) => a.diversionFirst === true,
      options: opts(
        ["threat", "an imminent threat to a person's safety"],
        ["weapon", "a firearm or other dangerous weapon"],
        ["injury", "serious bodily injury"],
      ),
      recommended: ["threat", "weapon", "injury"],
    }),
    list("alternatives", {
      label: "Diversion and restorative programs",
      itemLabel: "Program",
      help: "Optional: programs the SRO may refer a student to, one per line, e.g. the county's youth diversion program.",
      when: (a) => a.diversionFirst === true,
    }),
    longText("notes", {
      label: "Further terms on Enforcement Action",
      help: "Optional wording, for example how the SRO records a decision to use an alternative.",
    }),
  ],
  departures: [
    {
      id: "school-staff-decide",
      message: "A School administrator decides whether the SRO takes Enforcement Action.",
      recommendation:
        "NASRO recommends that the decision to take enforcement action be the SRO's alone, within the law and agency procedures.",
      applies: (a) => a.decisionMaker === "administrator",
    },
    {
      id: "joint-decision",
      message: "The SRO and a School administrator decide together on Enforcement Action.",
      recommendation:
        "NASRO recommends that the SRO make the decision; collaboration with staff may inform it but not share it.",
      applies: (a) => a.decisionMaker === "joint",
    },
    {
      id: "no-staff-input",
      message: "The MOU does not let School staff input inform the SRO's decision.",
      recommendation:
        "NASRO notes that ongoing collaboration with staff and knowledge of a student's needs may inform the SRO's decision.",
      applies: (a) => a.collaborationInforms === false,
    },
    {
      id: "no-diversion-first",
      message: "The SRO need not consider diversion or restorative alternatives before Enforcement Action.",
      recommendation:
        "Many agreements have the SRO consider diversion and restorative alternatives before arrest or citation.",
      applies: (a) => a.diversionFirst === false,
    },
  ],
  terms: [
    {
      term: "Enforcement Action",
      definition:
        "an arrest, a citation or summons, a custodial detention, or a referral for prosecution or to a juvenile court, made by an SRO as a law enforcement officer",
    },
  ],
});
