import type { Project } from "./schema";

/** The id of the bundled sample (public/sample.mou.json), which a first visit opens to explore. */
export const SAMPLE_ID = "sample-maple-grove";

/** Whether a project is the bundled sample, to say so on screen: it is no one's own MOU. */
export function isSample(project: Pick<Project, "id">): boolean {
  return project.id === SAMPLE_ID;
}
