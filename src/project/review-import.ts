import { citedNumber } from "../import/checkup";
import { projectFromConfirmed } from "../import/to-project";
import type { ImportResult } from "../import/types";
import { TOPICS } from "../topics";
import { emptyTopicState } from "./new-project";
import { startReview } from "./review";
import type { Baseline, Position, Project, Side, TopicState } from "./schema";

export type ImportedWording = NonNullable<Baseline["imported"]>;

/**
 * The wording of an imported MOU as a review's baseline holds it: per topic, the clauses the
 * person assigned to it (title lines and signature blocks aside); the other clauses of the body
 * and exhibits as the other provisions. Word for word.
 */
export function importedWording(result: ImportResult): ImportedWording {
  const byId = new Map(result.clauses.map((c) => [c.id, c]));
  const topicOf = new Map(result.mappings.map((m) => [m.clauseId, m.topicId]));
  const topics: Record<string, ImportedWording["other"][number][]> = {};
  const other: ImportedWording["other"][number][] = [];
  for (const c of result.clauses) {
    if (c.part === "signatures") continue;
    const words = { number: citedNumber(c, byId), heading: c.heading, text: c.text.trim() };
    if (words.text === "" && words.heading === null) continue;
    const topicId = topicOf.get(c.id) ?? null;
    if (topicId !== null && TOPICS.some((t) => t.id === topicId)) (topics[topicId] ??= []).push(words);
    else if (c.part !== "preamble") other.push(words);
  }
  return { source: result.source.name.slice(0, 300), topics, other };
}

/**
 * An annual review whose signed text is an imported MOU: the parties and signatories it names,
 * each topic it addresses part of the MOU (and the others not), both Parties' agreement to what
 * they signed, and its wording as the baseline. A topic prints the imported clauses until the
 * Parties give it structured answers; then the redline shows the imported wording against the new
 * clauses (src/import/review-document.ts).
 */
export function startReviewFromImport(
  result: ImportResult,
  names: { readonly agencyName: string; readonly districtName: string },
  side: Side,
  now: Date = new Date(),
): Project {
  const draft = projectFromConfirmed(result, { ...names, taken: [], takeEffectiveDate: false, side }, now);
  const imported = importedWording(result);
  const at = now.toISOString();
  const signedOn = result.parties.effectiveDate?.value ?? at.slice(0, 10);
  const agreed: Position = { stance: "agree", note: "Signed in the imported MOU.", at };
  const topics = Object.fromEntries(
    TOPICS.map((t): [string, TopicState] => [
      t.id,
      {
        ...(draft.topics[t.id] ?? emptyTopicState()),
        included: (imported.topics[t.id]?.length ?? 0) > 0,
        positions: { agency: agreed, district: agreed },
      },
    ]),
  );
  const signers = draft.parties.signatories.map((s) => s.name).filter((n) => n.trim() !== "");
  const signedBy = (signers.length > 0 ? signers.join(", ") : "the Parties").slice(0, 1_000);
  const signed: Project = {
    ...draft,
    name: draft.name.replace(/^Imported: /, ""),
    topics,
    signed: { signedOn, signedBy, recordedAt: at, recordedBy: "", finalExportedAt: null },
    history: [
      ...draft.history,
      {
        at,
        side,
        kind: "review",
        topicId: null,
        what: `Imported the signed MOU from “${imported.source}” as the text to review.`,
      },
    ],
  };
  const review = startReview(signed, side, now);
  if (!review.baseline) throw new Error("A review always has a baseline.");
  return { ...review, baseline: { ...review.baseline, imported } };
}
