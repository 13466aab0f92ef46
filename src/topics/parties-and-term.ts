import { defineTopic } from "./define";
import { choice, date, number, opts } from "./fields";
import { NASRO, PRACTICE } from "./sources";

export default defineTopic({
  id: "parties-and-term",
  title: "Parties, Schools and Term",
  group: "Agreement",
  required: true,
  coversParties: true,
  sources: [NASRO, PRACTICE],
  summary:
    "The MOU names the law enforcement agency and the school district, the people who sign for each, and the schools the program serves, with the number of officers at each. NASRO treats the MOU as the document that fixes the program's goals and each side's duties, so both heads should sign it and it should say when it starts and how long it runs. Most agreements run for one to three school years and start shortly before the first day of school, so that the SRO is in place when students arrive.",
  fields: [
    date("effectiveDate", {
      label: "Effective date",
      help: "The day the MOU takes effect; usually a few weeks before the first day of school.",
      required: true,
      fact: "effectiveDate",
    }),
    number("termYears", "integer", {
      label: "Term in years",
      help: "How many years the MOU runs before it ends or renews.",
      required: true,
      min: 1,
      max: 10,
      recommended: 1,
      fact: "termYears",
    }),
    choice("scheduleChanges", {
      label: "Changes to the schedule of schools",
      help: "How the Parties add or remove a school, or change the number of officers at one.",
      required: true,
      options: opts(
        ["letter", "By a letter signed by both heads, without a formal amendment"],
        ["amendment", "Only by a written amendment of this MOU"],
      ),
      recommended: "letter",
    }),
  ],
  rules: [
    {
      id: "no-schools",
      fails: (_a, facts) => facts.schoolCount === 0,
      message: () => "The schedule of schools is empty: add at least one school.",
    },
  ],
});
