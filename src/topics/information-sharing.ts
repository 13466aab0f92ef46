import { defineTopic } from "./define";
import type { Answers } from "./types";
import { choice, list, longText, multi, opts, text, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "information-sharing",
  title: "Sharing of Information",
  group: "Information",
  required: true,
  sources: [
    NASRO,
    PRACTICE,
    { name: "Family Educational Rights and Privacy Act, 20 U.S.C. 1232g; 34 CFR Part 99" },
  ],
  summary:
    "NASRO recommends that the agency and the school share information to the extent state law and FERPA allow, and that the MOU settle four matters outright: access to and use of school camera footage, body-worn cameras in school, the SRO's access to the student information system, and any other sharing. FERPA protects student education records: the SRO may see them only as a school official with a legitimate educational interest named in the district's yearly FERPA notice, or under an exception such as consent, a court order or a health or safety emergency. Many agreements give the SRO only the student data needed for safety and keep police records apart from school records.",
  signals: [
    "share information",
    "information sharing",
    "ferpa",
    "education records",
    "confidential",
    "student records",
    "camera footage",
    "video",
    "body-worn camera",
    "student information system",
    "privacy",
    "disclose",
    "law enforcement unit",
  ],
  fields: [
    yesNo("lawfulSharing", {
      label: "Standard term: information shared only as FERPA and the law allow",
      help: 'Yes prints: "The Parties shall share information about students with each other only as FERPA and other applicable law allow."',
      recommended: true,
    }),
    text("stateLaw", {
      label: "State student-records law",
      help: "Optional: the state law on student records or juvenile records that the sentence above also names.",
      when: (a) => a.lawfulSharing === true,
    }),
    choice("sroStatus", {
      label: "SRO's status under FERPA",
      help: "Whether the District treats the SRO as a school official for access to Education Records.",
      required: true,
      options: opts(
        ["school-official", "A school official with a legitimate educational interest, for safety only"],
        ["exceptions", "Not a school official: records only under a FERPA exception"],
      ),
    }),
    yesNo("lawEnforcementRecords", {
      label: "Standard term: the SRO's law enforcement records are not Education Records",
      help: "Yes prints that records the SRO makes for a law enforcement purpose belong to the SRO's employer, are not Education Records, and are kept and released under the employer's policies and the law on public and juvenile records.",
      recommended: true,
    }),
    choice("cameraAccess", {
      label: "Access to School camera footage",
      help: "What the SRO may see from the District's security cameras.",
      required: true,
      options: opts(
        ["live", "Live view and recorded footage"],
        ["recorded", "Recorded footage, on request"],
        ["legal", "Only with a court order or subpoena, or in an emergency"],
      ),
    }),
    text("footageApprover", {
      label: "Approver of footage requests",
      help: "Optional: the District role that approves the SRO's requests for footage, e.g. the principal.",
      when: (a) => a.cameraAccess === "recorded" || a.cameraAccess === "live",
    }),
    yesNo("footageCopies", {
      label: "Copies of footage for a criminal investigation",
      help: "Yes prints that the District gives the Agency a copy of recorded footage for a criminal investigation on written request, as FERPA and state law allow.",
      recommended: true,
      when: (a) => a.cameraAccess === "recorded" || a.cameraAccess === "live",
    }),
    yesNo("footageSafetyOnly", {
      label: "Footage used for safety only",
      help: "The SRO uses footage for law enforcement and safety, not to look into school-rule breaches.",
      recommended: true,
    }),
    choice("bodyCamera", {
      label: "Body-worn cameras in Schools",
      help: "Whether the SRO wears a body-worn camera at School, and on what terms.",
      required: true,
      options: opts(
        ["limited", "Worn, with the School limits set out in this MOU"],
        ["none", "Not worn on School property"],
        ["policy", "Left to the employer's policy; no School terms"],
      ),
      recommended: "limited",
    }),
    list("noRecording", {
      label: "Where the SRO does not record",
      itemLabel: "Place or setting",
      help: "Places and settings the SRO does not record, except in an emergency.",
      when: (a) => a.bodyCamera === "limited",
      recommended: [
        "restrooms and locker rooms",
        "health rooms",
        "counseling sessions",
        "classes in session",
      ],
    }),
    yesNo("recordingLimits", {
      label: "Recording only when policy requires it",
      help: "Yes prints that the SRO records only when the employer's policy requires a recording (a call for service, an arrest, a search, a use of force) and does not record routine contact with students and staff.",
      recommended: true,
      when: (a) => a.bodyCamera === "limited",
    }),
    yesNo("districtViewsRecordings", {
      label: "District may view recordings made at School",
      help: "Yes prints that the Agency lets the District view a body-worn camera recording made on School property when the District asks, as the law and the employer's policy allow.",
      recommended: true,
      when: (a) => a.bodyCamera === "limited" || a.bodyCamera === "policy",
    }),
    choice("sisAccess", {
      label: "Access to the student information system",
      help: "What the SRO may see in the District's student information system.",
      required: true,
      options: opts(
        ["limited", "Read-only access to listed data"],
        ["none", "No access; staff give specific data when the law allows"],
        ["unrestricted", "Unrestricted access"],
      ),
      recommended: "limited",
    }),
    list("sisData", {
      label: "Student data the SRO may see",
      itemLabel: "Data item",
      help: "The data in the student information system the SRO may read.",
      required: true,
      when: (a) => a.sisAccess === "limited",
      recommended: ["name and photograph", "class schedule", "parent or guardian contact details"],
    }),
    yesNo("sisAudit", {
      label: "District may log and review the SRO's use of the system",
      help: "Yes prints that the District may log and review how the SRO uses the student information system.",
      recommended: true,
      when: (a) => a.sisAccess === "limited" || a.sisAccess === "unrestricted",
    }),
    multi("otherSharing", {
      label: "Other information shared",
      help: "Other sharing between the Parties, always as the law allows.",
      options: opts(
        ["threats", "threats of violence and safety concerns, District to SRO"],
        ["emergency", "information needed in a health or safety emergency, both ways"],
        ["orders", "court, no-contact and protection orders that affect a School, both ways"],
        ["offCampus", "off-campus incidents that affect School safety, Agency to District"],
      ),
      recommended: ["threats", "emergency", "orders", "offCampus"],
    }),
    longText("notes", { label: "Further terms on information sharing" }),
  ],
  upgradeAnswers: (old) => {
    const a = old as Answers;
    const out: Record<string, unknown> = { ...old, lawfulSharing: true, lawEnforcementRecords: true };
    if (a.cameraAccess === "live" || a.cameraAccess === "recorded") out.footageCopies = true;
    if (a.bodyCamera === "limited") {
      out.recordingLimits = true;
      out.districtViewsRecordings = true;
    }
    if (a.sisAccess === "limited") out.sisAudit = true;
    return out;
  },
  departures: [
    {
      id: "sis-unrestricted",
      message: "The SRO has unrestricted access to the student information system.",
      recommendation:
        "NASRO asks the Parties to settle this access; common practice limits it to the data the SRO needs, as FERPA allows.",
      applies: (a) => a.sisAccess === "unrestricted",
    },
    {
      id: "body-camera-unsettled",
      message: "The MOU leaves body-worn cameras in Schools to the employer's policy without School terms.",
      recommendation: "NASRO recommends that the MOU settle how body-worn cameras are used in schools.",
      applies: (a) => a.bodyCamera === "policy",
    },
    {
      id: "footage-for-discipline",
      message: "The MOU does not limit the SRO's use of School camera footage to law enforcement and safety.",
      recommendation:
        "NASRO keeps the SRO out of formal discipline, so footage use is usually limited to safety.",
      applies: (a) => a.footageSafetyOnly === false,
    },
  ],
  terms: [
    {
      term: "Education Record",
      definition:
        'a record that is directly related to a student and kept by the District or by a person acting for the District, as FERPA uses the term "education records"',
    },
    {
      term: "FERPA",
      definition:
        "the Family Educational Rights and Privacy Act, 20 U.S.C. 1232g, and its regulations, 34 CFR Part 99",
    },
  ],
});
