import { noAdministeringDiscipline, publicInput } from "./checks";
import { defineProfile, need, source } from "./define";

const SEEN =
  "N.Y. Educ. Law § 2801-a(10) as cited and followed by a district's MOU (Jamesville-DeWitt CSD, 2021); the subdivision's text was not found (the copies of § 2801-a found stop before it)";
const ny = (summary: string) =>
  source("N.Y. Educ. Law § 2801-a(10)", summary, SEEN, {
    secondary: "an MOU adopted under the subdivision and the issue's description; statute text not found",
  });

export const NEW_YORK = defineProfile({
  id: "new-york",
  label: "New York",
  name: "New York Education Law § 2801-a(10)",
  citation: "N.Y. Educ. Law § 2801-a(10)",
  summary:
    "Districts make SRO agreements under § 2801-a(10) (a district's MOU says it is adopted under the subdivision). As the demands here rest on that MOU and on the issue's description, not on the statute's text: the SRO's role is set in a written agreement developed with the school community, and school discipline stays with administrators. Confirm against the statute before relying on them.",
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
