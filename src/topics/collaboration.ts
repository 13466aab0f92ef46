import { defineTopic } from "./define";
import { choice, longText, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "collaboration",
  title: "Collaboration Between the SRO and the Schools",
  group: "Collaboration",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends steady collaboration between the SRO and School leaders: regular meetings, an exchange of each side's policies and procedures, a regular safety review of the buildings and grounds using Crime Prevention Through Environmental Design (CPTED), joint crisis planning and drills, education for families on School-related legal questions, and regular review of the MOU. These habits keep the SRO informed about the School and keep administrators informed about what the officer can and cannot do. They also catch problems early, before they become complaints or incidents.",
  signals: [
    "meet",
    "meetings",
    "collaborate",
    "communication",
    "regular meetings",
    "principal",
    "liaison",
    "coordinate",
    "work together",
    "monthly meeting",
    "cooperation",
  ],
  fields: [
    choice("meetingFrequency", {
      label: "Meetings of the SRO and School administration",
      help: "How often the SRO meets the principal or a designee. NASRO recommends meetings on a regular schedule.",
      required: true,
      options: opts(
        ["weekly", "at least once a week"],
        ["biweekly", "at least once every 2 weeks"],
        ["monthly", "at least once a month"],
        ["quarterly", "at least once each quarter"],
        ["asNeeded", "when either asks, with no set schedule"],
      ),
    }),
    choice("leadershipMeetings", {
      label: "Program meetings of Agency and District leaders",
      help: "Optional: how often the SRO's supervisor and the District's program administrator meet to review the program.",
      options: opts(
        ["semester", "at least once each semester"],
        ["quarter", "at least once each quarter"],
        ["year", "at least once each school year"],
      ),
    }),
    yesNo("sharePolicies", {
      label: "Exchange of policies and procedures",
      help: "Yes if each Party gives the other its policies that bear on the SRO program, and its changes.",
      required: true,
      recommended: true,
    }),
    yesNo("cptedReview", {
      label: "Regular CPTED review",
      help: "Yes if the SRO takes part in a regular safety review of each School's buildings and grounds using CPTED.",
      required: true,
      recommended: true,
    }),
    choice("cptedFrequency", {
      label: "Frequency of the CPTED review",
      help: "How often each School is reviewed.",
      required: true,
      when: (a) => a.cptedReview === true,
      options: opts(["yearly", "once each school year"], ["twoYears", "once every 2 school years"]),
    }),
    yesNo("cptedRecommendations", {
      label: "Written recommendations after each CPTED review",
      help: "Yes prints that the SRO gives the principal written recommendations after each review.",
      recommended: true,
      when: (a) => a.cptedReview === true,
    }),
    yesNo("crisisPlanning", {
      label: "Joint crisis planning and drills",
      help: "Yes if the SRO helps each School with its crisis plans and takes part in its drills. When the MOU includes the topic Emergency Planning, that topic states the plans and drills and this clause refers to it.",
      required: true,
      recommended: true,
    }),
    yesNo("familyEducation", {
      label: "Education for families on legal concerns",
      help: "Yes if the SRO helps educate parents and the community on School-related legal questions.",
      required: true,
      recommended: true,
    }),
    yesNo("reviewInput", {
      label: "SRO and principal input to the MOU review",
      help: "Yes if the views of the SRO and the principals are gathered for each review of the MOU.",
      required: true,
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on collaboration",
      help: "Optional wording, for example a yearly meeting of all SROs and principals.",
    }),
  ],
  upgradeAnswers: (old) => (old.cptedReview === true ? { ...old, cptedRecommendations: true } : { ...old }),
  departures: [
    {
      id: "no-regular-meetings",
      message: "The SRO and School administration meet only when either asks.",
      recommendation: "NASRO recommends regular meetings between the SRO and School administration.",
      applies: (a) => a.meetingFrequency === "asNeeded",
    },
    {
      id: "no-policy-exchange",
      message: "The MOU does not provide for the Parties to exchange their policies and procedures.",
      recommendation:
        "NASRO recommends that the Agency and the District share their policies and procedures.",
      applies: (a) => a.sharePolicies === false,
    },
    {
      id: "no-cpted-review",
      message: "The MOU provides for no regular CPTED review of the Schools.",
      recommendation: "NASRO recommends a regular CPTED review of each School.",
      applies: (a) => a.cptedReview === false,
    },
    {
      id: "no-crisis-planning",
      message: "The MOU does not provide for the SRO to take part in crisis planning and drills.",
      recommendation: "NASRO recommends joint crisis and emergency planning, with drills.",
      applies: (a) => a.crisisPlanning === false,
    },
    {
      id: "no-family-education",
      message:
        "The MOU does not provide for the SRO to help educate families on School-related legal concerns.",
      recommendation: "NASRO recommends community education on the School-related legal concerns of parents.",
      applies: (a) => a.familyEducation === false,
    },
    {
      id: "no-review-input",
      message:
        "The MOU does not provide for the views of the SRO and the principals to be gathered for its review.",
      recommendation:
        "NASRO recommends regular review of the MOU; those who work under it day to day are best placed to inform it.",
      applies: (a) => a.reviewInput === false,
    },
  ],
});
