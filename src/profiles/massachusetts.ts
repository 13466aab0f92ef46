import { noAdministeringDiscipline } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN =
  "instalawyer.io's copy of M.G.L. c. 71 § 37P(a)-(b) as amended by St. 2020 c. 253; boards.mass.gov on the model MOU commission; mass.gov's 2018 notice and page on the model MOU; malegislature.gov text not found";
const ma = (summary: string) =>
  source("M.G.L. c. 71 § 37P", summary, SEEN, {
    secondary: "instalawyer.io copy; mass.gov notices on the model MOU",
  });

export const MASSACHUSETTS = defineProfile({
  id: "massachusetts",
  label: "Massachusetts",
  name: "Massachusetts General Laws c. 71 § 37P",
  citation: "M.G.L. c. 71 § 37P",
  summary:
    "An SRO is a sworn officer with the special SRO certification of c. 6E § 3(b) (definition in § 37P(a)). A state commission develops and reviews the model SRO MOU, the minimum a school and police department's MOU must meet; under the model, and as the state agencies put it when the 2018 law took effect, SROs do not take the place of school disciplinarians, enforcers of school rules or school-based mental health providers, and the MOU covers how the SRO is selected, information sharing and training. The MOU paragraph of § 37P itself was not found; read only in secondary copies.",
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
