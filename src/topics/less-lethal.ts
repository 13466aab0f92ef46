import { defineTopic, includes } from "./define";
import { longText, multi, opts, text, yesNo } from "./fields";
import { NASRO } from "./sources";
import type { Answers } from "./types";

export default defineTopic({
  id: "less-lethal",
  title: "Less-Lethal Devices",
  group: "Equipment",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO leaves less-lethal devices, such as a conducted energy weapon (TASER), OC spray or a baton, to the Agency's policy and its use-of-force continuum, the same rules that bind every other officer. The MOU should list the devices the SRO carries at school so that the District knows what to expect. If the Parties want anything different from Agency policy, for example who pays for a device, where it is kept, or limits on its use around students, NASRO recommends that the change be agreed in writing between them rather than left to informal practice.",
  signals: [
    "less-lethal",
    "less lethal",
    "taser",
    "conducted energy",
    "electronic control",
    "baton",
    "pepper spray",
    "oc spray",
    "chemical agent",
  ],
  fields: [
    yesNo("policyGoverns", {
      label: "Standard term: the employer's policy governs less-lethal devices",
      help: "Yes prints that the policy and use-of-force continuum of the SRO's employer govern the carrying and use of less-lethal devices by the SRO at a School.",
      recommended: true,
    }),
    multi("devices", {
      label: "Less-lethal devices carried",
      help: 'Tick each device the SRO may carry at School under the employer\'s policy, or "None", which prints that the SRO shall not carry one.',
      required: true,
      options: opts(
        ["cew", "conducted energy weapon (TASER)"],
        ["oc", "OC (pepper) spray"],
        ["baton", "baton"],
        ["none", "None: the SRO shall not carry a less-lethal device at School"],
      ),
    }),
    yesNo("certifiedOnly", {
      label: "Devices carried only with current training",
      help: "Yes prints that the SRO carries a less-lethal device only while holding current training and certification on it from the employer.",
      recommended: true,
      when: (a) => !includes(a, "devices", "none"),
    }),
    yesNo("writtenDeviation", {
      label: "Standard term: any deviation from policy agreed in writing",
      help: "Yes prints that the Parties shall agree in writing to any deviation from the employer's policy on the cost, storage or use of a less-lethal device at a School.",
      recommended: true,
    }),
    yesNo("deviation", {
      label: "Deviation from Agency policy",
      help: "Yes if the Parties agree to anything different from the employer's policy on the cost, storage or use of these devices. No leaves the MOU silent.",
      required: true,
    }),
    multi("deviationAreas", {
      label: "Subject of the deviation",
      help: "What the deviation is about.",
      required: true,
      options: opts(["cost", "cost"], ["storage", "storage"], ["use", "use"]),
      when: (a) => a.deviation === true,
    }),
    text("deviationTerms", {
      label: "Agreed deviation",
      help: 'The agreed difference in one sentence, e.g. "The SRO shall not use OC spray inside a classroom."',
      required: true,
      when: (a) => a.deviation === true,
    }),
    longText("notes", {
      label: "Further terms on less-lethal devices",
      help: "Optional wording, for example on reporting the use of a device to the principal.",
    }),
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old, policyGoverns: true, writtenDeviation: true };
    if (!includes(old as Answers, "devices", "none")) out.certifiedOnly = true;
    return out;
  },
  departures: [
    {
      id: "no-less-lethal",
      message: "The SRO carries no less-lethal device at School.",
      recommendation:
        "NASRO recommends that the SRO be equipped as a patrol officer, which under most Agency policies includes less-lethal options.",
      applies: (a) => includes(a, "devices", "none"),
    },
  ],
  rules: [
    {
      id: "none-with-devices",
      fails: (a) => includes(a, "devices", "none") && Array.isArray(a.devices) && a.devices.length > 1,
      message: () => 'Less-lethal devices: "None" is ticked together with a device. Untick one of them.',
    },
  ],
});
