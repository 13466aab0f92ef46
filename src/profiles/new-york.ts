import { noAdministeringDiscipline, publicInput } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN =
  "N.Y. Educ. Law § 2801-a(10) as cited and followed by a district's MOU (Jamesville-DeWitt CSD, 2021); the subdivision's text was not found (the copies of § 2801-a found stop before it)";
const ny = (summary: string) =>
  source("N.Y. Educ. Law § 2801-a(10)", summary, SEEN, {
    secondary: "an MOU adopted under the subdivision; statute text not found",
  });

export const NEW_YORK = defineProfile({
  id: "new-york",
  label: "New York",
  name: "New York Education Law § 2801-a(10)",
  citation: "N.Y. Educ. Law § 2801-a(10)",
  summary:
    "A district that uses SROs or other police in its schools sets their role in a written contract or MOU developed with the school community (families, students, staff and the agency), which states that school discipline stays with administrators and is part of the district-wide safety plan. Not read in the statute's own text.",
  required: [
    need("formal-discipline", ny("Discipline stays with school administrators, not the SRO.")),
    need("family-and-community", ny("The agreement is developed with input from stakeholders.")),
  ],
  reviewEveryYears: null,
  checks: [
    noAdministeringDiscipline(
      "New York law",
      ny("Discipline stays with school administrators, not the SRO."),
    ),
    publicInput("New York law", ny("The agreement is developed with input from stakeholders.")),
  ],
});
