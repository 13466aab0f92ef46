import { defineTopic } from "./define";
import { choice, longText, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const agencySupervisor = (a: Answers): boolean => a.supervisedBy !== "school";

export default defineTopic({
  id: "chain-of-command",
  title: "Chain of Command and Supervision",
  group: "Roles",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the SRO stay within the Agency's chain of command and under the immediate supervision and direction of the Agency, not the School. The officer remains a sworn member of the Agency, bound by its policies, and the Agency answers for the officer's conduct. Many agreements name the rank of the Agency supervisor and a School point of contact, usually the principal, who raises day-to-day needs and concerns with the SRO and the supervisor. Clear lines avoid an officer receiving conflicting orders from two employers.",
  signals: [
    "chain of command",
    "supervision",
    "supervisor",
    "sergeant",
    "direction and control",
    "agency supervisor",
    "report to",
    "immediate supervision",
    "command structure",
    "lieutenant",
  ],
  fields: [
    yesNo("employeeStatus", {
      label:
        "Standard term: the SRO stays an employee of the SRO's employer and is not the District's employee or agent",
      help: "Yes prints that the SRO remains an employee of the Agency (or of the employer the MOU names), is subject to its policies, standard operating procedures and chain of command, and is not an employee or agent of the District. No leaves it out.",
      recommended: true,
    }),
    choice("supervisedBy", {
      label: "Immediate supervision of the SRO",
      help: "Who supervises and directs the SRO day to day.",
      required: true,
      options: opts(
        [
          "agency",
          "A supervisor of the SRO's employer, within its chain of command; the District does not direct law enforcement work but may ask the SRO for help within the SRO's roles",
        ],
        [
          "shared",
          "A supervisor of the SRO's employer and a School administrator, shared; law enforcement work stays under the employer's direction",
        ],
        ["school", "A School administrator at the School; the employer's chain of command otherwise"],
      ),
      recommended: "agency",
    }),
    text("supervisorRank", {
      label: "Rank of the SRO's supervisor",
      help: "The rank or position of the SRO's supervisor at the Agency (or the SRO's employer), e.g. \"sergeant\".",
      required: true,
      when: agencySupervisor,
    }),
    text("schoolContact", {
      label: "School point of contact",
      help: "The School position that works with the SRO day to day, as a phrase.",
      required: true,
      recommended: "the principal of each School or the principal's designee",
    }),
    text("districtContact", {
      label: "District program administrator",
      help: 'Optional: the District position that manages the program, e.g. "the Director of Safety and Security".',
    }),
    yesNo("conflictRule", {
      label:
        "Standard term: when a staff request conflicts with policy or the law, the SRO follows policy and the law and reports it",
      help: "Yes prints that, if a request of District staff conflicts with the policies of the SRO's employer or the law, the SRO follows those policies and the law and reports the conflict to the SRO's supervisor. No leaves it out.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on supervision",
      help: "Optional wording, for example how often the supervisor visits each School.",
    }),
  ],
  // Before schema 4 the SRO's employment status and the rule on conflicting requests always printed.
  upgradeAnswers: (old) => ({
    ...old,
    employeeStatus: old.employeeStatus ?? true,
    conflictRule: old.conflictRule ?? true,
  }),
  departures: [
    {
      id: "school-supervises",
      message: "A School administrator supervises the SRO instead of the Agency.",
      recommendation:
        "NASRO recommends that the SRO be under the immediate supervision and direction of the Agency, within its chain of command.",
      applies: (a) => a.supervisedBy === "school",
    },
    {
      id: "shared-supervision",
      message: "The Agency and a School administrator share supervision of the SRO.",
      recommendation:
        "NASRO recommends that the Agency alone supervise and direct the SRO; School staff work with the SRO without directing the SRO.",
      applies: (a) => a.supervisedBy === "shared",
    },
  ],
});
