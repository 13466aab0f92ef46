import { defineTopic, includes } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "complaints",
  title: "Complaints about an SRO",
  group: "People",
  required: false,
  sources: [PRACTICE, { name: "Washington, RCW 28A.320.124" }],
  summary:
    "Many agreements set out how students, families and school staff can complain about an SRO, who investigates, and how quickly the complainant hears back. Washington law, for example, calls for a complaint process for families. The Agency normally investigates under its own complaint or internal affairs procedures, since the SRO is its employee, but the District should be told when a complaint is made and how it ends, as far as personnel-records law allows. A clear, published process builds trust in the program.",
  signals: [
    "complaint",
    "grievance",
    "internal affairs",
    "file a complaint",
    "investigate complaints",
    "professional standards",
    "concerns about the sro",
    "complainant",
  ],
  fields: [
    multi("channels", {
      label: "Ways to make a complaint",
      help: "How a student, family member or staff member may complain about an SRO.",
      required: true,
      options: opts(
        ["agency", "Directly to the Agency, in person, by phone or online"],
        ["school", "Through the School principal, who forwards it to the Agency"],
        ["anonymous", "Anonymously"],
      ),
    }),
    number("forwardDays", "days", {
      label: "Time to forward a complaint to the Agency",
      help: "School Days the District has to pass a complaint made at a School on to the Agency.",
      required: true,
      max: 30,
      when: (a) => includes(a, "channels", "school"),
    }),
    choice("investigator", {
      label: "Investigator",
      help: "Who investigates a complaint about an SRO.",
      required: true,
      options: opts(
        ["agency", "The Agency (or the SRO's employer), under its complaint or internal affairs procedures"],
        ["independent", "An independent reviewer the Parties choose together, with both Parties cooperating"],
      ),
    }),
    number("responseDays", "days", {
      label: "Time to answer the complainant",
      help: "Days from receipt within which the complainant is told the outcome, or the status if the investigation is still open.",
      required: true,
      max: 180,
    }),
    yesNo("informDistrict", {
      label: "District told of complaints and outcomes",
      help: "Yes if the Agency tells the District of each complaint when it is made and of its outcome when it closes. No leaves the MOU silent on it.",
      required: true,
    }),
    yesNo("noRetaliation", {
      label: "Standard term: no retaliation against a complainant",
      help: 'Yes prints: "The SRO shall not retaliate against any person for making a complaint, and the Agency shall treat any retaliation as misconduct." No leaves it out.',
      recommended: true,
    }),
    yesNo("published", {
      label: "Complaint process published",
      help: "Yes if the District describes the process in its student handbook and on its website.",
    }),
    longText("notes", {
      label: "Further terms on complaints",
      help: "Optional wording, for example a form to use or help for families who need an interpreter.",
    }),
  ],
  // Before schema 4 the bar on retaliation always printed.
  upgradeAnswers: (old) => ({ ...old, noRetaliation: old.noRetaliation ?? true }),
});
