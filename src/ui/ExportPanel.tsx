import { useMemo, useState } from "react";
import { markFinalExported } from "../project/review";
import type { Apply } from "./useProject";
import { buildDocument } from "../document/build";
import type { DocumentMode } from "../document/ir";
import type { OpenItem } from "../project/open-items";
import type { Project } from "../project/schema";
import { ReviewRecordEditor } from "./ReviewRecordEditor";
import { formatDate } from "../format/values";
import { SigningPanel } from "./SigningPanel";
import { CheckSignedCopy } from "./CheckSignedCopy";
import type { Format } from "../render/registry";
import type * as Exporter from "../export/export-browser";

type ExportModule = typeof Exporter;
import { FORMATS, RENDERERS } from "../render/registry";

/** Export buttons; the exporters load on first use. Signature-ready needs zero open items. */
export default function ExportPanel({
  project,
  items,
  showBoard,
  apply,
  startReview,
}: {
  project: Project;
  items: readonly OpenItem[];
  showBoard: () => void;
  apply: Apply;
  startReview: (p: Project) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [annex, setAnnex] = useState(false);
  const [familyLang, setFamilyLang] = useState<"en" | "es">("en");
  const [message, setMessage] = useState("");
  const ready = items.length === 0;
  const shownPrint = useMemo(
    () => (ready ? (buildDocument(project, { mode: "final" }).meta.fingerprint?.short ?? null) : null),
    [project, ready],
  );

  const download = async (format: Format, make: (m: ExportModule) => Promise<string>) => {
    setBusy(true);
    setMessage(`Preparing the ${RENDERERS[format].label}…`);
    try {
      const name = await make(await import("../export/export-browser"));
      setMessage(`Downloaded ${name}.`);
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const run = (format: Format, mode: DocumentMode) =>
    download(format, async (m) => {
      const name = await m.exportDocument(
        project,
        format,
        mode,
        mode === "draft" && annex ? "alignment" : false,
      );
      // a signature-ready file of the signed version has left the app: the signing stands
      if (mode === "final" && project.signed) apply((p) => markFinalExported(p));
      return name;
    });
  const report = (format: Format) => download(format, (m) => m.exportAlignmentReport(project, format));
  const family = (format: Format) =>
    download(format, (m) => m.exportFamilySummary(project, format, familyLang));

  return (
    <section className="export" aria-labelledby="export-title">
      <h2 id="export-title" tabIndex={-1}>
        Export
      </h2>
      <h3>Draft</h3>
      <p className="help">
        Every open item is highlighted where it sits, with a comment saying why and who must act, and listed
        at the front.
      </p>
      {project.baseline && (
        <p className="help" data-testid="review-export-help">
          In this annual review, the drafts also mark every change since the MOU signed on{" "}
          {formatDate(project.baseline.signedOn)}: the DOCX as Word tracked changes under the name of the
          Party that made them, for counsel to accept or reject; the PDF underlined and struck through in
          colour, with a legend. The signature-ready version is the amended MOU, clean.
        </p>
      )}
      <label className="option">
        <input type="checkbox" checked={annex} onChange={(e) => setAnnex(e.target.checked)} />
        Add an annex on alignment with the NASRO recommendations: whether the MOU follows each one, and each
        departure with the reason the Parties gave when they acknowledged it
      </label>
      <div className="row">
        {FORMATS.map((f) => (
          <button key={f} type="button" onClick={() => void run(f, "draft")} disabled={busy}>
            Draft {RENDERERS[f].label}
          </button>
        ))}
      </div>
      <h3>Report for a board meeting</h3>
      <p className="help">
        Alignment with the NASRO recommendations, on its own: each topic, whether this MOU follows the
        recommendation, and each departure with the Parties&apos; reasons. It is not part of the MOU.
      </p>
      <div className="row">
        {FORMATS.map((f) => (
          <button key={f} type="button" onClick={() => void report(f)} disabled={busy}>
            Alignment report, {RENDERERS[f].label}
          </button>
        ))}
      </div>
      <h3>Summary for families</h3>
      <p className="help">
        What the SRO does and does not do at school, how to raise a concern and whom to contact, in plain
        words, from the answers. It is not part of the MOU and says that the signed MOU governs.
      </p>
      <label className="option">
        Language{" "}
        <select value={familyLang} onChange={(e) => setFamilyLang(e.target.value === "es" ? "es" : "en")}>
          <option value="en">English</option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </label>
      <div className="row">
        {FORMATS.map((f) => (
          <button key={f} type="button" onClick={() => void family(f)} disabled={busy}>
            Summary for families, {RENDERERS[f].label}
          </button>
        ))}
      </div>
      <h3>Signature-ready</h3>
      {ready ? (
        <p>
          Nothing is open. Fingerprint of the agreed text:{" "}
          <strong data-testid="fingerprint">{shownPrint}</strong>. The same fingerprint is printed on every
          page of the signature-ready DOCX and PDF.
        </p>
      ) : (
        <p id="final-blocked">
          Not available yet: {items.length} open {items.length === 1 ? "item" : "items"} must be resolved
          first.{" "}
          <button type="button" className="link" onClick={showBoard}>
            See them on the review board
          </button>
          .
        </p>
      )}
      <div className="row">
        {FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            onClick={() => void run(f, "final")}
            disabled={busy || !ready}
            aria-describedby={ready ? undefined : "final-blocked"}
          >
            Signature-ready {RENDERERS[f].label}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <ReviewRecordEditor project={project} apply={apply} />
      <SigningPanel project={project} ready={ready} apply={apply} startReview={startReview} />
      <CheckSignedCopy project={project} />
    </section>
  );
}
