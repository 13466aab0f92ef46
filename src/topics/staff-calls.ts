import { defineTopic, includes } from "./define";
import { choice, list, longText, multi, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "staff-calls",
  title: "When Staff Call on the SRO",
  group: "Roles",
  required: false,
  sources: [
    PRACTICE,
    NASRO,
    { name: "Connecticut General Statutes, section 10-233m" },
    { name: "Washington, RCW 28A.320.124" },
  ],
  summary:
    "Many agreements, and some state laws, say when School staff may ask the SRO to step in, so that officers are not drawn into ordinary discipline. A common approach is a graduated-response model: staff first use School responses such as a conference, a counseling referral or a restorative practice, and call on the SRO only for listed serious conduct or an immediate threat to safety. Connecticut law requires such a model in SRO agreements, and Washington law requires a policy on when staff may ask an SRO to intervene. A clear line protects students from needless police contact and keeps the SRO available for real safety matters.",
  signals: [
    "request the sro",
    "call upon",
    "staff may call",
    "graduated response",
    "school-based behavior",
    "referral to law enforcement",
    "intervene",
    "summon",
    "school matters",
    "behavioral issues",
    "teachers and administrators",
  ],
  fields: [
    yesNo("emergencyCalls", {
      label: "Standard term: any staff member may call the SRO or 911 at once in an emergency",
      help: 'Yes prints: "Any member of District staff may call the SRO or 911 at once when a person\'s safety is under imminent threat." No leaves it out.',
      recommended: true,
    }),
    yesNo("graduatedResponse", {
      label: "Graduated-response model",
      help: "Yes if staff use School responses first and refer to the SRO only for the conduct listed below or a threat to safety. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    list("schoolResponses", {
      label: "School responses used first",
      itemLabel: "Response",
      help: "Optional: the responses staff use before a referral, one per line, as phrases.",
      when: (a) => a.graduatedResponse === true,
      recommended: [
        "a conference with the student and a parent or guardian",
        "a referral to a counselor, social worker or psychologist",
        "a restorative practice, such as a mediated conversation or a restorative circle",
        "a behavior plan or other support for the student",
        "Formal Discipline under the District's code of conduct",
      ],
    }),
    multi("referralConduct", {
      label: "Conduct referred to the SRO",
      help: "The conduct for which staff may call on the SRO as a law enforcement matter.",
      required: true,
      options: opts(
        ["weapon", "possession or use of a firearm or other dangerous weapon"],
        ["assault", "an assault that causes or threatens serious bodily injury"],
        ["sexual", "a sexual assault"],
        ["threat", "a threat of serious violence against a School or a person"],
        ["drugs", "the sale or distribution of illegal drugs"],
        ["arson", "arson or the use of explosives"],
        ["robbery", "robbery or extortion"],
        ["minor", "lower-level offenses, such as fights without injury, theft or minor vandalism"],
      ),
      recommended: ["weapon", "assault", "sexual", "threat", "drugs", "arson", "robbery"],
    }),
    yesNo("noDisciplineCalls", {
      label: "No calls for discipline-only matters",
      help: "Yes if staff may not call on the SRO to enforce a School rule or handle a Formal Discipline matter. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("whoMayCall", {
      label: "Staff who may call on the SRO",
      help: "Who may ask the SRO to act when there is no emergency.",
      required: true,
      options: opts(
        ["administrator", "the principal or the principal's designee"],
        ["any", "any member of School staff"],
      ),
      recommended: "administrator",
    }),
    longText("notes", {
      label: "Further terms on calls to the SRO",
      help: "Optional wording, for example how a referral is recorded.",
    }),
  ],
  // Before schema 4 the sentence on emergency calls always printed.
  upgradeAnswers: (old) => ({ ...old, emergencyCalls: old.emergencyCalls ?? true }),
  departures: [
    {
      id: "no-graduated-response",
      message: "The MOU does not set a graduated-response model for referrals to the SRO.",
      recommendation:
        "Many agreements, and Connecticut law, have staff use School responses first and refer only listed serious conduct.",
      applies: (a) => a.graduatedResponse === false,
    },
    {
      id: "minor-offenses-referred",
      message: "Staff may refer lower-level offenses to the SRO.",
      recommendation:
        "Graduated-response models keep lower-level offenses within School responses and refer only serious conduct.",
      applies: (a) => includes(a, "referralConduct", "minor"),
    },
    {
      id: "discipline-calls-allowed",
      message:
        "The MOU does not keep staff from calling on the SRO for matters that are only School discipline.",
      recommendation: "NASRO and many agreements keep School discipline with School staff, without the SRO.",
      applies: (a) => a.noDisciplineCalls === false,
    },
    {
      id: "any-staff-may-call",
      message: "Any member of School staff may call on the SRO when there is no emergency.",
      recommendation:
        "Many agreements route non-emergency requests through the principal or a designee, for consistent referrals.",
      applies: (a) => a.whoMayCall === "any",
    },
  ],
});
