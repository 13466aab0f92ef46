import { defineTopic } from "./define";
import { choice, longText, opts, text } from "./fields";
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
  fields: [
    choice("supervisedBy", {
      label: "Immediate supervision of the SRO",
      help: "Who supervises and directs the SRO day to day.",
      required: true,
      options: opts(
        ["agency", "An Agency supervisor, within the Agency's chain of command"],
        ["shared", "An Agency supervisor and a School administrator, shared"],
        ["school", "A School administrator"],
      ),
      recommended: "agency",
    }),
    text("supervisorRank", {
      label: "Rank of the Agency supervisor",
      help: 'The rank or position of the SRO\'s Agency supervisor, e.g. "sergeant".',
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
    longText("notes", {
      label: "Further terms on supervision",
      help: "Optional wording, for example how often the supervisor visits each School.",
    }),
  ],
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
