import { useMemo } from "react";
import { buildDocument } from "../document/build";
import { topicText } from "../document/topic-view";
import type { Project } from "../project/schema";
import { BlockView } from "./Preview";

/**
 * The topic's clauses as the MOU will print them, from the same model as the DOCX and PDF:
 * updated as answers change, with this topic's open items marked and, in a review, the changes
 * since signing. Loaded lazily with the document assembler and the clause templates.
 */
export default function TopicClauses({ project, topicId }: { project: Project; topicId: string }) {
  const doc = useMemo(() => buildDocument(project, { mode: "draft" }), [project]);
  const text = useMemo(() => topicText(doc, topicId), [doc, topicId]);
  const titleId = `clauses-${topicId}`;
  return (
    // focusable: on a wide screen it scrolls on its own, and a keyboard must reach it
    <section className="topic-clauses" aria-labelledby={titleId} data-testid="topic-clauses" tabIndex={0}>
      <h3 id={titleId}>As it will print</h3>
      <p className="help">
        {text.blocks.length === 0
          ? "This topic puts no clause in the MOU as it stands."
          : "Agreeing to this topic means agreeing to these words; numbers are as in the whole MOU."}
        {text.flags > 0 &&
          ` ${text.flags === 1 ? "1 passage is" : `${text.flags} passages are`} marked ⚑ as open: hover or focus shows why.`}
        {doc.meta.redline &&
          text.changes > 0 &&
          " Changes since the signed MOU are shown as insertions and deletions."}
      </p>
      <div className="paper paper-topic">
        {text.blocks.map((b, i) => (
          <BlockView key={i} block={b} />
        ))}
      </div>
    </section>
  );
}
