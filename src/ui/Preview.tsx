import { useMemo } from "react";
import { buildDocument } from "../document/build";
import type { Block, Inline, MouDocument } from "../document/ir";
import type { Project } from "../project/schema";
import { inlineFlags, inlineText } from "../document/ir";

function InlineView({ inline }: { inline: Inline }) {
  const flags = inlineFlags(inline);
  const text = inlineText(inline);
  let node =
    inline.kind === "text" && inline.bold ? (
      <strong>{text}</strong>
    ) : inline.kind === "text" && inline.italic ? (
      <em>{text}</em>
    ) : (
      <>{text}</>
    );
  if (inline.kind === "text" && inline.change) {
    node = inline.change.type === "ins" ? <ins>{node}</ins> : <del>{node}</del>;
  }
  if (flags.length === 0) return node;
  const title = flags.map((f) => f.comment).join("\n");
  return (
    <mark className="flag" title={title}>
      <span className="sr-only">Open item: </span>
      {node}
      <sup aria-hidden="true">⚑</sup>
    </mark>
  );
}

const Inlines = ({ inlines }: { inlines: readonly Inline[] }) => (
  <>
    {inlines.map((inline, i) => (
      <InlineView key={i} inline={inline} />
    ))}
  </>
);

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "title":
      return (
        <header className="doc-title">
          {block.lines.map((l, i) => (
            <p key={i} className={i === 0 ? "doc-title-main" : undefined}>
              {l}
            </p>
          ))}
        </header>
      );
    case "heading":
      return <h3 className="doc-heading">{block.number ? `${block.number} ${block.text}` : block.text}</h3>;
    case "paragraph":
      return (
        <p className={block.align === "center" ? "center" : undefined}>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case "clause":
      return (
        <p className={`clause clause-${block.level}`}>
          <span className="clause-number">{block.number}</span>
          <span>
            <Inlines inlines={block.inlines} />
          </span>
        </p>
      );
    case "table":
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {block.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i}>
                    <Inlines inlines={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "signatures":
      return (
        <div className="doc-signatures">
          {block.blocks.map((s) => (
            <div key={s.id} className={s.startsParty ? "doc-signature starts-party" : "doc-signature"}>
              <p>
                <strong>{s.caption}</strong>
              </p>
              <p className="sig-line">{block.labels.signature}</p>
              <p>
                {block.labels.name} {s.name}
              </p>
              <p>
                {block.labels.title} {s.title}
              </p>
              <p className="sig-line">{block.labels.date}</p>
            </div>
          ))}
        </div>
      );
    case "pageBreak":
      return <hr className="page-break" />;
  }
}

/** The preview of a project; loaded lazily with the document assembler and clause templates. */
export default function ProjectPreview({ project }: { project: Project }) {
  const doc = useMemo(() => buildDocument(project, { mode: "draft" }), [project]);
  return <Preview doc={doc} />;
}

/** The document as it will read, from the same model the DOCX and PDF come from. */
export function Preview({ doc }: { doc: MouDocument }) {
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabIndex={-1}>
        Preview
      </h2>
      <p className="help">
        {doc.openItems.length > 0
          ? `${doc.openItems.length} open items are highlighted and marked ⚑; hover or focus shows why.`
          : "Nothing is open: this is the text both parties agree to."}
      </p>
      <div className="paper">
        {doc.blocks.map((b, i) => (
          <BlockView key={i} block={b} />
        ))}
      </div>
    </section>
  );
}
