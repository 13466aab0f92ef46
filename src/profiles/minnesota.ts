import { noAdministeringDiscipline, stateTraining } from "./checks";
import { defineProfile, need, source } from "./define";

const SUBD2 =
  "revisor.mn.gov, HF 2496 (2025) as introduced, which reprints Minn. Stat. 2024 § 626.8482 subd. 2 as in force before its amendments";
const SUBD3 =
  "the U.S. Department of Education's Discipline Compendium copy of § 626.8482 subd. 3 (safesupportivelearning.ed.gov); revisor.mn.gov statute page not found";
const s2 = (para: string, summary: string) => source(`Minn. Stat. § 626.8482 subd. 2${para}`, summary, SUBD2);
const s3 = (para: string, summary: string) =>
  source(`Minn. Stat. § 626.8482 subd. 3${para}`, summary, SUBD3, {
    secondary: "U.S. Department of Education Discipline Compendium copy",
  });
const LAW = "Minnesota law";

export const MINNESOTA = defineProfile({
  id: "minnesota",
  label: "Minnesota",
  name: "Minnesota Statutes § 626.8482",
  citation: "Minn. Stat. § 626.8482",
  summary:
    "An SRO's contract with the district or charter school includes the duties the statute lists (school climate through relationships, protecting people at school from crime, liaison to school officials, advice on safety drills, finding weak points in facilities and protocols, teaching on law enforcement topics, enforcing criminal law) and may add more; the SRO does not use force or the office's authority solely to enforce school rules or take part in enforcing discipline for them. From September 1, 2025 an officer completes the state SRO course before taking up the duties (within 6 months when the employer cannot offer it sooner).",
  required: [
    need(
      "day-to-day-duties",
      s2("(a)", "The contract lists the SRO's duties, at least those the statute names."),
    ),
    need(
      "formal-discipline",
      s2("(c)", "The SRO takes no part in enforcing discipline for school-rule violations."),
    ),
    need(
      "force-and-restraint",
      s2("(c)", "The SRO uses no force or authority solely to enforce school rules."),
    ),
    need(
      "training",
      s3("(a)", "From Sept. 1, 2025 the officer completes the state SRO course before starting."),
    ),
  ],
  reviewEveryYears: null,
  checks: [
    noAdministeringDiscipline(
      LAW,
      s2("(c)", "The SRO takes no part in enforcing discipline for school-rule violations."),
    ),
    {
      topicId: "force-and-restraint",
      message:
        "Minnesota law bars force used solely to enforce school rules: answer Yes to no force for school discipline.",
      fails: (a) => a.noForceForDiscipline !== true,
      source: s2("(c)", "The SRO uses no force or authority solely to enforce school rules."),
    },
    stateTraining(
      LAW,
      "before",
      s3(
        "(a), (c)",
        "The officer completes the state SRO course before starting (6 months only when the employer cannot provide it).",
      ),
    ),
  ],
});
