import type { Answers } from "../topics/types";

/** Where a demand comes from: the provision, our one-line summary of it, and when it was checked. */
export interface ProfileSource {
  /** The provision itself: "RCW 28A.320.1242(1)(a)(ii)". */
  readonly citation: string;
  /** What it demands, in one line of our own words. */
  readonly summary: string;
  /** The date (YYYY-MM-DD) the demand was last checked against the text named. */
  readonly checkedOn: string;
  /** Where the text was read: the publisher or site, and which version. */
  readonly seenAt: string;
  /**
   * Set when the statute's own text could not be found and the demand rests on a secondary
   * source (a publisher's copy, a bill summary, an agency's notice): says which.
   */
  readonly secondary?: string;
}

/** A demand a profile makes of one topic's answers. */
export interface ProfileCheck {
  readonly topicId: string;
  /** What is wrong, and what meets the requirement. */
  readonly message: string;
  readonly fails: (answers: Answers) => boolean;
  readonly source: ProfileSource;
}

/** A demand that the MOU cover a topic. */
export interface RequiredTopic {
  readonly topicId: string;
  readonly source: ProfileSource;
}

/**
 * What a statute or a grant condition demands of an MOU. Chosen by the Parties; the topics it
 * names become required and its checks become open items. Facts as found in the public texts
 * named in each demand's source, summarised in our own words: laws change, and counsel should
 * confirm them.
 */
export interface RequirementProfile {
  readonly id: string;
  /** As the wizard lists it. */
  readonly label: string;
  /** As the MOU names it: "the requirements of …". */
  readonly name: string;
  readonly citation: string;
  /** What it demands, in a sentence or two. */
  readonly summary: string;
  /** Topics the MOU must include, each with its source. */
  readonly required: readonly RequiredTopic[];
  /** Ids of the topics the MOU must include (from `required`). */
  readonly requires: readonly string[];
  /** The longest time between reviews it allows, in years; null when it sets none. */
  readonly reviewEveryYears: number | null;
  readonly checks: readonly ProfileCheck[];
}
