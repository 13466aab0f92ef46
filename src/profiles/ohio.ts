import { stateTraining } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN =
  "legalfix.com's copy of ORC 3313.951(A)-(B), and the MOU paragraph (C) as quoted by NASBE and Crisis Prevention Institute; codes.ohio.gov not found";
const oh = (sub: string, summary: string) =>
  source(`Ohio Rev. Code 3313.951${sub}`, summary, SEEN, { secondary: "legalfix.com and NASBE copies" });
const LAW = "Ohio law";

export const OHIO = defineProfile({
  id: "ohio",
  label: "Ohio",
  name: "Ohio Revised Code 3313.951",
  citation: "Ohio Rev. Code 3313.951",
  summary:
    "Before using SROs the district and the agency enter an MOU that states the program's purpose and the roles, responsibilities and expectations of SROs, the agency, administrators, staff and teachers, and that addresses professional development in age-appropriate conflict resolution, de-escalation and crisis intervention. An SRO appointed from November 2, 2018 completes at least 40 hours of approved SRO training within a year of appointment.",
  required: [
    need("purpose-and-goals", oh("(C)(1)", "The MOU states the purpose of the SRO program.")),
    need(
      "day-to-day-duties",
      oh(
        "(C)(2)",
        "The MOU defines the roles and expectations of SROs, the agency, administrators, staff and teachers.",
      ),
    ),
    need(
      "training",
      oh(
        "(C)(2)",
        "The MOU addresses professional development in conflict resolution, de-escalation and crisis intervention.",
      ),
    ),
  ],
  reviewEveryYears: null,
  checks: [
    stateTraining(
      LAW,
      "year1",
      oh(
        "(B)(1)(b)",
        "Each SRO completes at least 40 hours of approved SRO training within a year of appointment.",
      ),
      40,
    ),
  ],
});
