import { defineTopic, has, includes } from "./define";
import { list, longText, multi, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const lacks = (a: Answers, duty: string): boolean =>
  has(a, "excludedDuties") && !includes(a, "excludedDuties", duty);

export default defineTopic({
  id: "day-to-day-duties",
  title: "Day-to-Day Duties",
  group: "Duties",
  required: true,
  sources: [NASRO, PRACTICE, { name: "Texas Education Code § 37.081" }],
  summary:
    "NASRO recommends that the SRO spend each day in the three roles of officer, educator and mentor, rather than at a fixed post or on a fixed list of daily tasks. An SRO who stays flexible can help a teacher, an administrator or a student who asks, and has time to build the relationships the program depends on. Many agreements list the SRO's usual duties and also list the work the SRO does not do: routine office work, enforcing School rules or Formal Discipline, and guard duty. Texas law, for example, bars routine discipline and administrative duties for SROs.",
  signals: [
    "duties",
    "responsibilities",
    "daily",
    "patrol",
    "visible presence",
    "traffic",
    "arrival and dismissal",
    "fixed post",
    "lunch duty",
    "assist",
    "tasks",
  ],
  fields: [
    yesNo("flexible", {
      label: "No fixed posts or fixed daily duties",
      help: "Yes if the SRO is not tied to a fixed post or a fixed daily routine, and stays free to help when asked.",
      required: true,
      recommended: true,
      // "No" is a term: the SRO covers the fixed posts and daily duties listed below.
      noIsTerm: true,
    }),
    list("fixedPosts", {
      label: "Fixed posts and daily duties",
      itemLabel: "Post or duty",
      help: "Each post or daily task the SRO must cover, with its time, e.g. front entrance during morning arrival.",
      required: true,
      when: (a) => a.flexible === false,
    }),
    yesNo("availableBetweenPosts", {
      label: "Available to help between fixed posts",
      help: "Yes if, outside the fixed posts and daily duties, the SRO stays available to help teachers, administrators and students who ask.",
      recommended: true,
      when: (a) => a.flexible === false,
    }),
    list("duties", {
      label: "Duties of the SRO",
      itemLabel: "Duty",
      help: 'The SRO\'s usual duties, one per line, as short phrases that read after "The SRO shall carry out".',
      required: true,
      recommended: [
        "being visible and approachable in hallways, common areas and at arrival and dismissal",
        "responding to crimes and threats to safety at the School",
        "teaching public safety lessons when a teacher or administrator invites the SRO",
        "mentoring students and referring them to School counselors and other support staff",
        "advising administrators on safety planning, drills and the law that affects students",
        "working with School staff to assess threats of violence",
      ],
    }),
    multi("excludedDuties", {
      label: "Duties the SRO does not perform",
      help: "Tick each kind of work the District may not assign to the SRO.",
      required: true,
      options: opts(
        ["administrative", "routine administrative work"],
        ["discipline", "enforcing School rules and administering Formal Discipline"],
        ["security", "security-guard work"],
        ["supervision", "routine supervision of students"],
      ),
      recommended: ["administrative", "discipline", "security", "supervision"],
    }),
    longText("notes", {
      label: "Further terms on daily duties",
      help: "Optional wording, for example how the principal asks for the SRO's help with a particular event.",
    }),
  ],
  // Before schema 4 the sentence on helping between fixed posts printed whenever posts were fixed.
  upgradeAnswers: (old) =>
    old.flexible === false && old.availableBetweenPosts === undefined
      ? { ...old, availableBetweenPosts: true }
      : { ...old },
  departures: [
    {
      id: "fixed-posts",
      message: "The SRO is tied to fixed posts or fixed daily duties.",
      recommendation:
        "NASRO recommends that the SRO not be tied to fixed posts or routines, so the SRO can work in all three roles.",
      applies: (a) => a.flexible === false,
    },
    {
      id: "administrative-duties-allowed",
      message: "The SRO may be given routine administrative work.",
      recommendation:
        "Common practice, and Texas law, keep routine administrative work away from the SRO so the officer works in the three roles.",
      applies: (a) => lacks(a, "administrative"),
    },
    {
      id: "discipline-duties-allowed",
      message: "The SRO may be asked to enforce School rules or administer Formal Discipline.",
      recommendation: "NASRO recommends that School discipline stay with District staff alone.",
      applies: (a) => lacks(a, "discipline"),
    },
    {
      id: "security-duties-allowed",
      message: "The SRO may be used as a security guard.",
      recommendation: "NASRO describes the SRO as a career officer in three roles, not a security guard.",
      applies: (a) => lacks(a, "security"),
    },
    {
      id: "supervision-duties-allowed",
      message: "The SRO may be given routine supervision of students.",
      recommendation:
        "Many agreements keep the SRO off lunch, bus and detention duty so the officer can work in the three roles.",
      applies: (a) => lacks(a, "supervision"),
    },
  ],
});
