import { defineTopic, has, includes } from "./define";
import { choice, multi, number, opts, text, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "indemnification",
  title: "Liability, Insurance and Immunity",
  group: "Terms",
  required: true,
  sources: [PRACTICE],
  summary:
    "Most agreements between public bodies make each Party answer for its own acts and those of its own employees, rather than one side promising to cover the other; many public bodies may not lawfully give a broad indemnity, so counsel should confirm what state law allows. Because the SRO stays an Agency employee, the Agency usually carries the liability coverage for police work, while the District insures its buildings and staff. Each Party lists the insurance it keeps, and self-insurance or a public risk pool often counts. Agreements also state that nothing in the MOU gives up the governmental immunity or liability caps that state law grants either side.",
  signals: [
    "indemnify",
    "indemnification",
    "hold harmless",
    "liability",
    "insurance",
    "immunity",
    "sovereign immunity",
    "negligence",
    "claims",
    "workers' compensation",
    "self-insured",
  ],
  fields: [
    choice("approach", {
      label: "Allocation of liability",
      help: "Who answers for claims that arise from the SRO program.",
      required: true,
      options: opts(
        ["own", "Each Party answers for its own acts and those of its employees"],
        ["mutual", "Each Party indemnifies the other for claims caused by its own acts"],
        ["agency", "The Agency indemnifies the District for claims caused by the SRO"],
      ),
      recommended: "own",
    }),
    multi("agencyInsurance", {
      label: "Insurance the Agency keeps",
      help: "Tick each kind of coverage the Agency keeps for the SRO program.",
      required: true,
      options: opts(
        ["general", "general liability insurance"],
        ["police", "law enforcement professional liability insurance"],
        ["auto", "automobile liability insurance"],
        ["workers", "workers' compensation coverage"],
      ),
      recommended: ["general", "police", "auto", "workers"],
    }),
    multi("districtInsurance", {
      label: "Insurance the District keeps",
      help: "Tick each kind of coverage the District keeps for its Schools and staff.",
      required: true,
      options: opts(
        ["general", "general liability insurance"],
        ["educators", "educators' legal liability insurance"],
        ["property", "property insurance"],
        ["workers", "workers' compensation coverage"],
      ),
    }),
    number("minimumCoverage", "money", {
      label: "Minimum liability coverage per occurrence",
      help: "Optional: the least liability coverage each Party keeps per occurrence; $1,000,000 is common.",
      min: 1,
    }),
    yesNo("selfInsurance", {
      label: "Self-insurance allowed",
      help: "Yes if a Party may meet its insurance duty through self-insurance or a public entity risk pool. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("immunity", {
      label: "No waiver of governmental immunity",
      help: "Yes if the MOU states that it gives up no immunity or liability limit that the law grants either Party.",
      required: true,
      recommended: true,
    }),
    text("stateLaw", {
      label: "State tort claims law",
      help: "Optional: the state law that grants immunity or caps liability, e.g. a state tort claims act.",
      when: (a) => a.immunity === true,
    }),
    yesNo("certificates", {
      label: "Proof of insurance on request",
      help: "Standard term: yes if each Party gives the other, on request, a certificate or letter of coverage for the insurance the MOU requires.",
      recommended: true,
    }),
    yesNo("claimNotice", {
      label: "Notice of claims",
      help: "Standard term: yes if each Party promptly tells the other in writing of any claim or lawsuit arising from the SRO program.",
      recommended: true,
    }),
    yesNo("noThirdPartyRights", {
      label: "No rights for third parties",
      help: "Standard term: yes if the MOU states that it creates no right or benefit for anyone who is not a Party.",
      recommended: true,
    }),
  ],
  departures: [
    {
      id: "mutual-indemnity",
      message: "Each Party indemnifies the other for claims caused by its own acts.",
      recommendation:
        "Most agreements between public bodies leave each Party answerable for its own acts; many public bodies may not lawfully indemnify.",
      applies: (a) => a.approach === "mutual",
    },
    {
      id: "agency-indemnity",
      message: "The Agency alone indemnifies the District for claims caused by the SRO.",
      recommendation:
        "Most agreements between public bodies leave each Party answerable for its own acts; many public bodies may not lawfully indemnify.",
      applies: (a) => a.approach === "agency",
    },
    {
      id: "no-police-liability-cover",
      message:
        "The Agency does not keep law enforcement professional liability insurance for the SRO program.",
      recommendation: "Many agreements require the Agency to insure, or self-insure, the SRO's police work.",
      applies: (a) => has(a, "agencyInsurance") && !includes(a, "agencyInsurance", "police"),
    },
    {
      id: "no-self-insurance",
      message: "The MOU does not say that self-insurance or a risk pool meets a Party's insurance duty.",
      recommendation:
        "Many public bodies self-insure or join a risk pool, and agreements usually accept that coverage.",
      applies: (a) => a.selfInsurance === false,
    },
    {
      id: "immunity-not-reserved",
      message: "The MOU does not state that the Parties keep their governmental immunity.",
      recommendation:
        "Agreements between public bodies usually state that nothing in them waives any immunity or liability limit the law grants.",
      applies: (a) => a.immunity === false,
    },
  ],
  upgradeAnswers: (old) => ({
    ...old,
    // These used to print always; now standard terms the Parties can switch off.
    certificates: old.certificates ?? true,
    claimNotice: old.claimNotice ?? true,
    noThirdPartyRights: old.noThirdPartyRights ?? true,
  }),
});
