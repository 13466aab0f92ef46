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
    "SROs are away at times for court, training, leave or illness, and many agreements say who covers a School when that happens. A common approach is that short absences go uncovered, with patrol officers answering any calls, while a longer absence obliges the Agency to send a substitute after a set number of School Days. Where the District pays for the SRO, agreements often give the District a credit on its invoice for days on which neither the SRO nor a substitute was present. Settling these points avoids disputes over coverage and billing.",
  fields: [
    choice("coverage", {
      label: "Substitute during an absence",
      help: "Who the Agency sends when a substitute is due.",
      required: true,
      options: opts(
        ["trainedSro", "Another officer trained as an SRO"],
        ["agencyOfficer", "An Agency officer the Agency chooses, briefed on the School"],
      ),
    }),
    number("substituteAfterDays", "days", {
      label: "Absence before a substitute is required",
      help: "Consecutive School Days of absence after which the Agency must send a substitute.",
      required: true,
      max: 60,
    }),
    number("plannedNoticeDays", "days", {
      label: "Notice of a planned absence",
      help: "Days ahead that the Agency tells the principal of a planned absence such as training or leave. Leave blank for no set notice.",
      max: 60,
    }),
    yesNo("invoiceCredit", {
      label: "Invoice credit for uncovered days",
      help: "Yes if the District receives a credit for School Days on which a substitute was due but none served.",
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
});
