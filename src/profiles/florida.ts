import { defineProfile, need, source } from "./define";

const SEEN =
  "casetext.com's copy of Fla. Stat. § 1006.12 (current through the 2024 session) and NASBE's copy of the 2018 text; leg.state.fl.us not found";
const fl = (sub: string, summary: string) =>
  source(`Fla. Stat. § 1006.12${sub}`, summary, SEEN, { secondary: "casetext.com and NASBE copies" });

export const FLORIDA = defineProfile({
  id: "florida",
  label: "Florida",
  name: "Florida Statutes § 1006.12",
  citation: "Fla. Stat. § 1006.12(1)",
  summary:
    "A district sets up an SRO program by a cooperative agreement with the agency. SROs are certified officers who pass background checks, drug testing and a psychological evaluation, complete mental health crisis intervention training, follow school board policies and coordinate through the principal while answering to the agency in employment matters; the agreement names who keeps the records of their training.",
  required: [
    need(
      "selection",
      fl("(1)(a)", "SROs pass criminal background checks, drug testing and a psychological evaluation."),
    ),
    need("training", fl("(1)(c)", "SROs complete mental health crisis intervention training.")),
    need(
      "chain-of-command",
      fl("(1)(b)", "SROs coordinate through the principal and answer to the agency in employment matters."),
    ),
  ],
  reviewEveryYears: null,
  checks: [
    {
      topicId: "training",
      message:
        "Florida law requires the agreement to name who keeps the SROs' training records: choose the Party that keeps them.",
      fails: (a) => a.recordsKeeper !== "agency" && a.recordsKeeper !== "district",
      source: fl("(1)(b)", "The agreement names the entity that keeps the records of training."),
    },
  ],
});
