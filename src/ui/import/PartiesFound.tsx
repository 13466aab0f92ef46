import type { Found, ImportResult } from "../../import/types";
import { formatDate } from "../../format/values";

export interface PartyNames {
  readonly agencyName: string;
  readonly districtName: string;
}

function Source({ found }: { found: Found<unknown> | null }) {
  if (!found) return <p className="meta">Not found in the document.</p>;
  return <blockquote className="import-sentence">{found.quote}</blockquote>;
}

/**
 * The parties, signatories, effective date and term the document states, each with the words it
 * came from. The names can be corrected; the date is taken only when its box is checked.
 */
export function PartiesFound({
  result,
  names,
  setNames,
  takeDate,
  setTakeDate,
}: {
  result: ImportResult;
  names: PartyNames;
  setNames: (names: PartyNames) => void;
  takeDate: boolean;
  setTakeDate: (take: boolean) => void;
}) {
  const p = result.parties;
  return (
    <section aria-labelledby="import-parties-title" className="import-parties">
      <h3 id="import-parties-title">Parties, signatories, date and term</h3>
      <div className="field">
        <label htmlFor="import-agency" className="field-label">
          Agency
        </label>
        <input
          id="import-agency"
          type="text"
          maxLength={300}
          value={names.agencyName}
          onChange={(e) => setNames({ ...names, agencyName: e.target.value })}
        />
        <Source found={p.agency} />
      </div>
      <div className="field">
        <label htmlFor="import-district" className="field-label">
          District
        </label>
        <input
          id="import-district"
          type="text"
          maxLength={300}
          value={names.districtName}
          onChange={(e) => setNames({ ...names, districtName: e.target.value })}
        />
        <Source found={p.district} />
      </div>
      <h4>Effective date</h4>
      {p.effectiveDate ? (
        <>
          <label className="option">
            <input type="checkbox" checked={takeDate} onChange={(e) => setTakeDate(e.target.checked)} />
            Take {formatDate(p.effectiveDate.value)} as the effective date
          </label>
          <Source found={p.effectiveDate} />
        </>
      ) : (
        <p className="meta">Not found in the document.</p>
      )}
      <h4>Term</h4>
      {p.termYears ? (
        <p>
          {p.termYears.value} {p.termYears.value === 1 ? "year" : "years"} (under Suggested answers, to take
          it)
        </p>
      ) : (
        <p className="meta">Not found in the document.</p>
      )}
      <h4>Signatories</h4>
      {p.signatories.length === 0 ? (
        <p className="meta">No signature block was recognised.</p>
      ) : (
        <ul>
          {p.signatories.map((s, i) => (
            <li key={i}>
              {s.name || "[name]"}
              {s.title && <>, {s.title}</>}
              {s.organization && <> — {s.organization}</>}
              {s.role !== "signatory" && (
                <span className="meta"> ({s.role === "attest" ? "attests" : "approves as to form"})</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
