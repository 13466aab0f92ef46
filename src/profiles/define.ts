import type { ProfileSource, RequiredTopic, RequirementProfile } from "./types";

/** The day the demands marked with it were checked against the texts their sources name. */
export const CHECKED = "2026-11-29";

export function source(
  citation: string,
  summary: string,
  seenAt: string,
  more: { secondary?: string; checkedOn?: string } = {},
): ProfileSource {
  return {
    citation,
    summary,
    checkedOn: more.checkedOn ?? CHECKED,
    seenAt,
    ...(more.secondary ? { secondary: more.secondary } : {}),
  };
}

export const need = (topicId: string, from: ProfileSource): RequiredTopic => ({ topicId, source: from });

export function defineProfile(p: Omit<RequirementProfile, "requires">): RequirementProfile {
  return { ...p, requires: p.required.map((r) => r.topicId) };
}
