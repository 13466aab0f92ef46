import { publicInput, stateTraining } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN = "ilga.gov, 105 ILCS 5/10-20.68 as amended by P.A. 104-0430 (MOU provisions from July 1, 2026)";
const il = (sub: string, summary: string) => source(`105 ILCS 5/10-20.68${sub}`, summary, SEEN);
const LAW = "Illinois law";

export const ILLINOIS = defineProfile({
  id: "illinois",
  label: "Illinois",
  name: "Illinois 105 ILCS 5/10-20.68",
  citation: "105 ILCS 5/10-20.68 (MOU required from July 1, 2026)",
  summary:
    "From July 1, 2026 a district using an SRO has an MOU with the agency that defines the SRO's role, duties and responsibilities; ensures the SRO is trained or has a training waiver, including training on working with students with disabilities; bars the SRO from issuing tickets or citations on school property under § 10-22.6(i) (the municipal-code ticket ban); sets data collection and reporting under § 2-3.206; and provides for regular review and evaluation with community and stakeholder input. The agency gives the district the state certificate, or waiver, showing the officer completed the course within a year of assignment.",
  required: [
    need("day-to-day-duties", il("(a-5)(1)", "The MOU defines the SRO's role, duties and responsibilities.")),
    need("training", il("(a-5)(2)", "The MOU sets procedures to ensure the SRO is trained or has a waiver.")),
    need(
      "students-with-disabilities",
      il("(a-5)(2)", "The SRO's training includes working with students with disabilities."),
    ),
    need(
      "citations-and-arrests",
      il(
        "(a-5)(3)",
        "The MOU bars the SRO from issuing tickets or citations on school property, as § 10-22.6(i) provides.",
      ),
    ),
    need("data-and-reporting", il("(a-5)(4)", "The MOU sets data collection and reporting under § 2-3.206.")),
    need(
      "purpose-and-goals",
      il("(a-5)(5)", "The MOU provides for regular review and evaluation of the SRO program."),
    ),
    need(
      "family-and-community",
      il("(a-5)(5)", "The program is reviewed and evaluated regularly with community and stakeholder input."),
    ),
  ],
  reviewEveryYears: null,
  checks: [
    {
      topicId: "citations-and-arrests",
      message:
        "Illinois law bars the SRO from issuing tickets or citations on school property for municipal-code violations: answer Yes to no tickets for municipal-code violations.",
      fails: (a) => a.noMunicipalTickets !== true,
      source: il(
        "(a-5)(3)",
        "The SRO issues no tickets or citations on school property, as § 10-22.6(i) provides (the § 10-22.6(i) text itself was read only in summaries).",
      ),
    },
    stateTraining(
      LAW,
      "year1",
      il("(b)", "The officer completes the state SRO course, or has a waiver, within 1 year of assignment."),
    ),
    publicInput(
      LAW,
      il("(a-5)(5)", "The program is reviewed and evaluated regularly with community and stakeholder input."),
    ),
  ],
});
