import { formatDate } from "../format/values";

/* Where a project stands, as the project list keeps and shows it (computed in ./status.ts). */

export interface ProjectStanding {
  readonly stage: "draft" | "signed" | "review";
  readonly agreed: number;
  readonly included: number;
  readonly open: number;
  /** The date the version was signed (signed), or the signed version's date (review). */
  readonly signedOn: string | null;
}

/** "Signed on June 15, 2026", "Annual review: 3 open items", "12 of 28 topics agreed · 5 open items" */
export function standingText(s: ProjectStanding): string {
  const items = `${s.open} open ${s.open === 1 ? "item" : "items"}`;
  if (s.stage === "signed") return `Signed${s.signedOn ? ` on ${formatDate(s.signedOn)}` : ""}`;
  if (s.stage === "review") return `Annual review under way · ${items}`;
  return `${s.agreed} of ${s.included} topics agreed · ${items}`;
}
