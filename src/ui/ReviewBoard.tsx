import { useState } from "react";
import type { OpenItem, OpenReason } from "../project/open-items";
import { OPEN_REASONS, REASON_LABELS, rankOpenItems } from "../project/open-items";
import { formatDate } from "../format/values";
import { DECISION_MADE, changesSinceSigned } from "../project/review";
import type { Project, Side } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import { ProfileSource } from "./ProfileSource";

type Filter = "all" | Side;

function countText(n: number, filter: Filter): string {
  const what = n === 0 ? "No open items" : `${n} open ${n === 1 ? "item" : "items"}`;
  return filter === "all"
    ? `${what}.`
    : `${what} waiting on the ${filter === "agency" ? "Agency" : "District"}.`;
}
const FILTERS: Record<Filter, string> = {
  all: "All open items",
  agency: "Waiting on the Agency",
  district: "Waiting on the District",
};

/** In an annual review: each topic whose text differs from the signed MOU, or is marked for revision. */
function ChangesSinceSigned({ project, go }: { project: Project; go: (topicId: string) => void }) {
  const changes = changesSinceSigned(project);
  if (!project.baseline) return null;
  const signedOn = formatDate(project.baseline.signedOn);
  return (
    <section className="board-group" aria-labelledby="changes-title">
      <h3 id="changes-title">
        Changed since the MOU signed on {signedOn} ({changes.length})
      </h3>
      {changes.length === 0 ? (
        <p>Nothing is changed yet: every topic reads as signed.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.topicId} data-testid="changed-topic">
              <button type="button" className="link" onClick={() => go(c.topicId)}>
                {c.title}
              </button>
              {c.by ? (
                <>
                  : {c.changed.join("; ")}. Changed by the {SIDE_NAMES[c.by.author]} on{" "}
                  {new Date(c.by.date).toLocaleDateString("en-US", { dateStyle: "medium" })}.
                </>
              ) : (
                <>: marked for revision, not changed yet.</>
              )}{" "}
              <span className="who">
                (decision: {(c.decision ? DECISION_MADE[c.decision] : "not yet decided").toLowerCase()})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every open item in the MOU, grouped by topic and by reason, each linking to its topic. */
export function ReviewBoard({
  project,
  items,
  go,
}: {
  project: Project;
  items: readonly OpenItem[];
  go: (topicId: string) => void;
}) {
  const [filter, setFilter] = useState<Filter>("all");
  const [groupBy, setGroupBy] = useState<"topic" | "reason">("topic");
  // most urgent first: objections, conflicts and contradictions above requests to agree and blanks
  const ranked = rankOpenItems(items);
  const shown = filter === "all" ? ranked : ranked.filter((i) => i.waitingOn.includes(filter));
  const counts = new Map<OpenReason, number>(
    OPEN_REASONS.map((r) => [r, shown.filter((i) => i.reason === r).length]),
  );
  const groups = new Map<string, OpenItem[]>();
  for (const item of shown) {
    const key = groupBy === "topic" ? item.topicTitle : REASON_LABELS[item.reason];
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  return (
    <section className="board" aria-labelledby="board-title">
      <h2 id="board-title" tabIndex={-1}>
        Review board
      </h2>
      <p role="status" data-testid="board-count">
        {countText(shown.length, filter)}
      </p>
      {project.review && <ChangesSinceSigned project={project} go={go} />}
      <div className="board-controls">
        <fieldset>
          <legend>Show</legend>
          {(Object.keys(FILTERS) as Filter[]).map((f) => (
            <label key={f} className="option">
              <input type="radio" name="board-filter" checked={filter === f} onChange={() => setFilter(f)} />
              {FILTERS[f]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Group by</legend>
          <label className="option">
            <input
              type="radio"
              name="board-group"
              checked={groupBy === "topic"}
              onChange={() => setGroupBy("topic")}
            />
            Topic
          </label>
          <label className="option">
            <input
              type="radio"
              name="board-group"
              checked={groupBy === "reason"}
              onChange={() => setGroupBy("reason")}
            />
            Reason
          </label>
        </fieldset>
      </div>
      <table className="counts">
        <caption>Open items by reason</caption>
        <tbody>
          {OPEN_REASONS.map((r) => (
            <tr key={r}>
              <th scope="row">{REASON_LABELS[r]}</th>
              <td>{counts.get(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {[...groups].map(([title, list]) => (
        <section key={title} className="board-group" aria-label={title}>
          <h3>
            {title} ({list.length})
          </h3>
          <ul>
            {list.map((item, n) => (
              <li key={n} data-testid="open-item">
                <button type="button" className="link" onClick={() => go(item.topicId)}>
                  {groupBy === "topic" ? REASON_LABELS[item.reason] : item.topicTitle}
                </button>
                : {item.message}
                <ProfileSource source={item.source} />{" "}
                <span className="who">
                  (waiting on{" "}
                  {item.waitingOn.map((s) => (s === "agency" ? "Agency" : "District")).join(" and ")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
