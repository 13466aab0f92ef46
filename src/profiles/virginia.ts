import { postedOnline, publicInput, reviewAtLeastEvery } from "./checks";
import { defineProfile, need, source } from "./define";

const SECTION = "Va. Code § 22.1-280.2:3";
const SEEN =
  "the section as amended by 2020 Acts ch. 171 (SB 221) and HB 292, bill and chapter text on lis.virginia.gov and legiscan.com";
const va = (summary: string) => source(SECTION, summary, SEEN);
const LAW = "Virginia law";

export const VIRGINIA = defineProfile({
  id: "virginia",
  label: "Virginia",
  name: "Virginia Code § 22.1-280.2:3",
  citation: "Code of Virginia § 22.1-280.2:3",
  summary:
    "Where SROs serve, the school board and the agency keep an MOU, based on the state model, that sets out the SROs' powers and duties; they review it and amend or reaffirm it at least every 2 years and whenever either asks, post it on the division's website, and give notice and take public input at each review. Separately, SROs meet the DCJS minimum training standards (§ 9.1-114.1; read only in a secondary copy).",
  required: [
    need("day-to-day-duties", va("The MOU sets out the SROs' powers and duties.")),
    need("publication", va("The school board publishes the current MOU on the division's website.")),
    need(
      "family-and-community",
      va("Each review of the MOU comes with notice and a chance for public input."),
    ),
  ],
  reviewEveryYears: 2,
  checks: [
    postedOnline(LAW, va("The school board publishes the current MOU on the division's website.")),
    publicInput(LAW, va("Each review of the MOU comes with notice and a chance for public input.")),
    reviewAtLeastEvery(
      LAW,
      2,
      va("The Parties review and amend or reaffirm the MOU at least every 2 years."),
    ),
    {
      topicId: "amendment",
      message:
        "Virginia law requires a review whenever either Party asks: answer Yes to a review on request.",
      fails: (a) => a.reviewOnRequest !== true,
      source: va("Either Party may ask for a review at any time."),
    },
  ],
});
