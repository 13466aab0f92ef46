import type { DragEvent } from "react";
import { useState } from "react";

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes("Files");

/** The app's page-wide drop handler shows an overlay while a file is dragged; a file dropped here is ours. */
function hidePageDropOverlay(): void {
  if (typeof DragEvent === "function")
    window.dispatchEvent(new DragEvent("dragleave", { relatedTarget: null }));
}

/**
 * The first step of an import: choose or drop the MOU's file, or paste its text. A message for
 * a file that could not be read stays until the next try; the pasted text is never cleared.
 */
export function ChooseSource({
  busy,
  message,
  pasted,
  setPasted,
  readFile,
  readPasted,
}: {
  /** The name of the file being read, while it is read. */
  busy: string | null;
  message: string | null;
  pasted: string;
  setPasted: (text: string) => void;
  readFile: (file: File) => void;
  readPasted: () => void;
}) {
  const [over, setOver] = useState(false);
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    if (!over) {
      setOver(true);
      hidePageDropOverlay();
    }
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) readFile(file);
  };
  return (
    <section
      aria-labelledby="import-choose-title"
      className={over ? "import-choose over" : "import-choose"}
      data-testid="import-drop"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={onDrop}
    >
      <h2 id="import-choose-title" tabIndex={-1}>
        Start from an MOU you already have
      </h2>
      <p className="help">
        The agreement is read here, in this browser; nothing is uploaded. It is split into its clauses and
        each is matched to a topic, for you to confirm. Nothing is taken into a project until you say so.
      </p>
      {message && (
        <p className="banner warn" role="alert" data-testid="import-message">
          {message}
        </p>
      )}
      {busy && (
        <p role="status" className="banner">
          Reading “{busy}”…
        </p>
      )}
      <div className="drop-zone">
        <label htmlFor="import-file">The MOU as a Word document (DOCX), a PDF or a text file</label>
        <input
          id="import-file"
          type="file"
          accept=".docx,.pdf,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          disabled={busy !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) readFile(file);
          }}
        />
        <p className="help">or drop the file anywhere on this page.</p>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          readPasted();
        }}
      >
        <label htmlFor="import-paste" className="field-label">
          Or paste the agreement&apos;s text
        </label>
        <textarea
          id="import-paste"
          rows={8}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
        />
        <div className="row">
          <button type="submit" disabled={busy !== null || pasted.trim() === ""}>
            Import the pasted text
          </button>
        </div>
      </form>
    </section>
  );
}
