import { defineTopic } from "./define";
import { choice, longText, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "rotation-and-removal",
  title: "Rotation and Removal",
  group: "People",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends against rotating an SRO out of the assignment after a set time when the SRO is well supervised and earns good evaluations, because trust with students takes years to build. An SRO whose evaluations are poor, as judged by Agency supervisors with input from the school, should be removed. Many agreements also let the District ask for an SRO's removal with stated reasons, and set how much notice the Agency gives before moving an SRO and how quickly a replacement arrives.",
  signals: [
    "removal",
    "remove the sro",
    "reassign",
    "rotation",
    "replace",
    "replacement",
    "transfer",
    "request removal",
    "reassignment",
    "poor performance",
  ],
  fields: [
    yesNo("mandatoryRotation", {
      label: "Mandatory rotation",
      help: "Yes if every SRO must leave the assignment after a set number of years, whatever the evaluations. No leaves the MOU silent on it.",
      required: true,
      recommended: false,
    }),
    yesNo("keepSatisfactory", {
      label: "No rotation of an SRO with satisfactory evaluations",
      help: "Yes if the Agency may not move an SRO whose evaluations are satisfactory out of the assignment only because of time served in it.",
      recommended: true,
    }),
    number("rotationYears", "integer", {
      label: "Years before mandatory rotation",
      required: true,
      min: 1,
      max: 20,
      when: (a) => a.mandatoryRotation === true,
    }),
    yesNo("removalForPoorEvaluation", {
      label: "Removal after a poor evaluation",
      help: "Yes if the Agency removes an SRO whose evaluation under this MOU is unsatisfactory. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("districtRequest", {
      label: "District request for removal",
      help: "What happens when the District asks in writing, with reasons, for an SRO to be removed.",
      required: true,
      options: opts(
        ["considered", "The Agency considers the request in good faith and answers in writing"],
        ["binding", "The Agency removes the SRO"],
        ["none", "Removal is for the Agency alone to decide"],
      ),
      recommended: "considered",
    }),
    number("responseDays", "days", {
      label: "Time to answer a removal request",
      help: "Days the Agency has to answer the District's written request.",
      required: true,
      max: 90,
      when: (a) => a.districtRequest !== "none",
    }),
    number("noticeDays", "days", {
      label: "Notice before reassigning an SRO",
      help: "Days of written notice the Agency gives the District before it moves an SRO out of the assignment, except in an emergency.",
      required: true,
      max: 180,
    }),
    number("replacementDays", "days", {
      label: "Time to assign a replacement",
      help: "Days the Agency has to assign a replacement SRO after an SRO leaves the assignment.",
      required: true,
      max: 180,
    }),
    longText("notes", {
      label: "Further terms on rotation and removal",
      help: "Optional wording, for example a handover period between the outgoing and incoming SRO.",
    }),
  ],
  departures: [
    {
      id: "mandatory-rotation",
      message: "Each SRO must leave the assignment after a set number of years, whatever the evaluations.",
      recommendation:
        "NASRO recommends no mandatory rotation for an SRO with good supervision and good evaluations.",
      applies: (a) => a.mandatoryRotation === true,
    },
    {
      id: "no-removal-for-poor-evaluation",
      message: "A poor evaluation does not lead to the SRO's removal.",
      recommendation: "NASRO recommends removing an SRO whose evaluations are poor.",
      applies: (a) => a.removalForPoorEvaluation === false,
    },
    {
      id: "no-district-removal-request",
      message: "The District may not ask for an SRO's removal.",
      recommendation:
        "NASRO gives the school a voice in the SRO's evaluation; common practice lets the District request removal with reasons.",
      applies: (a) => a.districtRequest === "none",
    },
  ],
  rules: [
    {
      id: "rotation-contradicts-keeping-satisfactory-sros",
      fails: (a) => a.mandatoryRotation === true && a.keepSatisfactory === true,
      message: () =>
        "The MOU both rotates every SRO out after a set number of years and keeps an SRO with satisfactory evaluations in the assignment: answer No to one of the two.",
    },
  ],
  upgradeAnswers: (old) => {
    const a: Record<string, unknown> = { ...old };
    // A no to mandatory rotation used to print that a satisfactory SRO is not rotated for time
    // served; that is now a switch of its own.
    if (a.mandatoryRotation === false) a.keepSatisfactory ??= true;
    return a;
  },
});
