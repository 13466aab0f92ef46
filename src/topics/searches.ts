import { defineTopic } from "./define";
import { choice, longText, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "searches",
  title: "Searches of Students",
  group: "Conduct",
  required: false,
  sources: [
    PRACTICE,
    { name: "New Jersey v. T.L.O., 469 U.S. 325 (1985)" },
    { name: "Safford Unified School District v. Redding, 557 U.S. 364 (2009)" },
  ],
  summary:
    "The US Supreme Court held in New Jersey v. T.L.O. that school staff may search a student when they have reasonable suspicion, a lower bar than the probable cause a police officer normally needs. Many agreements therefore keep the two kinds of search apart. Staff carry out school searches under district policy, and the SRO searches only as a police officer, on probable cause. The SRO does not search a student just because staff asked, since that would let a police search pass under the lower school standard. In Safford v. Redding the Court found a strip search of a student unreasonable without a specific danger, and many agreements rule out strip searches at school altogether.",
  signals: [
    "search",
    "searches",
    "reasonable suspicion",
    "probable cause to search",
    "locker",
    "backpack",
    "pat-down",
    "frisk",
    "seizure",
    "contraband",
  ],
  fields: [
    yesNo("schoolSearchStandard", {
      label:
        "Standard term: District staff carry out School Searches on reasonable suspicion, as a District matter",
      help: "Yes prints that District staff may carry out a School Search when they have reasonable suspicion that it will turn up evidence of a breach of the law or of School rules, and that the District is responsible for each School Search. No leaves it out.",
      recommended: true,
    }),
    choice("sroStandard", {
      label: "Standard for a search by the SRO",
      help: "The legal ground the SRO needs before searching a student.",
      required: true,
      options: opts(
        ["probable-cause", "Probable cause, with a warrant or under a recognized exception"],
        ["reasonable-suspicion", "Reasonable suspicion when acting with School staff, where courts allow"],
      ),
      recommended: "probable-cause",
    }),
    yesNo("noSearchForStaff", {
      label: "No searches at staff request",
      help: "Yes if the SRO does not search a student because School staff ask, and the District instructs staff not to ask. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("sroInSchoolSearch", {
      label: "SRO's role in a School Search",
      help: "Whether the SRO is present at, or helps with, a search that District staff carry out.",
      required: true,
      options: opts(
        ["safety", "May stand by for safety; takes no part in the search"],
        ["none", "Takes no part and is not present"],
        ["assist", "May help District staff carry out the search"],
      ),
      recommended: "safety",
    }),
    yesNo("noStripSearch", {
      label: "No strip searches at School",
      help: "Yes if the SRO does not strip search a student on School property. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("evidenceToSro", {
      label: "Evidence handed to the SRO",
      help: "Yes if staff give the SRO any weapon, drugs or other evidence of a crime that a School Search turns up, and the SRO takes custody of it. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("adminNotice", {
      label: "Administrator told of SRO searches",
      help: "Yes if the SRO tells a School administrator of each search the SRO makes of a student at School, unless that would put a person at risk or harm an open investigation. No leaves the MOU silent on it.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on searches",
      help: "Optional wording, for example on searches of lockers, vehicles or phones.",
    }),
  ],
  departures: [
    {
      id: "sro-reasonable-suspicion",
      message: "The SRO may search a student on reasonable suspicion when acting with School staff.",
      recommendation: "Many agreements hold the SRO to probable cause, the standard for a police search.",
      applies: (a) => a.sroStandard === "reasonable-suspicion",
    },
    {
      id: "search-at-staff-request",
      message: "The MOU does not keep the SRO from searching a student at the request of School staff.",
      recommendation:
        "Common practice is that the SRO searches only on the SRO's own grounds, so staff cannot sidestep the warrant rule.",
      applies: (a) => a.noSearchForStaff === false,
    },
    {
      id: "sro-assists-school-search",
      message: "The SRO may help District staff carry out a School Search.",
      recommendation: "Common practice limits the SRO to standing by for safety during a School Search.",
      applies: (a) => a.sroInSchoolSearch === "assist",
    },
    {
      id: "strip-search-allowed",
      message: "The MOU does not rule out strip searches of students on School property.",
      recommendation: "Many agreements rule out strip searches at school (see Safford v. Redding).",
      applies: (a) => a.noStripSearch === false,
    },
  ],
  // Before schema 4 the sentence on School Searches by District staff always printed.
  upgradeAnswers: (old) => ({ ...old, schoolSearchStandard: old.schoolSearchStandard ?? true }),
  terms: [
    {
      term: "School Search",
      definition:
        "a search of a student, or of a student's belongings, locker or vehicle, that District staff carry out under District policy",
    },
  ],
});
