import { useMemo } from "react";
import { citedNumber } from "../../import/checkup";
import { canTake, highlightParts, topicTitle } from "../../import/mapping";
import type { ImportResult, SuggestedAnswer } from "../../import/types";

function shown(s: SuggestedAnswer): string {
  return typeof s.value === "boolean" ? (s.value ? "yes" : "no") : String(s.value);
}

/**
 * The values the MOU states for a topic's fields, each with the sentence it came from and the
 * value highlighted in it. Nothing is taken until its box is checked.
 */
export function SuggestedAnswers({
  result,
  taken,
  toggle,
}: {
  result: ImportResult;
  taken: ReadonlySet<string>;
  toggle: (id: string) => void;
}) {
  const clauseText = useMemo(() => new Map(result.clauses.map((c) => [c.id, c.text])), [result]);
  const cited = useMemo(() => {
    const byId = new Map(result.clauses.map((c) => [c.id, c]));
    return new Map(result.clauses.map((c) => [c.id, citedNumber(c, byId)]));
  }, [result]);
  if (result.suggestions.length === 0)
    return (
      <section aria-labelledby="import-suggestions-title">
        <h3 id="import-suggestions-title">Suggested answers</h3>
        <p>No clause states a value a topic asks for (hours, days, years, shares).</p>
      </section>
    );
  return (
    <section aria-labelledby="import-suggestions-title">
      <h3 id="import-suggestions-title">Suggested answers</h3>
      <p className="help">
        Values the MOU states for a topic&apos;s questions. Check the ones to take into the new project; the
        others are left out.
      </p>
      <ul className="import-suggestions">
        {result.suggestions.map((s) => {
          const parts = highlightParts(clauseText.get(s.clauseId) ?? "", s);
          return (
            <li key={s.id}>
              {canTake(s) ? (
                <label className="option">
                  <input type="checkbox" checked={taken.has(s.id)} onChange={() => toggle(s.id)} />
                  Take “{shown(s)}” for {s.fieldLabel} ({topicTitle(s.topicId)})
                </label>
              ) : (
                <p>
                  {s.fieldLabel} ({topicTitle(s.topicId)}): {shown(s)}{" "}
                  <span className="meta">(read for the check-up; no question holds it)</span>
                </p>
              )}
              <blockquote className="import-sentence">
                {cited.get(s.clauseId) && <span className="meta">{cited.get(s.clauseId)}: </span>}
                {parts.before}
                <mark>{parts.value}</mark>
                {parts.after}
              </blockquote>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
