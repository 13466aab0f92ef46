import type { Conflict } from "../project/merge-copies";

/** For a record (a party's details), only the parts that differ from the other version. */
function showAgainst(value: unknown, other: unknown): string {
  if (value && other && typeof value === "object" && typeof other === "object" && !Array.isArray(value)) {
    const o = other as Record<string, unknown>;
    const parts = Object.entries(value as Record<string, unknown>).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify(o[k]),
    );
    if (parts.length > 0) return parts.map(([k, v]) => `${k}: ${show(v)}`).join("; ");
  }
  return show(value);
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(blank)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("; ");
  return JSON.stringify(value);
}

/** Fields both offices changed differently: ours, theirs and the shared version side by side. */
export function ConflictPanel({
  conflicts,
  settle,
}: {
  conflicts: readonly Conflict[];
  settle: (c: Conflict, value: unknown) => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section className="banner warn" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Changes to settle after the merge ({conflicts.length})</h2>
      <p>
        Both offices changed these differently. Your version stays until you choose; the topic stays open
        until both agree.
      </p>
      <ul className="conflicts">
        {conflicts.map((c) => (
          <li key={c.id} data-testid="conflict">
            <strong>{c.label}</strong>
            <dl>
              <dt>Yours</dt>
              <dd>{showAgainst(c.ours, c.theirs)}</dd>
              <dt>Theirs</dt>
              <dd>{showAgainst(c.theirs, c.ours)}</dd>
              <dt>When you last shared</dt>
              <dd>{showAgainst(c.ancestor, c.ours)}</dd>
            </dl>
            <div className="row">
              <button type="button" onClick={() => settle(c, c.ours)}>
                Keep yours
              </button>
              <button type="button" onClick={() => settle(c, c.theirs)}>
                Take theirs
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
