import { noAdministeringDiscipline } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN =
  "instalawyer.io's copy of M.G.L. c. 71 § 37P as amended by St. 2020 c. 253, and mass.gov's notes on the model MOU; malegislature.gov text not found";
const ma = (summary: string) =>
  source("M.G.L. c. 71 § 37P", summary, SEEN, { secondary: "instalawyer.io copy and mass.gov notes" });

export const MASSACHUSETTS = defineProfile({
  id: "massachusetts",
  label: "Massachusetts",
  name: "Massachusetts General Laws chapter 71, section 37P",
  citation: "M.G.L. c. 71 § 37P",
  summary:
    "The chief of police and the superintendent sign an MOU that follows the state's model MOU, which a state commission reviews; an SRO is a sworn officer holding the special SRO certification (c. 6E § 3(b)). Under the model MOU the agreement covers how the SRO is selected, the roles of the SRO and administrators in responding to misbehavior (SROs are not school disciplinarians or enforcers of school rules), information sharing and training. Read only in secondary copies.",
  required: [
    need("selection", ma("The MOU sets how the SRO is selected (as the model MOU does).")),
    need("formal-discipline", ma("SROs are not school disciplinarians or enforcers of school regulations.")),
    need("information-sharing", ma("The MOU sets information sharing between the SRO and school staff.")),
    need("training", ma("The MOU sets the SRO's training; SROs hold the state's SRO certification.")),
  ],
  reviewEveryYears: null,
  checks: [
    noAdministeringDiscipline(
      "Massachusetts law",
      ma("SROs are not school disciplinarians or enforcers of school regulations."),
    ),
  ],
});
