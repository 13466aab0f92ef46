import { defineTopic, num } from "./define";
import { list, longText, number, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const stated = (a: Answers): boolean => a.lawAndPolicy === true;

export default defineTopic({
  id: "force-and-restraint",
  title: "Use of Force and Restraint",
  group: "Conduct",
  required: false,
  sources: [NASRO, PRACTICE, { name: "Connecticut General Statutes 10-233p" }],
  summary:
    "NASRO leaves the SRO's use of force to state law and the agency's own policy and force continuum, as for any patrol officer. Many agreements add limits for students: no force to enforce school rules, de-escalation first, and a ban on face-down (prone) restraint and on chokeholds and other neck restraints, which have caused deaths. Several states already ban these holds on students by law. Agreements also require that each use of force on a student be reported to the district within a set number of days and that the family be told, so the school can support the student and both sides can watch for patterns.",
  signals: [
    "use of force",
    "restraint",
    "handcuffs",
    "physical force",
    "prone restraint",
    "chokehold",
    "seclusion",
    "taser",
    "force on students",
    "restrain",
    "pepper spray",
  ],
  fields: [
    yesNo("lawAndPolicy", {
      label: "Standard term: the SRO uses force only as state law and the employer's policy allow",
      help: "Yes prints that the SRO uses force and restraint only as state law and the use-of-force policy of the SRO's employer allow, subject to the limits in the MOU. No leaves it out.",
      recommended: true,
    }),
    text("agencyPolicy", {
      label: "Use-of-force policy of the SRO's employer",
      help: "Optional: the title or number of the policy, e.g. General Order 300.",
      when: stated,
    }),
    text("stateLaw", {
      label: "State law on restraint of students",
      help: "Optional: the state statute or rule on restraint of students, if one applies to SROs.",
      when: stated,
    }),
    yesNo("noForceForDiscipline", {
      label: "No force to enforce school rules",
      help: "Yes if the SRO uses force or restraint on a student only to prevent serious harm or make a lawful arrest, never for school discipline, and ends a restraint once the need has passed. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("deEscalationFirst", {
      label: "De-escalation first",
      help: "Yes if the SRO tries de-escalation, with trained School staff where safe, before using force. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("banProne", {
      label: "Ban on prone restraint",
      help: "Yes if the SRO does not hold a student face down. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    yesNo("banNeck", {
      label: "Ban on chokeholds and neck restraints",
      help: "Yes if the SRO does not use a chokehold, neck restraint or any hold that restricts breathing on a student. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    list("otherLimits", {
      label: "Other limits on force",
      itemLabel: "Limit",
      help: "Optional, e.g. no handcuffs on a student under 10 unless needed to prevent serious harm.",
    }),
    yesNo("reportToDistrict", {
      label: "Each use reported to the District",
      help: "Yes if the Agency reports every use of force or restraint on a student to the District in writing, stating the date, place, force used, reason, de-escalation tried and any injury. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    number("reportDays", "days", {
      label: "Days to report a use of force",
      help: "Days after the use of force within which the written report reaches the District.",
      required: true,
      max: 60,
      recommended: 5,
      when: (a) => a.reportToDistrict === true,
    }),
    yesNo("adminSameDay", {
      label: "School administrator told the same School Day",
      help: "Yes if the SRO tells a School administrator of each use of force or restraint on a student before the end of the School Day on which it happens. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("parentNotice", {
      label: "Parent told the same day",
      help: "Yes if the SRO, or a School administrator at the SRO's request, tells the student's parent or guardian of the use of force on the day it happens. No leaves the MOU silent on it.",
      recommended: true,
    }),
    longText("notes", { label: "Further terms on force and restraint" }),
  ],
  // Before schema 4 the sentence on state law and Agency policy always printed, and a report
  // to the District came with the SRO telling a School administrator the same School Day.
  upgradeAnswers: (old) => ({
    ...old,
    lawAndPolicy: old.lawAndPolicy ?? true,
    ...(typeof old.reportToDistrict === "boolean" && old.adminSameDay === undefined
      ? { adminSameDay: old.reportToDistrict }
      : {}),
  }),
  departures: [
    {
      id: "force-for-discipline",
      message: "The MOU does not rule out force or restraint to enforce school rules.",
      recommendation:
        "Many agreements allow force on a student only to prevent serious harm or make a lawful arrest.",
      applies: (a) => a.noForceForDiscipline === false,
    },
    {
      id: "no-de-escalation",
      message: "The MOU does not ask the SRO to try de-escalation first.",
      recommendation: "Common practice, and NASRO's training list, put de-escalation before force.",
      applies: (a) => a.deEscalationFirst === false,
    },
    {
      id: "prone-allowed",
      message: "The MOU does not ban prone restraint of students.",
      recommendation: "Many agreements and several state laws ban prone restraint of students.",
      applies: (a) => a.banProne === false,
    },
    {
      id: "neck-allowed",
      message: "The MOU does not ban chokeholds and neck restraints on students.",
      recommendation:
        "Many agreements and several state laws ban chokeholds and neck restraints on students.",
      applies: (a) => a.banNeck === false,
    },
    {
      id: "no-report",
      message: "Uses of force on students are not reported to the District.",
      recommendation:
        "Common practice is a written report to the District of each use of force on a student.",
      applies: (a) => a.reportToDistrict === false,
    },
    {
      id: "late-report",
      message: "The written report of a use of force may reach the District more than 5 days after it.",
      recommendation:
        "Common practice is a report within about 5 days; Connecticut requires a report on each SRO intervention within 5 school days.",
      applies: (a) => a.reportToDistrict === true && (num(a, "reportDays") ?? 0) > 5,
    },
    {
      id: "no-parent-notice",
      message: "The MOU does not require that the family be told of a use of force the same day.",
      recommendation: "Common practice is that a parent or guardian hears of it the same day.",
      applies: (a) => a.parentNotice === false,
    },
  ],
});
