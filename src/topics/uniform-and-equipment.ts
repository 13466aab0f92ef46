import { defineTopic } from "./define";
import { choice, longText, opts, text, yesNo } from "./fields";
import { NASRO } from "./sources";

export default defineTopic({
  id: "uniform-and-equipment",
  title: "Uniform and Equipment",
  group: "Equipment",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO recommends that students, staff and visitors can tell at a glance that the SRO is a law enforcement officer. The uniform itself is a matter of Agency policy, and the MOU should say which one the SRO wears: the full patrol uniform, a softer polo-style uniform, or another agreed outfit. Whatever the uniform, NASRO expects the SRO to carry the equipment of a patrol officer and strongly encourages body armor. An officer who looks like any other adult on campus, or who works without protection, is harder to find in an emergency and more exposed in one.",
  signals: [
    "uniform",
    "plain clothes",
    "attire",
    "badge",
    "clearly identifiable",
    "body armor",
    "duty uniform",
    "dress",
    "polo",
  ],
  fields: [
    choice("uniform", {
      label: "Uniform",
      help: "The uniform the SRO wears at School, as the policy of the SRO's employer allows.",
      required: true,
      options: opts(
        ["patrol", "Standard patrol uniform"],
        ["soft", "Soft uniform: polo-style shirt with the employer's badge and insignia"],
        ["other", "Other uniform, described below"],
      ),
    }),
    text("uniformDescription", {
      label: "Description of the uniform",
      help: 'A short phrase that completes "the SRO shall wear …", e.g. "a navy polo shirt with badge and name tape, and tactical trousers".',
      required: true,
      when: (a) => a.uniform === "other",
    }),
    yesNo("identifiable", {
      label: "SRO clearly identifiable as police",
      help: "Yes prints that the SRO wears a uniform that clearly identifies the SRO as an officer of the employer, with a visible badge, the employer's name and its insignia. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("bodyArmor", {
      label: "Body armor worn on duty",
      help: "Yes prints that the SRO wears body armor approved by the employer while on duty at a School, whatever the uniform. No leaves it to the employer's policy, and the MOU silent.",
      required: true,
      recommended: true,
    }),
    yesNo("patrolEquipment", {
      label: "Duty equipment of a patrol officer",
      help: "Yes prints that the SRO carries the duty equipment the employer's policy requires of an officer on patrol, including a radio. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    text("otherAttire", {
      label: "Occasions for other attire",
      help: 'Optional: events where the SRO may, with a supervisor\'s approval, wear other attire the employer approves, e.g. "graduation ceremonies and spirit days".',
    }),
    longText("notes", {
      label: "Further terms on uniform and equipment",
      help: "Optional wording, for example who pays for a soft uniform.",
    }),
  ],
  departures: [
    {
      id: "not-identifiable",
      message: "The MOU does not require the SRO's uniform to identify the SRO as a law enforcement officer.",
      recommendation:
        "NASRO recommends that the SRO be clearly identifiable as law enforcement at all times.",
      applies: (a) => a.identifiable === false,
    },
    {
      id: "no-body-armor",
      message: "The MOU does not call for the SRO to wear body armor at School.",
      recommendation: "NASRO strongly encourages body armor for the SRO, whichever uniform is chosen.",
      applies: (a) => a.bodyArmor === false,
    },
    {
      id: "not-patrol-equipment",
      message: "The MOU does not require the SRO to carry the duty equipment of a patrol officer.",
      recommendation: "NASRO recommends that the SRO carry equipment consistent with a patrol assignment.",
      applies: (a) => a.patrolEquipment === false,
    },
  ],
});
