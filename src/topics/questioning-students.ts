import { defineTopic } from "./define";
import { choice, list, longText, multi, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "questioning-students",
  title: "Questioning of Students",
  group: "Conduct",
  required: false,
  sources: [NASRO, PRACTICE, { name: "Illinois School Code, 105 ILCS 5/22-88" }],
  summary:
    "Many agreements set out how the SRO questions a student who is suspected of a crime. The usual terms are that a parent or guardian is told before the questioning starts, except in an emergency, that a trusted adult from the school such as an administrator or counselor is in the room, and that the student is told of their rights in words suited to their age. Illinois law, for example, requires an attempt to reach the parent before a student under 18 who is suspected of a crime is detained and questioned at school. Some agreements also list questions the SRO does not ask, most often about the immigration status of the student or the family, so that families keep sending their children to school.",
  signals: [
    "questioning",
    "interview a student",
    "interrogation",
    "interviewing students",
    "miranda",
    "parent or guardian present",
    "notify the parent",
    "immigration status",
    "custodial interview",
    "rights advisement",
  ],
  fields: [
    choice("parentNotice", {
      label: "Notice to parent or guardian",
      help: "When a parent or guardian hears that the SRO will question a student under 18 about a suspected crime.",
      required: true,
      options: opts(
        ["before", "Before questioning, with a chance to be present; the SRO records the notice or attempt"],
        ["after", "As soon as practicable after questioning"],
        ["law", "Only when state law or the policy of the SRO's employer requires it"],
      ),
      recommended: "before",
    }),
    multi("noticeExceptions", {
      label: "Exceptions to prior notice",
      help: "Situations in which the SRO may question before a parent or guardian is reached.",
      when: (a) => a.parentNotice === "before",
      options: opts(
        ["emergency", "an immediate threat to the safety of any person"],
        ["abuse", "a suspected parent or guardian in a child abuse or neglect case"],
        ["evidence", "a risk that evidence will be destroyed or a suspect will flee"],
      ),
      recommended: ["emergency", "abuse"],
    }),
    yesNo("staffPresent", {
      label: "School staff member present",
      help: "Yes if a member of School staff, whom the District makes available without delay, stays with the student when no parent or guardian is present. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    multi("staffWho", {
      label: "Staff who may sit in",
      help: "The School staff who may be the adult present.",
      when: (a) => a.staffPresent === true,
      options: opts(
        ["administrators", "administrators"],
        ["counselors", "counselors"],
        ["socialWorkers", "social workers"],
        ["psychologists", "psychologists"],
        ["nurses", "nurses"],
      ),
      recommended: ["administrators", "counselors", "socialWorkers", "psychologists"],
    }),
    choice("rightsAdvice", {
      label: "Rights advisement",
      help: "When the SRO tells a student of their rights before questioning about a suspected crime.",
      required: true,
      options: opts(
        [
          "always",
          "Before every questioning about a suspected crime, in age-appropriate words, checking that the student understood",
        ],
        ["custodial", "Only when the questioning is custodial, as the law requires"],
      ),
      recommended: "always",
    }),
    yesNo("noDisciplineQuestioning", {
      label: "No questioning for school discipline",
      help: "Yes if the SRO does not question students to gather facts for a school discipline case, nor take part when staff do. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("noImmigrationQuestions", {
      label: "No questions on immigration status",
      help: "Yes if the SRO does not ask about the immigration or citizenship status of a student or the family. No leaves the MOU silent on it.",
      recommended: true,
    }),
    list("otherBarredQuestions", {
      label: "Other questions the SRO does not ask",
      itemLabel: "Subject",
      help: "Optional: other subjects the SRO leaves out of questioning.",
    }),
    longText("notes", {
      label: "Further terms on questioning",
      help: "Optional wording, for example where questioning takes place.",
    }),
  ],
  terms: [
    {
      term: "Questioning",
      definition:
        "the questioning of a student by an SRO on School property about the student's own part in conduct that may be a crime",
    },
  ],
  departures: [
    {
      id: "notice-after-questioning",
      message: "A parent or guardian may first hear of the questioning after it has taken place.",
      recommendation:
        "Many agreements, and laws such as Illinois's, call for notice before questioning except in an emergency.",
      applies: (a) => a.parentNotice === "after" || a.parentNotice === "law",
    },
    {
      id: "no-staff-present",
      message: "No member of School staff need be present when the SRO questions a student.",
      recommendation: "Common practice is that an administrator or counselor is present when no parent is.",
      applies: (a) => a.staffPresent === false,
    },
    {
      id: "rights-custodial-only",
      message: "The SRO advises a student of their rights only when questioning is custodial.",
      recommendation: "Many agreements have the SRO explain a student's rights before any questioning.",
      applies: (a) => a.rightsAdvice === "custodial",
    },
    {
      id: "questioning-for-discipline",
      message: "The SRO may question students to gather facts for school discipline.",
      recommendation: "NASRO keeps the SRO out of formal discipline; staff gather facts for discipline.",
      applies: (a) => a.noDisciplineQuestioning === false,
    },
    {
      id: "immigration-questions",
      message: "The MOU does not bar questions about immigration status.",
      recommendation: "Many agreements bar questions about the immigration status of students and families.",
      applies: (a) => a.noImmigrationQuestions === false,
    },
  ],
});
