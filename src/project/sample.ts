import type { Project } from "./schema";

/** The id of the bundled sample (public/sample.mou.json), which a first visit opens to explore. */
export const SAMPLE_ID = "sample-maple-grove";

/**
 * The id of the bundled review sample (public/sample-review.mou.json): a signed MOU with its
 * annual review under way, so the review meeting can be tried at once.
 */
export const REVIEW_SAMPLE_ID = "sample-review-cedar-falls";

/** Whether a project is one of the bundled samples, to say so on screen: it is no one's own MOU. */
export function isSample(project: Pick<Project, "id">): boolean {
  return project.id === SAMPLE_ID || project.id === REVIEW_SAMPLE_ID;
}
