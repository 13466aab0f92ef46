import { noFormalDiscipline, publicInput, reviewAtLeastEvery, stateTraining } from "./checks";
import { defineProfile, need, source } from "./define";

const WA =
  "app.leg.wa.gov (RCW 28A.320.1242, 28A.320.124) and lawfilesext.leg.wa.gov (RCW 28A.400.345), current text";
const wa = (citation: string, summary: string) => source(citation, summary, WA);
const LAW = "Washington law";
const AGREEMENT = "RCW 28A.320.1242(1)(a)(i), 28A.320.124(1)";

export const WASHINGTON = defineProfile({
  id: "washington",
  label: "Washington",
  name: "Washington RCW 28A.320.1242",
  citation: "Revised Code of Washington 28A.320.1242 (with 28A.320.124 and 28A.400.345)",
  summary:
    "The district reviews and adopts the agreement every year, with parents, students and community members taking part. The agreement meets the district policy rules of RCW 28A.320.124(1) (no SRO in formal discipline, when staff may ask an SRO to step in, a positive school climate, a complaint process), sets a jointly determined hiring and placement process and a performance evaluation process, and confirms each officer's training or a plan to finish it (classroom units within 6 months, 2 days on the job within the first year). Each school year the district explains the role to students and families.",
  required: [
    need(
      "formal-discipline",
      wa(AGREEMENT, "The agreement says the SRO stays out of formal school discipline."),
    ),
    need(
      "staff-calls",
      wa(
        `${AGREEMENT}(b)`,
        "The agreement says when teachers and administrators may ask the SRO to step in.",
      ),
    ),
    need(
      "purpose-and-goals",
      wa(
        `${AGREEMENT}(c)`,
        "The agreement explains how the SRO helps build a positive school climate and relationships with students.",
      ),
    ),
    need(
      "complaints",
      wa(`${AGREEMENT}(d)`, "The agreement says how families complain and how complaints are investigated."),
    ),
    need(
      "selection",
      wa(
        "RCW 28A.320.1242(1)(a)(ii)",
        "The agreement sets a hiring and placement process the Parties determine jointly.",
      ),
    ),
    need(
      "evaluation",
      wa("RCW 28A.320.1242(1)(a)(ii)", "The agreement sets a performance evaluation process."),
    ),
    need(
      "training",
      wa(
        "RCW 28A.320.1242(1)(a)(iii)",
        "The agreement confirms the officers' training or sets a plan to complete it.",
      ),
    ),
    need(
      "family-and-community",
      wa(
        "RCW 28A.320.1242(1)(b)",
        "Parents, students and community members take part in reviewing and adopting the agreement.",
      ),
    ),
  ],
  reviewEveryYears: 1,
  checks: [
    noFormalDiscipline(
      LAW,
      wa(
        "RCW 28A.320.124(1)(a)(i)",
        "An SRO takes no part in formal school discipline, which is for administrators.",
      ),
    ),
    {
      topicId: "selection",
      message:
        'Washington law requires a hiring and placement process the Parties determine jointly: choose "Joint" for how the SRO is selected.',
      fails: (a) => a.selectionProcess !== "joint",
      source: wa(
        "RCW 28A.320.1242(1)(a)(ii)",
        "The Parties determine the hiring and placement process jointly.",
      ),
    },
    stateTraining(
      LAW,
      "days180",
      wa(
        "RCW 28A.320.1242(1)(a)(iii); 28A.400.345(2)(b)",
        "Each officer finishes the state's classroom training within the first 6 months at school (180 days meets it).",
      ),
    ),
    publicInput(
      LAW,
      wa(
        "RCW 28A.320.1242(1)(b)",
        "Parents, students and community members take part in reviewing and adopting the agreement.",
      ),
    ),
    {
      topicId: "family-and-community",
      message:
        "Washington law has the District explain the SRO's role to students and families each school year: answer Yes to explaining the role.",
      fails: (a) => a.explainRole !== true,
      source: wa(
        "RCW 28A.320.124(2)",
        "At the start of each school year the district presents the role to students and sends it to families (a district duty the MOU can record).",
      ),
    },
    reviewAtLeastEvery(
      LAW,
      1,
      wa("RCW 28A.320.1242(1)(a)", "The district reviews and adopts the agreement every year."),
    ),
  ],
});
