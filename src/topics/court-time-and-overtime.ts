import { defineTopic } from "./define";
import { choice, longText, number, opts, text, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "court-time-and-overtime",
  title: "Court Time, Call-Outs and Overtime",
  group: "Duties",
  required: false,
  sources: [PRACTICE],
  summary:
    "Many agreements settle how court appearances, call-outs and overtime affect Campus Hours and the District's bill. Some agreements count court time on a case that arose at a School as SRO work, and credit the District for court time on other Agency cases. Overtime outside Campus Hours, such as a call-out to a School at night, is paid by the Agency or billed to the District, and the Parties say which. Many agreements also require the District's approval before overtime is billed to it, and some set a yearly cap, so the District can keep to its budget.",
  signals: [
    "overtime",
    "court",
    "court appearances",
    "call-out",
    "called away",
    "subpoena",
    "overtime rate",
    "time and a half",
    "calls for service off campus",
  ],
  fields: [
    choice("courtDuringHours", {
      label: "Court time during Campus Hours",
      help: "How time the SRO spends in court during Campus Hours affects the District's bill.",
      required: true,
      options: opts(
        ["counts", "counts as SRO work on every case"],
        ["schoolCases", "counts as SRO work on School cases; other cases are credited to the District"],
        ["credited", "is credited to the District on every case"],
      ),
    }),
    choice("courtOutsideHours", {
      label: "Court time outside Campus Hours",
      help: "Who pays when the SRO attends court outside Campus Hours.",
      required: true,
      options: opts(
        ["agency", "paid by the Agency"],
        ["districtSchool", "reimbursed by the District on School cases, paid by the Agency on other cases"],
        ["district", "reimbursed by the District on every case"],
      ),
    }),
    choice("callOuts", {
      label: "Call-outs to a School outside Campus Hours",
      help: "Who pays when the SRO is called back to a School after hours, for example for an alarm or an incident.",
      required: true,
      options: opts(["agency", "paid by the Agency"], ["district", "reimbursed by the District"]),
    }),
    yesNo("priorApproval", {
      label: "District approval of billed overtime",
      help: "Yes if the District must approve overtime in advance before the Agency may bill it to the District. No leaves the MOU silent on approval.",
      required: true,
      recommended: true,
    }),
    text("approver", {
      label: "District official who approves overtime",
      help: "Optional: the title of the person who approves overtime for the District, e.g. the Director of Safety.",
      when: (a) => a.priorApproval === true,
    }),
    yesNo("emergencyCallOuts", {
      label: "Emergency call-outs need no approval in advance",
      help: "Yes if an emergency call-out may be billed without the District's approval in advance, provided the Agency reports it to the District by the next School Day.",
      recommended: true,
      when: (a) => a.priorApproval === true && a.callOuts === "district",
    }),
    number("overtimeCap", "hours", {
      label: "Yearly cap on billed overtime hours",
      help: "Optional: the most overtime hours per school year the District pays for, e.g. 80. Leave blank for no cap.",
      min: 1,
      max: 5_000,
    }),
    longText("notes", {
      label: "Further terms on court time and overtime",
      help: "Optional wording, for example the overtime rate or how overtime appears on invoices.",
    }),
  ],
  departures: [
    {
      id: "no-overtime-approval",
      message: "The MOU does not require the District's approval before overtime is billed to it.",
      recommendation:
        "Many agreements require the District's approval before overtime is billed to it, so the District can control its costs.",
      applies: (a) => a.priorApproval === false,
    },
  ],
  upgradeAnswers: (old) => {
    const out: Record<string, unknown> = { ...old };
    // The exception for emergency call-outs used to print whenever approval was needed and
    // the District paid for call-outs
    if (old.priorApproval === true && old.callOuts === "district" && out.emergencyCallOuts === undefined)
      out.emergencyCallOuts = true;
    // A cap of 0 hours printed nothing; a blank cap says the same
    if (old.overtimeCap === 0) delete out.overtimeCap;
    return out;
  },
});
