import { defineTopic, has, includes } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const lacks = (a: Answers, key: string, value: string): boolean => has(a, key) && !includes(a, key, value);

export default defineTopic({
  id: "emergency-planning",
  title: "Emergency Planning and Drills",
  group: "Collaboration",
  required: false,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the SRO and the Schools plan for crises together and practice the plans in drills. Many agreements go further: the District shares floor plans, site maps and a way into locked buildings with the Agency, and Agency officers walk through each School so responders know it before an emergency. Joint exercises with patrol officers test how School staff and police work together. Planning ahead saves minutes in a real emergency, when those minutes matter most.",
  signals: [
    "emergency",
    "crisis",
    "drills",
    "lockdown",
    "evacuation",
    "emergency operations plan",
    "safety plan",
    "floor plans",
    "walkthrough",
    "critical incident",
    "reunification",
  ],
  fields: [
    yesNo("jointPlans", {
      label: "Joint crisis plans",
      help: "Yes prints that the District and the Agency prepare each School's crisis and emergency plans together and review them together before each school year. No leaves the MOU silent on crisis plans.",
      required: true,
      recommended: true,
    }),
    multi("drills", {
      label: "Drills the SRO takes part in",
      help: "Tick each kind of drill in which the SRO takes part when on campus.",
      required: true,
      options: opts(
        ["lockdown", "lockdown drills"],
        ["evacuation", "fire and evacuation drills"],
        ["shelter", "shelter-in-place drills"],
        ["reunification", "family reunification drills"],
      ),
      recommended: ["lockdown", "evacuation", "shelter", "reunification"],
    }),
    number("lockdownDrills", "integer", {
      label: "Lockdown drills per school year",
      help: "Optional: how many lockdown drills each School holds each school year. Check the minimum under state law.",
      min: 1,
      max: 20,
    }),
    number("jointExercises", "integer", {
      label: "Joint exercises with Agency responders per year",
      help: "How many drills or tabletop exercises each year include Agency patrol officers and other responders. Enter 0 for none: the MOU then says nothing about joint exercises.",
      required: true,
      max: 20,
      recommended: 1,
    }),
    yesNo("sharePlans", {
      label: "Building plans shared with the Agency",
      help: "Yes if the District gives the Agency building information for emergency response.",
      required: true,
      recommended: true,
    }),
    multi("sharedItems", {
      label: "Building information shared",
      help: "Tick what the District gives the Agency.",
      required: true,
      when: (a) => a.sharePlans === true,
      options: opts(
        ["floorPlans", "current floor plans with room numbers"],
        ["siteMaps", "site maps with entrances and parking"],
        ["access", "keys or access cards held in a secure box for responders"],
        ["shutoffs", "the locations of utility shut-offs and alarm panels"],
      ),
      recommended: ["floorPlans", "siteMaps", "access", "shutoffs"],
    }),
    yesNo("plansSecure", {
      label: "Agency keeps building information secure",
      help: "Yes prints that the Agency keeps the building information secure and uses it only for emergency planning and response.",
      recommended: true,
      when: (a) => a.sharePlans === true,
    }),
    number("updateDays", "days", {
      label: "Period to share changed plans",
      help: "Optional: days after a building change within which the District sends updated plans, e.g. 30.",
      when: (a) => a.sharePlans === true,
      max: 365,
    }),
    choice("walkthroughs", {
      label: "Walkthroughs for Agency officers",
      help: "How often Agency patrol officers walk through each School to learn its layout.",
      required: true,
      options: opts(
        ["yearly", "at least once each school year"],
        ["semester", "at least once each semester"],
        ["none", "no walkthroughs arranged"],
      ),
      recommended: "yearly",
    }),
    longText("notes", {
      label: "Further terms on emergency planning",
      help: "Optional wording, for example the radio channel used in a School emergency.",
    }),
  ],
  upgradeAnswers: (old) => (old.sharePlans === true ? { ...old, plansSecure: true } : { ...old }),
  departures: [
    {
      id: "no-joint-plans",
      message: "The MOU does not provide for the District and the Agency to prepare crisis plans together.",
      recommendation:
        "NASRO recommends joint crisis and emergency planning between the SRO program partners.",
      applies: (a) => a.jointPlans === false,
    },
    {
      id: "no-lockdown-drills",
      message: "The SRO takes no part in lockdown drills.",
      recommendation:
        "NASRO recommends that the SRO take part in School drills; lockdown drills involve police most directly.",
      applies: (a) => lacks(a, "drills", "lockdown"),
    },
    {
      id: "no-joint-exercises",
      message: "No drill or exercise each year includes Agency responders.",
      recommendation: "Many agreements hold at least 1 exercise with Agency responders each school year.",
      applies: (a) => a.jointExercises === 0,
    },
    {
      id: "plans-not-shared",
      message: "The MOU does not provide for the District to share building plans with the Agency.",
      recommendation:
        "Many agreements give responders current floor plans and site maps before an emergency.",
      applies: (a) => a.sharePlans === false,
    },
    {
      id: "no-walkthroughs",
      message: "No walkthroughs of the Schools are arranged for Agency officers.",
      recommendation:
        "Many agreements arrange a walkthrough of each School for Agency officers at least once a year.",
      applies: (a) => a.walkthroughs === "none",
    },
  ],
});
