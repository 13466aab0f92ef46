import { defineTopic, has } from "./define";
import { choice, longText, opts, text, yesNo } from "./fields";
import { NASRO } from "./sources";
import type { Answers } from "./types";

const kept = (a: Answers): boolean => a.keepsLongGun === true;

export default defineTopic({
  id: "long-guns",
  title: "Long Guns",
  group: "Equipment",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO leaves the question of a long gun (a rifle or shotgun) to the Agency's standard operating procedures. If the SRO keeps one at school, NASRO recommends that the MOU provide for safe and secure storage in the building, limit access to the SRO and the Agency, and, where a safe is used, allow the code to be given to dispatch and to officers responding to an emergency. Settling these points in advance keeps the weapon out of reach of students and staff while keeping it available to the officers who may need it.",
  signals: ["long gun", "rifle", "shotgun", "patrol rifle", "gun safe", "rack", "carbine"],
  fields: [
    yesNo("sopGoverns", {
      label: "Standard term: the employer's procedures govern long guns",
      help: "Yes prints that the standard operating procedures of the SRO's employer govern whether the SRO carries or keeps a long gun at a School, and how the SRO uses it.",
      recommended: true,
    }),
    yesNo("keepsLongGun", {
      label: "Long gun kept at School",
      help: "Yes if the SRO keeps a long gun (rifle or shotgun) issued by the employer at a School, including in a vehicle on School grounds. No leaves the MOU silent on it.",
      required: true,
    }),
    choice("storageType", {
      label: "Long gun storage",
      help: "How the long gun is secured when the SRO is not carrying it. Leaving it open is a departure from the recommendation.",
      required: false,
      options: opts(
        ["safe", "Locked gun safe in a School building"],
        ["rack", "Locked gun rack in a School building"],
        ["vehicle", "Locked safe or rack in the SRO's duty vehicle"],
      ),
      when: kept,
    }),
    text("storageLocation", {
      label: "Location of the storage",
      help: 'Optional: where the storage is, as a phrase, e.g. "the SRO\'s office in the main building".',
      when: (a) => kept(a) && a.storageType !== "vehicle",
    }),
    yesNo("accessLimited", {
      label: "Access limited to the SRO and the Agency",
      help: "Yes prints that only the SRO and other officers of the employer may have access to the long gun and its storage, and that the District holds no key or code to it.",
      required: true,
      recommended: true,
      when: kept,
    }),
    yesNo("codeToDispatch", {
      label: "Safe code given to dispatch",
      help: "Yes prints that the Agency gives the safe's code to the dispatch center that dispatches the SRO, to pass to officers responding to an emergency.",
      required: true,
      recommended: true,
      when: (a) => kept(a) && a.storageType !== "rack",
    }),
    longText("notes", {
      label: "Further terms on long guns",
      help: "Optional wording, for example on who pays for the safe.",
    }),
  ],
  upgradeAnswers: (old) => ({ ...old, sopGoverns: true }),
  departures: [
    {
      id: "long-gun-storage-not-specified",
      message: "The SRO keeps a long gun at a School, but its storage is not specified.",
      recommendation:
        "NASRO recommends that the MOU provide for safe and secure storage of a long gun kept at school.",
      applies: (a) => kept(a) && !has(a, "storageType"),
    },
    {
      id: "access-not-limited",
      message:
        "The MOU does not limit access to the long gun storage to the SRO and the SRO's fellow officers.",
      recommendation:
        "NASRO recommends that access to a long gun kept at school be limited to the SRO and the Agency.",
      applies: (a) => kept(a) && a.accessLimited === false,
    },
    {
      id: "code-not-shared",
      message:
        "The MOU does not provide for the code of the long gun safe to be given to dispatch for responding officers.",
      recommendation:
        "NASRO recommends that, where a safe is used, its code can be given to dispatch and responding officers.",
      applies: (a) => kept(a) && a.storageType !== "rack" && a.codeToDispatch === false,
    },
  ],
});
