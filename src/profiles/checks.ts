import { has, includes, num } from "../topics/define";
import type { Answers } from "../topics/types";
import type { ProfileCheck, ProfileSource } from "./types";

export const noFormalDiscipline = (law: string, source: ProfileSource): ProfileCheck => ({
  topicId: "formal-discipline",
  message: `${law} keeps the SRO out of formal school discipline: choose "No role" for the SRO's role in Formal Discipline.`,
  fails: (a) => a.sroRole !== "none",
  source,
});

export const noAdministeringDiscipline = (law: string, source: ProfileSource): ProfileCheck => ({
  topicId: "formal-discipline",
  message: `${law} leaves school discipline to school staff: the SRO may not administer discipline.`,
  fails: (a) => a.sroRole === "administers",
  source,
});

export const postedOnline = (law: string, source: ProfileSource): ProfileCheck => ({
  topicId: "publication",
  message: `${law} requires the MOU to be posted online: answer Yes to posting it.`,
  fails: (a) => a.post !== true,
  source,
});

export const publicInput = (law: string, source: ProfileSource): ProfileCheck => ({
  topicId: "family-and-community",
  message: `${law} requires input from families and the community when the MOU is reviewed: answer Yes to public input.`,
  fails: (a) => a.publicInput !== true,
  source,
});

export const reviewAtLeastEvery = (law: string, years: number, source: ProfileSource): ProfileCheck => ({
  topicId: "amendment",
  message: `${law} requires a review at least every ${years === 1 ? "year" : `${years} years`}: set the years between reviews to ${years === 1 ? "1" : `${years} or fewer`}.`,
  fails: (a) => (num(a, "reviewYears") ?? 1) > years,
  source,
});

const COURSE_BY = ["before", "days180", "months6", "year1"] as const;
type CourseBy = (typeof COURSE_BY)[number];
const COURSE_BY_WORDS: Record<CourseBy, string> = {
  before: "before starting at a School",
  days180: "within 180 days",
  months6: "within 6 months",
  year1: "within 1 year",
};
const rank = (a: Answers): number => COURSE_BY.indexOf(a.stateCourseBy as CourseBy);

/** The state's SRO training is due no later than `latest` (and, when given, lasts `hours` or more). */
export const stateTraining = (
  law: string,
  latest: CourseBy,
  source: ProfileSource,
  hours?: number,
): ProfileCheck => ({
  topicId: "training",
  message: `${law} requires ${hours ? `at least ${hours} hours of ` : ""}SRO training ${COURSE_BY_WORDS[latest]}${latest === "before" ? "" : " after starting at a School"}: set the deadline for the state's required SRO training to ${latest === "before" ? `"Before starting at a School"` : `"${COURSE_BY_WORDS[latest]}" or sooner`}${hours ? `, and its hours to ${hours} or more` : ""}.`,
  fails: (a) =>
    rank(a) < 0 ||
    rank(a) > COURSE_BY.indexOf(latest) ||
    (hours !== undefined && (num(a, "stateCourseHours") ?? 0) < hours),
  source,
});

/** Every one of `values` is chosen in the multi-choice field `key`. */
export const allOf = (a: Answers, key: string, values: readonly string[]): boolean =>
  has(a, key) && values.every((v) => includes(a, key, v));
