import { defineTopic } from "./define";
import { choice, longText, yesNo, opts } from "./fields";
import { NASRO, NASRO_FAQ } from "./sources";

export default defineTopic({
  id: "formal-discipline",
  title: "Formal School Discipline",
  group: "Roles",
  required: true,
  sources: [NASRO, NASRO_FAQ],
  summary:
    "NASRO recommends that the SRO take no part in formal school discipline. Detention, suspension and expulsion are decisions for school staff alone. The SRO may tell an administrator what was seen or heard, but should not act as the disciplinarian. NASRO also notes that a trained SRO does not arrest a student for conduct that staff would treat as a school discipline matter if no officer were present.",
  signals: [
    "school discipline",
    "disciplinary",
    "formal discipline",
    "code of conduct",
    "student code",
    "suspension",
    "expulsion",
    "detention",
    "discipline of students",
    "administrative matter",
    "disciplinary action",
  ],
  fields: [
    choice("sroRole", {
      label: "SRO's role in Formal Discipline",
      help: "Who decides detention, suspension and expulsion.",
      required: true,
      options: opts(
        ["none", "No role: discipline is for school staff alone"],
        ["witness", "May report facts and give a statement to administrators; takes no part in the decision"],
        ["administers", "May administer discipline when a School administrator asks"],
      ),
      recommended: "witness",
    }),
    yesNo("noArrestForDiscipline", {
      label: "No Enforcement Action for conduct that is only a school-rule violation",
      help: "Yes if the SRO does not arrest or cite a student for conduct staff would handle as discipline if no officer were present. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on discipline",
      help: "Optional wording, for example how an administrator asks the SRO for a statement.",
    }),
  ],
  departures: [
    {
      id: "sro-administers-discipline",
      message: "The SRO may administer formal school discipline.",
      recommendation: "NASRO recommends that formal discipline remain with school staff alone.",
      applies: (a) => a.sroRole === "administers",
    },
    {
      id: "enforcement-for-school-rules",
      message:
        "The MOU does not rule out enforcement action for conduct that is only a school-rule violation.",
      recommendation:
        "NASRO notes that trained SROs do not arrest students for conduct staff would handle as discipline.",
      applies: (a) => a.noArrestForDiscipline === false,
    },
  ],
  terms: [
    {
      term: "Formal Discipline",
      definition:
        "a disciplinary consequence imposed by the District under its code of conduct, including detention, suspension and expulsion",
    },
  ],
});
