import { defineTopic, has, includes } from "./define";
import { choice, longText, multi, number, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const lacks = (a: Answers, area: string): boolean => has(a, "areas") && !includes(a, "areas", area);

export default defineTopic({
  id: "scope",
  title: "Scope of the Assignment",
  group: "Roles",
  required: false,
  sources: [PRACTICE, NASRO],
  summary:
    "Many agreements state where the SRO's School assignment applies: the School grounds, the streets and parking around them, School buses and bus stops, the routes students take, and School events held elsewhere. They also say what the SRO does on days when students are not in School. A clear scope tells principals when they can expect the SRO and tells the Agency when the officer is back in its general pool. NASRO encourages SRO involvement in School events because it builds relationships beyond the classroom.",
  signals: [
    "school grounds",
    "school property",
    "bus stops",
    "school buses",
    "perimeter",
    "off campus",
    "school-sponsored events",
    "jurisdiction",
    "non-school days",
    "routes to and from school",
  ],
  fields: [
    multi("areas", {
      label: "Places covered by the assignment",
      help: "Tick each place where the SRO's School duties apply.",
      required: true,
      options: opts(
        ["grounds", "School buildings and grounds"],
        ["perimeter", "the streets and parking next to each School"],
        ["buses", "District buses"],
        ["stops", "District bus stops"],
        ["routes", "routes students use to and from School"],
        ["events", "School-sponsored events away from School grounds"],
      ),
      recommended: ["grounds", "perimeter", "events"],
    }),
    number("perimeterFeet", "integer", {
      label: "Perimeter distance in feet",
      help: "Optional: how far from School property the perimeter reaches, e.g. 1000.",
      min: 1,
      max: 10_000,
      when: (a) => includes(a, "areas", "perimeter"),
    }),
    choice("nonSchoolDays", {
      label: "Duties on non-School Days",
      help: "What the SRO does on days without students, such as breaks and summer.",
      required: true,
      options: opts(
        ["agency", "Duties for the SRO's employer, unless the Parties agree in writing on a School program"],
        [
          "programs",
          "Summer school and other District programs at a School when held, duties for the employer otherwise",
        ],
        ["schools", "School duties on every working day"],
      ),
    }),
    yesNo("authorityNotLimited", {
      label: "Standard term: the scope does not limit the SRO's police authority elsewhere",
      help: "Yes prints: \"The scope of the SRO's School duties under this MOU does not limit the SRO's authority as a law enforcement officer anywhere within the jurisdiction of the SRO's employer.\" No leaves it out.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on scope",
      help: "Optional wording, for example field trips or District buildings that are not Schools.",
    }),
  ],
  // Before schema 4 the sentence on the SRO's authority elsewhere always printed.
  upgradeAnswers: (old) => ({ ...old, authorityNotLimited: old.authorityNotLimited ?? true }),
  departures: [
    {
      id: "grounds-not-covered",
      message: "The assignment does not cover School buildings and grounds.",
      recommendation:
        "Published agreements place School buildings and grounds at the core of the assignment.",
      applies: (a) => lacks(a, "grounds"),
    },
    {
      id: "perimeter-not-covered",
      message: "The assignment does not cover the area next to each School.",
      recommendation:
        "Many agreements cover the streets and parking next to each School, where incidents often begin or end.",
      applies: (a) => lacks(a, "perimeter"),
    },
    {
      id: "events-not-covered",
      message: "The assignment does not cover School events away from School grounds.",
      recommendation:
        "NASRO encourages SROs to take part in School activities, which builds relationships with students.",
      applies: (a) => lacks(a, "events"),
    },
  ],
});
