import type { ProfileSource as Source } from "../profiles";
import { formatDate } from "../format/values";

/** Where a chosen law's or grant's demand comes from: the provision, our summary, when checked. */
export function ProfileSource({ source }: { source: Source | undefined }) {
  if (!source) return null;
  const notes = [
    source.checkedOn ? `checked ${formatDate(source.checkedOn)}` : "",
    source.secondary ? `statute text not found; from a secondary source: ${source.secondary}` : "",
  ].filter((n) => n !== "");
  return (
    <span className="profile-source">
      {" "}
      <cite>{source.citation}</cite>: {source.summary}
      {notes.length > 0 && ` (${notes.join("; ")})`}
    </span>
  );
}
