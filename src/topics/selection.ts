import { defineTopic, has, includes, num } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, NASRO_FAQ } from "./sources";

export default defineTopic({
  id: "selection",
  title: "Selection of SROs",
  group: "People",
  required: true,
  sources: [NASRO, NASRO_FAQ],
  summary:
    "NASRO recommends that the Agency and the District agree on a defined process for choosing SROs, with school administrators taking part, including in the interviews, wherever they can. NASRO suggests at least 3 years of law enforcement experience, a shown wish to build good relationships with young people, and strong spoken and written communication. Its FAQ adds that the assignment should go only to volunteers with no discipline or complaints involving youth on their record. A careful joint choice matters because the officer's fit with the school shapes the whole program.",
  signals: [
    "selection",
    "select",
    "interview",
    "candidates",
    "years of experience",
    "law enforcement experience",
    "volunteer",
    "qualifications",
    "eligible",
    "selection panel",
    "hiring",
  ],
  fields: [
    choice("selectionProcess", {
      label: "Selection process",
      help: "Who chooses the officer who becomes an SRO.",
      required: true,
      options: opts(
        ["joint", "Joint: the Agency and the District select together"],
        ["consult", "The Agency selects after consulting the District"],
        ["agency", "The Agency selects alone"],
      ),
      recommended: "joint",
    }),
    yesNo("adminInterviews", {
      label: "School administrators on the interview panel",
      help: "Yes if the District names administrators to take part in interviews of SRO candidates.",
      required: true,
      recommended: true,
      when: (a) => a.selectionProcess !== "agency",
    }),
    yesNo("districtMayDecline", {
      label: "District may decline a candidate",
      help: "Yes if the District may turn down a proposed SRO for stated reasons, so that the Agency proposes another.",
      when: (a) => a.selectionProcess !== "agency",
    }),
    number("minYearsExperience", "integer", {
      label: "Minimum years of law enforcement experience",
      help: "Years of sworn service a candidate needs. NASRO suggests at least 3.",
      required: true,
      min: 1,
      max: 30,
      recommended: 3,
    }),
    yesNo("volunteersOnly", {
      label: "Volunteers only",
      help: "Yes if only officers who ask for the SRO assignment may be chosen. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("cleanYouthRecord", {
      label: "No youth-related discipline or complaints",
      help: "Yes if a candidate must have no disciplinary action or complaint involving a young person on record.",
      required: true,
      recommended: true,
    }),
    multi("qualities", {
      label: "Other qualifications",
      help: "Further qualities every candidate must show.",
      options: opts(
        ["youth", "Shown commitment to positive relationships with young people"],
        ["communication", "Strong spoken and written communication skills"],
        ["collaboration", "Ability to work with school staff, families and community partners"],
      ),
      recommended: ["youth", "communication"],
    }),
    longText("notes", {
      label: "Further terms on selection",
      help: "Optional wording, for example who sits on the interview panel or how a shortlist is shared.",
    }),
  ],
  departures: [
    {
      id: "no-school-role-in-selection",
      message: "The Agency selects SROs with no school role in selection.",
      recommendation:
        "NASRO recommends a selection process agreed by both Parties, with school administrators taking part.",
      applies: (a) => a.selectionProcess === "agency",
    },
    {
      id: "administrators-not-interviewing",
      message: "School administrators do not take part in interviews of SRO candidates.",
      recommendation: "NASRO recommends that school administrators join the interviews where possible.",
      applies: (a) => a.selectionProcess !== "agency" && a.adminInterviews === false,
    },
    {
      id: "less-than-3-years",
      message: "A candidate may have less than 3 years of law enforcement experience.",
      recommendation: "NASRO recommends at least 3 years of law enforcement experience.",
      applies: (a) => (num(a, "minYearsExperience") ?? 3) < 3,
    },
    {
      id: "not-volunteers",
      message: "Officers who did not volunteer may be assigned as SROs.",
      recommendation: "NASRO's FAQ recommends that only volunteers be assigned as SROs.",
      applies: (a) => a.volunteersOnly === false,
    },
    {
      id: "youth-record-allowed",
      message: "A candidate may have discipline or complaints involving young people on record.",
      recommendation:
        "NASRO's FAQ recommends choosing only officers with no youth-related discipline or complaints.",
      applies: (a) => a.cleanYouthRecord === false,
    },
    {
      id: "qualities-incomplete",
      message: "The qualifications leave out relationships with young people or communication skills.",
      recommendation:
        "NASRO recommends both a shown willingness to work well with youth and excellent communication.",
      applies: (a) =>
        has(a, "qualities") &&
        !(includes(a, "qualities", "youth") && includes(a, "qualities", "communication")),
    },
  ],
});
