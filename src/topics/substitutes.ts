import { defineTopic } from "./define";
import { choice, longText, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "substitutes",
  title: "Substitutes and Absences",
  group: "People",
  required: false,
  sources: [PRACTICE],
  summary:
    "SROs are away at times for court, training, leave or illness, and many agreements set out a chain of steps for that. The principal hears of the absence, before the day begins or as soon as it is known. During a short absence the SRO's employer sends a substitute if one is available, and patrol officers answer any calls. After a set number of consecutive days of absence, a substitute becomes mandatory, often one whom the employer and the principal approve together. Where the District pays for the SRO, agreements often give the District a credit on its invoice for days on which neither the SRO nor a substitute was present. Settling these points avoids disputes over coverage and billing.",
  signals: [
    "substitute",
    "absence",
    "absent",
    "coverage",
    "cover",
    "replacement officer",
    "leave",
    "vacation",
    "sick",
    "temporary officer",
    "credit on the invoice",
  ],
  fields: [
    yesNo("notifyAbsence", {
      label: "Principal told of an absence",
      help: "Yes if the SRO or the SRO's supervisor tells the principal when the SRO will be absent. No or blank leaves the MOU silent.",
      recommended: true,
    }),
    choice("notifyAbsenceTiming", {
      label: "When the principal is told",
      help: "How soon the principal hears of an absence that was not planned ahead.",
      required: true,
      when: (a) => a.notifyAbsence === true,
      options: opts(
        ["beforeDay", "before the SRO's working day begins on the day of the absence"],
        ["asSoonAsKnown", "as soon as the absence is known"],
      ),
      recommended: "beforeDay",
    }),
    number("plannedNoticeDays", "days", {
      label: "Notice of a planned absence",
      help: "Days ahead that the principal learns of a planned absence such as training or leave. Leave blank for no set notice.",
      min: 1,
      max: 60,
    }),
    yesNo("substituteIfAvailable", {
      label: "Substitute during a short absence, if available",
      help: "Yes if, before a substitute becomes mandatory, the SRO's employer sends a substitute whenever it has an officer available. No or blank leaves the MOU silent.",
    }),
    yesNo("shorterAbsenceCalls", {
      label: "Calls for service answered during a short absence",
      help: "Yes if, before a substitute becomes mandatory, the Agency answers calls for service from the School as it answers other calls in its jurisdiction.",
      recommended: true,
    }),
    number("substituteAfterDays", "days", {
      label: "Absence before a substitute is required",
      help: "Consecutive days of absence after which a substitute must serve, e.g. 3.",
      required: true,
      min: 1,
      max: 60,
    }),
    choice("dayCount", {
      label: "Days counted toward that absence",
      help: "Which days count toward the absence before a substitute is required.",
      required: true,
      options: opts(["schoolDays", "School Days"], ["workDays", "the SRO's scheduled work days"]),
      recommended: "schoolDays",
    }),
    choice("approval", {
      label: "Who approves the substitute",
      help: "Optional: who approves each officer who serves as a substitute.",
      options: opts(
        ["principal", "the SRO's employer and the principal of the School, jointly"],
        ["superintendent", "the SRO's employer and the Superintendent, jointly"],
        ["employer", "the SRO's employer alone"],
      ),
    }),
    choice("coverage", {
      label: "Who may serve as a substitute",
      help: "Which officers may serve as a substitute.",
      required: true,
      options: opts(
        ["trainedSro", "Another officer trained as an SRO"],
        ["agencyOfficer", "An Agency officer the Agency chooses, briefed on the School"],
      ),
    }),
    yesNo("invoiceCredit", {
      label: "Invoice credit for uncovered days",
      help: "Yes if the District receives a credit for days on which a substitute was due but none served. No leaves the MOU silent on a credit.",
      required: true,
    }),
    choice("creditBasis", {
      label: "Basis of the invoice credit",
      required: true,
      options: opts(
        ["dailyRate", "A daily rate: the yearly charge for the SRO divided by the School Days in the year"],
        ["actualCost", "The SRO's actual pay and benefits for the uncovered days"],
      ),
      when: (a) => a.invoiceCredit === true,
    }),
    longText("notes", {
      label: "Further terms on substitutes",
      help: "Optional wording, for example coverage of extracurricular events during an absence.",
    }),
  ],
  // Before schema 4 the calls-for-service sentence printed always, and days were School Days.
  upgradeAnswers: (old) => ({
    ...old,
    shorterAbsenceCalls: old.shorterAbsenceCalls ?? true,
    dayCount: old.dayCount ?? "schoolDays",
  }),
});
