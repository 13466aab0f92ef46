import { STATUS_LABELS, STATUS_ORDER } from "../project/status";
import type { TopicStatus } from "../project/status";
import type { ProjectSession } from "./useProject";

/** The mark each topic status has in the topic list. */
export const STATUS_ICONS: Record<TopicStatus, string> = {
  "not-included": "–",
  "not-started": "○",
  open: "!",
  waiting: "…",
  objected: "×",
  departs: "≠",
  agreed: "✓",
};

/** What each badge of the topic list means, always in view beside the list. */
export function StatusLegend() {
  return (
    <details className="legend" open>
      <summary>What the marks mean</summary>
      <ul>
        {STATUS_ORDER.map((s) => (
          <li key={s} className={`status-${s}`}>
            <span className="badge" aria-hidden="true">
              {STATUS_ICONS[s]}
            </span>{" "}
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Whether the project's changes are saved in this browser. */
export function SaveStatus({ session }: { session: ProjectSession }) {
  const s = session.saveState;
  const text =
    s.kind === "pending"
      ? "Saving…"
      : s.kind === "saved"
        ? s.at
          ? `All changes saved in this browser at ${s.at.toLocaleTimeString("en-US", { timeStyle: "short" })}`
          : "All changes saved in this browser"
        : s.kind === "conflict"
          ? "Not saved: changed in another tab"
          : "Not saved";
  return (
    <p className={`save-status save-${s.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
