import { defineTopic } from "./define";
import { choice, list, longText, opts, text, yesNo } from "./fields";
import { NASRO } from "./sources";

export default defineTopic({
  id: "weapons-storage",
  title: "Duty Gear and Weapons Storage",
  group: "Equipment",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO leaves the SRO's normal duty gear to the Agency's own policy, as for any other officer. Some programs also keep extra weapons or gear at the school, such as a trauma kit, a ballistic shield or breaching tools. NASRO suggests that the Agency decide what that extra gear costs and how it is stored, and the MOU should record the answer so that the District knows what is kept in its buildings and who can reach it. Long guns have their own section.",
  signals: [
    "storage",
    "store",
    "secure storage",
    "gun safe",
    "locked",
    "duty gear",
    "weapons storage",
    "secured",
  ],
  fields: [
    yesNo("dutyGearPolicy", {
      label: "Standard term: the employer's policy governs duty gear",
      help: "Yes prints that the employer's policy governs the care, carrying and storage of the SRO's duty gear. Which gear the SRO carries is settled under Uniform and Equipment.",
      recommended: true,
    }),
    yesNo("noUnattendedWeapons", {
      label: "Standard term: no weapon left unattended unless locked away",
      help: "Yes prints that the SRO shall not leave a weapon unattended at a School unless it is secured in locked storage that the employer's policy approves.",
      recommended: true,
    }),
    yesNo("extraGear", {
      label: "Extra weapons or gear kept at School",
      help: "Yes if the SRO keeps weapons or gear at a School beyond what is worn on duty. No leaves the MOU silent on extra gear. Long guns are settled under Long Guns.",
      required: true,
    }),
    list("extraGearItems", {
      label: "Extra weapons and gear",
      help: 'One line per item, e.g. "ballistic shield" or "trauma kit".',
      itemLabel: "Item",
      required: true,
      when: (a) => a.extraGear === true,
    }),
    choice("decidedBy", {
      label: "Decision on extra gear and its storage",
      help: "Who decides which extra gear is kept and how it is stored.",
      required: true,
      options: opts(
        ["agency", "The Agency decides"],
        ["joint", "The Agency and the District decide together"],
      ),
      recommended: "agency",
      when: (a) => a.extraGear === true,
    }),
    choice("costBorneBy", {
      label: "Cost of extra gear",
      help: "Who pays for the extra weapons and gear and their storage.",
      required: true,
      options: opts(
        ["agency", "The Agency"],
        ["district", "The District"],
        ["shared", "Shared, in the shares this MOU sets for equipment"],
      ),
      when: (a) => a.extraGear === true,
    }),
    text("storage", {
      label: "Storage of extra gear",
      help: 'Where and how it is secured, as a phrase, e.g. "a locked cabinet in the SRO\'s office".',
      required: true,
      when: (a) => a.extraGear === true,
    }),
    yesNo("extraAccessLimited", {
      label: "Access to the storage limited to the SRO and fellow officers",
      help: "Yes prints that only the SRO and officers of the SRO's employer may open the storage of the extra weapons and gear.",
      recommended: true,
      when: (a) => a.extraGear === true,
    }),
    yesNo("tellPrincipal", {
      label: "Principal told what is kept at the School",
      help: "Yes prints that the Agency tells the principal of each School which extra weapons and gear are kept there.",
      recommended: true,
      when: (a) => a.extraGear === true,
    }),
    longText("notes", {
      label: "Further terms on duty gear and storage",
      help: "Optional wording, for example on inspection of the storage.",
    }),
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old, dutyGearPolicy: true, noUnattendedWeapons: true };
    if (old.extraGear === true) {
      out.extraAccessLimited = true;
      if (old.decidedBy === "agency") out.tellPrincipal = true;
    }
    return out;
  },
  departures: [
    {
      id: "extra-gear-joint-decision",
      message: "The Agency and the District decide together on extra weapons and gear and their storage.",
      recommendation:
        "NASRO suggests that the Agency decide the cost and storage of any extra weapons or gear.",
      applies: (a) => a.extraGear === true && a.decidedBy === "joint",
    },
  ],
});
