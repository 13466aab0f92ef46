import { stateTraining } from "./checks";
import { defineProfile, need, source } from "./define";

const EDUC =
  "legalfix.com and casetext.com copies of Tex. Educ. Code § 37.081 (the casetext copy is the text in force until 1/1/2025); statutes.capitol.texas.gov not found";
const OCC = "lawserver.com and instalawyer.io copies of Tex. Occ. Code § 1701.263";
const RESTRAINT = "NASBE and ESC Region 18 copies of Tex. Educ. Code § 37.0021(h)";
const secondary = "publishers' copies; the text in force from 2025 was not found";
const tx = (citation: string, summary: string, seen: string) =>
  source(citation, summary, seen, { secondary });
const LAW = "Texas law";

export const TEXAS = defineProfile({
  id: "texas",
  label: "Texas",
  name: "Texas Education Code § 37.081",
  citation: "Tex. Educ. Code § 37.081; Tex. Occ. Code § 1701.263",
  summary:
    "The board sets the SROs' law enforcement duties, and the MOU includes them; the MOU is an interlocal contract that allocates costs proportionately (as read in the text in force until 2025); the state's restraint rules apply to SROs serving under an MOU (§ 37.0021(h)); each SRO completes at least 16 hours of approved training within 180 days of placement, or NASRO's advanced course (Occ. Code § 1701.263).",
  required: [
    need(
      "day-to-day-duties",
      tx(
        "Tex. Educ. Code § 37.081(d)",
        "The board's law enforcement duties for SROs appear in the MOU.",
        EDUC,
      ),
    ),
    need(
      "billing",
      tx(
        "Tex. Educ. Code § 37.081(a-2)",
        "The MOU is an interlocal contract using a proportionate cost allocation.",
        EDUC,
      ),
    ),
    need(
      "force-and-restraint",
      tx(
        "Tex. Educ. Code § 37.0021(h)",
        "The state's rules on restraint apply to SROs serving under an MOU.",
        RESTRAINT,
      ),
    ),
    need(
      "training",
      tx(
        "Tex. Occ. Code § 1701.263(b)",
        "Each SRO completes approved SRO training within 180 days of placement.",
        OCC,
      ),
    ),
  ],
  reviewEveryYears: null,
  // The earlier "no routine discipline" demand (said to be § 37.081(d-1), added by HB 3470 of
  // 2019) is left out: no text of that subsection, primary or secondary, could be found.
  checks: [
    stateTraining(
      LAW,
      "days180",
      tx(
        "Tex. Occ. Code § 1701.263(b)",
        "At least 16 hours of approved training within 180 days of placement (NASRO's advanced course also meets it).",
        OCC,
      ),
      16,
    ),
  ],
});
