import { defineTopic } from "./define";
import { choice, longText, multi, number, opts, time, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const minutes = (a: Answers, key: string): number | null => {
  const v = a[key];
  if (typeof v !== "string") return null;
  const m = /^(\d{2}):(\d{2})$/.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

export default defineTopic({
  id: "hours-on-campus",
  title: "Hours on Campus",
  group: "Duties",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO recommends that the MOU say when the SRO is expected on campus and which duties may take the officer away, such as court appearances, calls for service, training and other needs of the Agency. Many agreements set a daily shift that starts before students arrive and ends after dismissal, on every School Day. They also say how the principal learns that the SRO is leaving and who covers the School while the SRO is away. Clear hours let principals plan around the officer and let the Agency plan its staffing.",
  fields: [
    time("startTime", {
      label: "Start of Campus Hours",
      help: "Time the SRO's day at the School begins, e.g. 07:15; usually before students arrive.",
      required: true,
    }),
    time("endTime", {
      label: "End of Campus Hours",
      help: "Time the SRO's day at the School ends, e.g. 15:45; usually after dismissal.",
      required: true,
    }),
    choice("days", {
      label: "Days on campus",
      help: "On which days the SRO works Campus Hours. Every School Day is common practice for a full-time SRO.",
      required: true,
      options: opts(
        ["schoolDays", "every School Day"],
        ["schoolAndStaffDays", "every School Day and every District staff workday"],
        ["someDays", "only on some days of the School week"],
      ),
      recommended: "schoolDays",
    }),
    multi("weekdays", {
      label: "Weekdays on campus",
      help: "The days of the week on which the SRO is at the School.",
      required: true,
      when: (a) => a.days === "someDays",
      options: opts(
        ["mon", "Monday"],
        ["tue", "Tuesday"],
        ["wed", "Wednesday"],
        ["thu", "Thursday"],
        ["fri", "Friday"],
      ),
    }),
    yesNo("summerSchool", {
      label: "SRO at summer school",
      help: "Optional: yes if the SRO also serves when the District holds summer school. Leave blank if the scope of the assignment settles this.",
    }),
    multi("awayDuties", {
      label: "Duties that may take the SRO off campus",
      help: "Tick each reason for which the SRO may leave the School during Campus Hours.",
      required: true,
      options: opts(
        ["court", "court appearances"],
        ["calls", "urgent calls for service away from the School"],
        ["training", "Agency and SRO training"],
        ["agency", "Agency emergencies and staffing needs"],
      ),
      recommended: ["court", "calls", "training", "agency"],
    }),
    yesNo("notifyPrincipal", {
      label: "Notice to the principal when the SRO leaves",
      help: "Yes if the SRO tells the principal or a designee before leaving campus during Campus Hours.",
      required: true,
      recommended: true,
    }),
    number("plannedNoticeDays", "days", {
      label: "Notice of a planned absence",
      help: "Optional: how many days ahead the Agency tells the principal of planned training or leave, e.g. 5.",
      max: 60,
    }),
    choice("coverage", {
      label: "Coverage when the SRO is away",
      help: "Who looks after the School when the SRO is absent for a day or more.",
      required: true,
      options: opts(
        ["substitute", "a substitute officer assigned by the Agency"],
        ["patrol", "patrol officers answering calls from the School"],
        ["none", "no coverage beyond ordinary police service"],
      ),
      recommended: "substitute",
    }),
    longText("notes", {
      label: "Further terms on hours",
      help: "Optional wording, for example how an SRO shared by 2 Schools divides the week.",
    }),
  ],
  departures: [
    {
      id: "part-week",
      message: "The SRO is on campus only on some days of the School week.",
      recommendation:
        "NASRO describes the SRO as a full-time officer assigned to the School; most agreements place the SRO on campus every School Day.",
      applies: (a) => a.days === "someDays",
    },
    {
      id: "no-notice-to-principal",
      message: "The SRO need not tell the principal before leaving campus.",
      recommendation:
        "Common practice is that the SRO tells the principal or a designee when leaving during Campus Hours.",
      applies: (a) => a.notifyPrincipal === false,
    },
    {
      id: "no-coverage",
      message: "No one covers the School when the SRO is away.",
      recommendation:
        "NASRO recommends that the MOU provide for coverage when the SRO is absent; many agreements use a substitute officer.",
      applies: (a) => a.coverage === "none",
    },
  ],
  rules: [
    {
      id: "end-after-start",
      message: () => "The end of Campus Hours must be later than the start.",
      fails: (a) => {
        const s = minutes(a, "startTime");
        const e = minutes(a, "endTime");
        return s !== null && e !== null && e <= s;
      },
    },
  ],
  terms: [
    {
      term: "Campus Hours",
      definition:
        "the hours of the day, set out in this MOU, during which the SRO is assigned to be on duty at a School",
    },
  ],
});
