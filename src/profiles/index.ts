import { CONNECTICUT } from "./connecticut";
import { COPS_2020 } from "./cops";
import { FLORIDA } from "./florida";
import { ILLINOIS } from "./illinois";
import { MASSACHUSETTS } from "./massachusetts";
import { MINNESOTA } from "./minnesota";
import { NEW_YORK } from "./new-york";
import { OHIO } from "./ohio";
import { TEXAS } from "./texas";
import type { ProfileCheck, ProfileSource, RequirementProfile } from "./types";
import { VIRGINIA } from "./virginia";
import { WASHINGTON } from "./washington";

export type { ProfileCheck, ProfileSource, RequiredTopic, RequirementProfile } from "./types";

/** Every profile the Parties may choose, in the order the wizard lists them. */
export const PROFILES: readonly RequirementProfile[] = [
  COPS_2020,
  VIRGINIA,
  WASHINGTON,
  CONNECTICUT,
  ILLINOIS,
  OHIO,
  TEXAS,
  MINNESOTA,
  MASSACHUSETTS,
  NEW_YORK,
  FLORIDA,
];

const byId = new Map(PROFILES.map((p) => [p.id, p]));

export function getProfile(id: string): RequirementProfile | undefined {
  return byId.get(id);
}

/** The chosen profiles, in the order of the list above. */
export function chosenProfiles(ids: readonly string[]): RequirementProfile[] {
  return PROFILES.filter((p) => ids.includes(p.id));
}

/** The source of the demand that the MOU cover a topic. */
export function requirementSource(profile: RequirementProfile, topicId: string): ProfileSource {
  const required = profile.required.find((r) => r.topicId === topicId);
  return (
    required?.source ?? { citation: profile.citation, summary: profile.summary, checkedOn: "", seenAt: "" }
  );
}

/** The source of a demand a profile makes of a topic's answers. */
export function checkSource(_profile: RequirementProfile, check: ProfileCheck): ProfileSource {
  return check.source;
}

/**
 * Years between reviews: what the MOU itself says (the amendment topic), shortened by any
 * chosen profile that demands more often; one year when the MOU is silent.
 */
export function reviewIntervalYears(agreed: number | null, ids: readonly string[]): number {
  const limits = chosenProfiles(ids).flatMap((p) => (p.reviewEveryYears ? [p.reviewEveryYears] : []));
  return Math.max(1, Math.min(agreed ?? 1, ...limits));
}
