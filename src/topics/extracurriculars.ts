import { defineTopic } from "./define";
import { choice, list, longText, number, opts } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const attends = (a: Answers): boolean => typeof a.expectation === "string" && a.expectation !== "none";

export default defineTopic({
  id: "extracurriculars",
  title: "Extracurricular Activities",
  group: "Duties",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO encourages SROs to take part in extracurricular activities, because students who see the officer at games, performances and dances come to know the SRO as a person. NASRO also recommends that the MOU say what attendance is expected and how that time is paid. Events usually fall outside Campus Hours, so the Parties choose between Agency overtime, payment by the District, an off-duty detail, or a shifted schedule. Agreeing the events ahead of each season or semester avoids last-minute requests and surprise invoices.",
  signals: [
    "extracurricular",
    "athletic events",
    "sporting events",
    "football games",
    "dances",
    "after-school",
    "evening events",
    "special events",
    "graduation",
    "off-duty",
    "extra duty",
  ],
  fields: [
    choice("expectation", {
      label: "Attendance at extracurricular events",
      help: "What is expected of the SRO. Agreeing the events in advance each season is common practice.",
      required: true,
      options: opts(
        ["invited", "the SRO may attend when the principal invites, at the SRO's choice"],
        ["agreed", "events agreed in writing before each season or semester"],
        ["listed", "the events listed in this MOU"],
        ["none", "no attendance expected (the MOU is silent on events)"],
      ),
      recommended: "agreed",
    }),
    list("events", {
      label: "Events the SRO attends",
      itemLabel: "Event",
      help: "Each event or kind of event, e.g. home varsity football games.",
      required: true,
      when: (a) => a.expectation === "listed",
    }),
    choice("payment", {
      label: "Payment for event work",
      help: "How the SRO's time at an event outside Campus Hours is paid.",
      required: true,
      when: attends,
      options: opts(
        ["agency", "overtime at the cost of the SRO's employer"],
        ["district", "overtime reimbursed by the District"],
        ["detail", "an off-duty detail paid by the District"],
        ["flex", "a shifted schedule within the SRO's regular hours"],
      ),
    }),
    number("hourlyRate", "money", {
      label: "Hourly rate for event work",
      help: "Optional: the amount the District pays for each hour of event work, e.g. 65. Leave blank to use the SRO's overtime rate or the detail rate.",
      min: 1,
      max: 1_000,
      when: (a) => attends(a) && (a.payment === "district" || a.payment === "detail"),
    }),
    longText("notes", {
      label: "Further terms on extracurricular activities",
      help: "Optional wording, for example a minimum of 2 hours per event or a cap on events per month.",
    }),
  ],
  // An hourly rate of 0 made no sense and printed nothing; schema 4 refuses it.
  upgradeAnswers: (old) => {
    const { hourlyRate, ...rest } = old;
    return hourlyRate === 0 ? rest : { ...old };
  },
  departures: [
    {
      id: "no-extracurriculars",
      message: "The SRO is not expected to attend extracurricular events.",
      recommendation:
        "NASRO encourages SRO involvement in extracurricular activities, because it builds relationships with students.",
      applies: (a) => a.expectation === "none",
    },
  ],
});
