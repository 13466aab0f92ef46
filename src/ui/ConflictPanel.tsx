import { useId, useState } from "react";
import type { Conflict } from "../project/merge-copies";
import { targetField, targetInput, targetKey } from "../project/merge-targets";
import { getProfile } from "../profiles";
import type { ReviewDecision } from "../project/review";
import { DECISION_MADE } from "../project/review";
import type { FieldDef } from "../topics/types";

/** For a record (a party's details), only the parts that differ from the other version. */
function showAgainst(value: unknown, other: unknown, field: FieldDef | undefined): string {
  if (value && other && typeof value === "object" && typeof other === "object" && !Array.isArray(value)) {
    const o = other as Record<string, unknown>;
    const parts = Object.entries(value as Record<string, unknown>).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify(o[k]),
    );
    if (parts.length > 0) return parts.map(([k, v]) => `${k}: ${show(v, undefined)}`).join("; ");
  }
  return show(value, field);
}

function show(value: unknown, field: FieldDef | undefined): string {
  if (value === undefined || value === null || value === "") return "(blank)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const label = (v: unknown) =>
    (field?.kind === "choice" || field?.kind === "multi"
      ? field.options.find((o) => o.value === v)?.label
      : undefined) ?? String(v);
  if (typeof value === "string" || typeof value === "number") return label(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map(label).join("; ");
  return JSON.stringify(value);
}

function OtherValue({ conflict, settle }: { conflict: Conflict; settle: (value: unknown) => void }) {
  const how = targetInput(conflict.target);
  const id = useId();
  const [value, setValue] = useState(() =>
    typeof conflict.ours === "string" || typeof conflict.ours === "number" ? String(conflict.ours) : "",
  );
  if (!how) {
    return <p className="hint">To settle on something else, take one version and edit it in the topic.</p>;
  }
  const label = <label htmlFor={id}>Or write another</label>;
  const control =
    how.kind === "longText" ? (
      <textarea id={id} rows={4} value={value} onChange={(e) => setValue(e.target.value)} />
    ) : how.kind === "choice" && how.field?.kind === "choice" ? (
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        {how.field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : (
      <input
        id={id}
        type={how.kind === "number" ? "number" : how.kind === "text" ? "text" : how.kind}
        step="any"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    );
  return (
    <div className="other-value">
      {label}
      {control}
      <button
        type="button"
        onClick={() => settle(how.kind === "number" ? (value.trim() === "" ? null : Number(value)) : value)}
      >
        Use this
      </button>
    </div>
  );
}

/**
 * Fields both offices changed differently: ours, theirs and the shared version side by side,
 * to keep one or write another. They are kept in the project until settled.
 */
export function ConflictPanel({
  conflicts,
  settle,
  error,
}: {
  conflicts: readonly Conflict[];
  settle: (c: Conflict, value: unknown) => void;
  error: string | null;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section className="banner warn" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Changes to settle after the merge ({conflicts.length})</h2>
      <p>
        Both offices changed these differently. Your version stays until you choose; the topic stays open
        until both agree.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="conflicts">
        {conflicts.map((c) => {
          const field = targetField(c.target);
          const decision = c.target.kind === "reviewDecision";
          const shown = (v: unknown, other: unknown) =>
            decision && typeof v === "string"
              ? (DECISION_MADE[v as ReviewDecision] ?? v)
              : c.target.kind === "profiles" && Array.isArray(v)
                ? v.map((id) => (typeof id === "string" ? (getProfile(id)?.label ?? id) : "?")).join("; ") ||
                  "(none)"
                : showAgainst(v, other, field);
          return (
            <li key={targetKey(c.target)} data-testid="conflict">
              <strong>{c.label}</strong>
              <dl className="versions">
                <div>
                  <dt>Yours</dt>
                  <dd>{shown(c.ours, c.theirs)}</dd>
                </div>
                <div>
                  <dt>Theirs</dt>
                  <dd>{shown(c.theirs, c.ours)}</dd>
                </div>
                <div>
                  <dt>When you last shared</dt>
                  <dd>{shown(c.ancestor, c.ours)}</dd>
                </div>
              </dl>
              <div className="row">
                <button type="button" onClick={() => settle(c, c.ours)}>
                  Keep yours
                </button>
                <button type="button" onClick={() => settle(c, c.theirs)}>
                  Take theirs
                </button>
              </div>
              <OtherValue conflict={c} settle={(v) => settle(c, v)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
