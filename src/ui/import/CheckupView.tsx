import { useState } from "react";
import type { Checkup, QuotedClause, TopicCheck } from "../../import/checkup";
import { CHECKUP_LABELS, CHECKUP_STATUSES } from "../../import/checkup";
import { clauseLabel } from "../../import/checkup-document";
import type { ImportResult } from "../../import/types";
import { PROFILES } from "../../profiles";
import type { Format } from "../../render/registry";
import { RENDERERS } from "../../render/registry";

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Quote({ q }: { q: QuotedClause }) {
  return (
    <figure className="import-quote">
      <figcaption>{capitalised(clauseLabel(q))}</figcaption>
      <blockquote>{q.text}</blockquote>
    </figure>
  );
}

function TopicResult({ check }: { check: TopicCheck }) {
  return (
    <li className={`checkup-topic checkup-${check.status}`}>
      <h4>
        {check.title} <span className="checkup-status">{CHECKUP_LABELS[check.status]}</span>
      </h4>
      <p>{check.reason}</p>
      <p className="help">
        <strong>Recommendation:</strong> {check.summary}
      </p>
      {check.clauses.map((q) => (
        <Quote key={q.clauseId} q={q} />
      ))}
      {check.departures.length > 0 && (
        <ul className="checkup-departures" aria-label={`Departures in ${check.title}`}>
          {check.departures.map((d) => (
            <li key={d.id}>
              <strong>Departure:</strong> {d.message} <span className="meta">{d.recommendation}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The check-up of the imported MOU against the recommendations, with the confirmed topics: totals,
 * then each recommended topic addressed, partly or not, with the MOU's own clauses; the chosen
 * laws' and grants' requirements; the other provisions. Exports as PDF or DOCX.
 */
export function CheckupView({
  result,
  checkup,
  profiles,
  setProfiles,
  exportAs,
}: {
  result: ImportResult;
  checkup: Checkup;
  profiles: readonly string[];
  setProfiles: (ids: readonly string[]) => void;
  exportAs: (format: Format) => Promise<string>;
}) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const t = checkup.totals;
  const download = async (format: Format) => {
    setBusy(true);
    setMessage(`Preparing the ${RENDERERS[format].label}…`);
    try {
      setMessage(`Downloaded ${await exportAs(format)}.`);
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="checkup-title" className="import-checkup">
      <h2 id="checkup-title" tabIndex={-1}>
        Check-up of “{result.source.name}”
      </h2>
      <p className="checkup-totals" data-testid="checkup-totals">
        Of {checkup.topics.length} recommended topics: <strong>{t.addressed} addressed</strong>,{" "}
        <strong>{t.partly} partly addressed</strong>, <strong>{t.notAddressed} not addressed</strong>.
      </p>
      <div className="row">
        {(["pdf", "docx"] as const).map((f) => (
          <button key={f} type="button" disabled={busy} onClick={() => void download(f)}>
            Download the check-up as {RENDERERS[f].label}
          </button>
        ))}
      </div>
      <p role="status" className="help">
        {message}
      </p>
      <details className="import-folded" open={profiles.length > 0}>
        <summary>Also check the requirements of a state law or grant</summary>
        <fieldset className="checkup-profiles">
          <legend className="sr-only">Laws and grants to check</legend>
          {PROFILES.map((p) => (
            <label key={p.id} className="option">
              <input
                type="checkbox"
                checked={profiles.includes(p.id)}
                onChange={(e) =>
                  setProfiles(e.target.checked ? [...profiles, p.id] : profiles.filter((id) => id !== p.id))
                }
              />
              {p.label}
            </label>
          ))}
        </fieldset>
      </details>
      {CHECKUP_STATUSES.map((status) => {
        const list = checkup.topics.filter((c) => c.status === status);
        if (list.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`checkup-${status}-title`}>
            <h3 id={`checkup-${status}-title`}>
              {CHECKUP_LABELS[status]} ({list.length})
            </h3>
            <ul className="checkup-topics">
              {list.map((c) => (
                <TopicResult key={c.topicId} check={c} />
              ))}
            </ul>
          </section>
        );
      })}
      {checkup.requirements.length > 0 && (
        <section aria-labelledby="checkup-req-title">
          <h3 id="checkup-req-title">Requirements of the chosen laws and grants</h3>
          <ul className="checkup-topics">
            {checkup.requirements.map((r, i) => (
              <li key={i} className={`checkup-topic checkup-${r.status}`}>
                <p>
                  <strong>{r.profileLabel}:</strong> {r.requirement}{" "}
                  <span className="checkup-status">{CHECKUP_LABELS[r.status]}</span>
                </p>
                <p className="help">{r.reason}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {checkup.otherTopics.length > 0 && (
        <section aria-labelledby="checkup-other-title">
          <h3 id="checkup-other-title">Other topics the MOU addresses</h3>
          <ul className="checkup-topics">
            {checkup.otherTopics.map((c) => (
              <TopicResult key={c.topicId} check={c} />
            ))}
          </ul>
        </section>
      )}
      {checkup.otherProvisions.length > 0 && (
        <section aria-labelledby="checkup-provisions-title">
          <h3 id="checkup-provisions-title">Other provisions (kept word for word)</h3>
          {checkup.otherProvisions.map((q) => (
            <Quote key={q.clauseId} q={q} />
          ))}
        </section>
      )}
    </section>
  );
}
