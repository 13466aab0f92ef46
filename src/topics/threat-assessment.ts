import { defineTopic, has, includes } from "./define";
import { choice, longText, multi, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const lacks = (a: Answers, key: string, value: string): boolean => has(a, key) && !includes(a, key, value);

export default defineTopic({
  id: "threat-assessment",
  title: "Threat Assessment",
  group: "Collaboration",
  required: true,
  sources: [NASRO, PRACTICE, { name: "Salem-Keizer Student Threat Assessment System (Oregon)" }],
  summary:
    "NASRO recommends that threats of violence be assessed by a multidisciplinary team that brings together School staff, mental health professionals and law enforcement. The Salem-Keizer system, developed in Oregon, is a well-known example, with a team at each School backed by a District-level team. The team decides whether a student poses a real threat and builds a plan that links the student to support, such as counseling, community mental health care, a juvenile services partner or restorative practices, rather than relying on punishment alone. The SRO brings a police view of the risk and can act at once when a threat is imminent.",
  signals: [
    "threat assessment",
    "threat",
    "behavioral threat",
    "assessment team",
    "multidisciplinary",
    "risk",
    "targeted violence",
    "threats of violence",
  ],
  fields: [
    choice("teamLevel", {
      label: "Level of the teams",
      help: "Where the District keeps Threat Assessment Teams.",
      required: true,
      options: opts(
        ["school", "at each School"],
        ["district", "for the whole District"],
        ["both", "at each School, backed by a District-level team for complex cases"],
      ),
    }),
    text("model", {
      label: "Threat assessment model",
      help: "Optional: the model the teams follow, e.g. the Salem-Keizer Student Threat Assessment System.",
    }),
    multi("members", {
      label: "Members of each team",
      help: "Tick each kind of member. NASRO recommends School, mental health and law enforcement members.",
      required: true,
      options: opts(
        ["administrator", "a School administrator"],
        ["mentalHealth", "a school counselor, psychologist or social worker"],
        ["lawEnforcement", "the SRO or another Agency officer"],
        ["teacher", "a teacher who knows the student"],
        ["specialEducation", "special education staff when the student has a disability"],
      ),
      recommended: ["administrator", "mentalHealth", "lawEnforcement"],
    }),
    multi("sroRole", {
      label: "SRO's role on the team",
      help: "What the SRO does as a team member.",
      required: true,
      when: (a) => includes(a, "members", "lawEnforcement"),
      options: opts(
        ["attend", "attend team meetings as a standing member"],
        ["advise", "advise on the law and on whether a threat calls for police action"],
        ["records", "check Agency records, as the law allows, for prior incidents and access to weapons"],
        ["safety", "carry out the safety steps of the team's plan that need an officer"],
      ),
      recommended: ["attend", "advise", "records", "safety"],
    }),
    yesNo("referThreats", {
      label: "District refers threats that may involve a crime to the Agency",
      help: "Yes prints that the District refers to the Agency without delay any threat that may involve a crime or a risk of serious harm.",
      recommended: true,
      when: (a) => lacks(a, "members", "lawEnforcement"),
    }),
    multi("supports", {
      label: "Support and alternatives for students",
      help: "What the team may connect a student to.",
      required: true,
      options: opts(
        ["counseling", "School counseling and mental health services"],
        ["community", "community mental health providers"],
        ["juvenile", "a juvenile services or diversion partner"],
        ["restorative", "restorative practices"],
      ),
      recommended: ["counseling", "community", "juvenile", "restorative"],
    }),
    text("partner", {
      label: "Juvenile services partner",
      help: "Optional: the name of the partner, e.g. the County Juvenile Department.",
      when: (a) => includes(a, "supports", "juvenile"),
    }),
    yesNo("imminentThreat", {
      label: "Standard term: the SRO acts at once on an imminent threat",
      help: "Yes prints that the SRO acts at once on an imminent threat of harm, whether or not a Threat Assessment Team has met.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on threat assessment",
      help: "Optional wording, for example how a team records its decisions.",
    }),
  ],
  upgradeAnswers: (old) =>
    lacks(old as Answers, "members", "lawEnforcement")
      ? { ...old, referThreats: true, imminentThreat: true }
      : { ...old, imminentThreat: true },
  departures: [
    {
      id: "no-mental-health-member",
      message: "The Threat Assessment Team has no mental health member.",
      recommendation:
        "NASRO recommends a multidisciplinary team with mental health professionals, as in the Salem-Keizer model.",
      applies: (a) => lacks(a, "members", "mentalHealth"),
    },
    {
      id: "no-law-enforcement-member",
      message: "The Threat Assessment Team has no law enforcement member.",
      recommendation: "NASRO recommends a multidisciplinary team that includes law enforcement.",
      applies: (a) => lacks(a, "members", "lawEnforcement"),
    },
    {
      id: "no-school-member",
      message: "The Threat Assessment Team has no School administrator.",
      recommendation: "NASRO recommends a multidisciplinary team that includes School staff.",
      applies: (a) => lacks(a, "members", "administrator"),
    },
    {
      id: "no-restorative-link",
      message: "The team has no link to a juvenile services partner or restorative practices.",
      recommendation:
        "NASRO points to links with support programs and restorative alternatives, such as a juvenile services partner.",
      applies: (a) => lacks(a, "supports", "juvenile") && lacks(a, "supports", "restorative"),
    },
  ],
  terms: [
    {
      term: "Threat Assessment Team",
      definition:
        "a team, kept by the District under this MOU, that assesses reported threats of harm at a School and plans the response and the support for the student involved",
    },
  ],
});
