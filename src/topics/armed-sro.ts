import { defineTopic } from "./define";
import { choice, list, longText, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "armed-sro",
  title: "Armed SRO",
  group: "Equipment",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO's position is that an SRO is a fully sworn officer who carries the same tools as an officer on patrol, including a firearm, under the Agency's policy. An SRO may be the first officer on scene when an armed attacker enters a school, and cannot stop the threat without those tools. The MOU should state plainly that the SRO is armed, so that no one at the District is surprised and so that School rules on weapons are read with the officer in mind. Many agreements also have the Agency share its firearm and use-of-force policies with the District.",
  signals: [
    "firearm",
    "armed",
    "sidearm",
    "handgun",
    "carry a weapon",
    "weapon",
    "duty weapon",
    "service weapon",
  ],
  fields: [
    choice("armed", {
      label: "Arming of the SRO",
      help: "Whether the SRO carries a firearm and the other tools of a patrol assignment.",
      required: true,
      options: opts(
        ["patrol", "Armed and equipped as a patrol officer, under the employer's policy"],
        ["limited", "Armed, with only some of the patrol tools (listed below)"],
        ["unarmed", "Unarmed: the SRO shall not carry a firearm while on duty at a School"],
      ),
      recommended: "patrol",
    }),
    list("limitedTools", {
      label: "Tools the SRO carries besides the firearm",
      help: 'One line per tool, e.g. "handcuffs" or "Agency radio".',
      itemLabel: "Tool",
      required: true,
      when: (a) => a.armed === "limited",
    }),
    yesNo("weaponsRulesAcknowledged", {
      label: "District weapons rules do not apply to the duty firearm",
      help: "Yes prints that the District acknowledges that the SRO carries a firearm on School property as a law enforcement officer, as federal and state law allow, and that District rules on weapons do not apply to the SRO's duty firearm.",
      recommended: true,
      when: (a) => a.armed === "patrol" || a.armed === "limited",
    }),
    yesNo("policiesShared", {
      label: "Agency weapons policies shared with the District",
      help: "Yes prints that the Agency gives the District, on request, the employer's policies on firearms and use of force that apply to the SRO.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on arming",
      help: "Optional wording, for example on secure holsters.",
    }),
  ],
  upgradeAnswers: (old) =>
    old.armed === "patrol" || old.armed === "limited"
      ? { ...old, weaponsRulesAcknowledged: true }
      : { ...old },
  departures: [
    {
      id: "sro-unarmed",
      message: "The SRO does not carry a firearm while on duty at a School.",
      recommendation: "NASRO's position is that the SRO is armed and equipped as a patrol officer.",
      applies: (a) => a.armed === "unarmed",
    },
    {
      id: "sro-limited-tools",
      message: "The SRO carries only some of the tools of a patrol assignment.",
      recommendation:
        "NASRO recommends that the SRO carry all the tools of a patrol assignment under Agency policy.",
      applies: (a) => a.armed === "limited",
    },
    {
      id: "policies-not-shared",
      message:
        "The MOU does not require the Agency to share the firearm and use-of-force policies that apply to the SRO.",
      recommendation: "NASRO recommends that the Agency and the School share their policies and procedures.",
      applies: (a) => a.policiesShared === false,
    },
  ],
});
