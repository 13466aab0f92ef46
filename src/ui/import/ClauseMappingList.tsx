import { useMemo } from "react";
import { citedNumber } from "../../import/checkup";
import type { TopicChoices } from "../../import/mapping";
import { confidenceLabel, matchedSignals, topicOptions } from "../../import/mapping";
import type { ImportResult, ImportedClause } from "../../import/types";

const PART_LABELS: Record<ImportedClause["part"], string> = {
  preamble: "Title and recitals",
  body: "",
  signatures: "Signature block",
  exhibit: "Exhibit",
};

/** The clause's name as the screen and its select say it: "Clause 4.2", "Section 1.01", "Paragraph 7". */
export function clauseName(number: string | null, index: number): string {
  if (number === null) return `Paragraph ${index + 1}`;
  return /^[A-Za-z]{2,}/.test(number) ? number : `Clause ${number}`;
}

/**
 * Each clause of the imported MOU on the left (number, heading, words), its topic on the right:
 * a select per clause (keyboard: Tab to it, arrows to change), with the confidence and the words
 * that matched. A signature block has no topic.
 */
export function ClauseMappingList({
  result,
  choices,
  choose,
}: {
  result: ImportResult;
  choices: TopicChoices;
  choose: (clauseId: string, topicId: string | null) => void;
}) {
  const byId = useMemo(() => new Map(result.clauses.map((c) => [c.id, c])), [result]);
  const mappingOf = useMemo(() => new Map(result.mappings.map((m) => [m.clauseId, m])), [result]);
  const index = new Map(result.clauses.map((c, i) => [c.id, i]));
  const row = (c: ImportedClause) => {
    const number = citedNumber(c, byId);
    const name = clauseName(number, index.get(c.id) ?? 0);
    const mapping = mappingOf.get(c.id);
    const chosen = choices[c.id] ?? null;
    const proposed = mapping?.topicId ?? null;
    const signals = matchedSignals(mapping, chosen);
    return (
      <li key={c.id} className="import-clause" data-testid={`clause-${c.id}`}>
        <div className="import-clause-text">
          <p className="import-clause-head">
            <strong>{name}</strong>
            {c.heading && <> · {c.heading}</>}
            {c.page !== null && <span className="meta"> · page {c.page}</span>}
            {c.part !== "body" && <span className="meta"> · {c.exhibit ?? PART_LABELS[c.part]}</span>}
          </p>
          {c.text && <p className="import-clause-words">{c.text}</p>}
        </div>
        <div className="import-clause-topic">
          {c.part === "signatures" ? (
            <p className="help">Read for the signatories; no topic.</p>
          ) : (
            <>
              <label htmlFor={`topic-${c.id}`} className="field-label">
                Topic <span className="sr-only">of {name}</span>
              </label>
              <select
                id={`topic-${c.id}`}
                value={chosen ?? ""}
                aria-describedby={`why-${c.id}`}
                onChange={(e) => choose(c.id, e.target.value === "" ? null : e.target.value)}
              >
                {topicOptions(mapping).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <div id={`why-${c.id}`} className="import-why">
                {chosen !== proposed ? (
                  <p>Assigned by you.</p>
                ) : (
                  <>
                    <p>
                      {proposed === null ? "No topic proposed" : "Proposed"}
                      {mapping && proposed !== null && <>, {confidenceLabel(mapping.confidence)}</>}.{" "}
                      {mapping?.why}
                    </p>
                    {signals.length > 0 && <p className="meta">Matched: {signals.join(", ")}</p>}
                  </>
                )}
              </div>
            </>
          )}
        </div>
      </li>
    );
  };
  // the title's lines and recitals that fit no topic, and the signature blocks, are folded away:
  // they are kept, and open with a click
  const folded = (c: ImportedClause) =>
    c.part === "signatures" || (c.part === "preamble" && (mappingOf.get(c.id)?.topicId ?? null) === null);
  const opening = result.clauses.filter((c) => c.part === "preamble" && folded(c));
  const signatures = result.clauses.filter((c) => c.part === "signatures");
  const rest = result.clauses.filter((c) => !folded(c));
  return (
    <>
      {opening.length > 0 && (
        <details className="import-folded">
          <summary>
            Title and recitals with no topic ({opening.length}{" "}
            {opening.length === 1 ? "paragraph" : "paragraphs"})
          </summary>
          <ol className="import-clauses">{opening.map(row)}</ol>
        </details>
      )}
      <ol className="import-clauses" aria-label="Clauses of the imported MOU">
        {rest.map(row)}
      </ol>
      {signatures.length > 0 && (
        <details className="import-folded">
          <summary>
            Signature blocks ({signatures.length} {signatures.length === 1 ? "paragraph" : "paragraphs"})
          </summary>
          <ol className="import-clauses">{signatures.map(row)}</ol>
        </details>
      )}
    </>
  );
}
