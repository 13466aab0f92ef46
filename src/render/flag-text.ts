import type { Flag } from "../document/ir";
import { REASON_LABELS } from "../project/open-items";

const WHO: Record<string, string> = { agency: "the Agency", district: "the District" };

/** The words of a flag's comment or margin note: the reason, and who must act. */
export function flagComment(flag: Flag): string {
  const who = flag.waitingOn.map((s) => WHO[s] ?? s).join(" and ");
  return `${REASON_LABELS[flag.reason]}: ${flag.message} Who must act: ${who}.`;
}
