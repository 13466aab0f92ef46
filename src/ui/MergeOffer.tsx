import { useEffect, useRef } from "react";

/** What merging the file would do, from a dry run. */
export interface MergePreview {
  readonly taken: number;
  readonly positions: number;
  readonly conflicts: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Asks what to do with a file that is a copy of a project already in this browser: merge the
 * other office's changes into ours, keep it apart as a separate copy, or leave it.
 */
export function MergeOffer({
  fileName,
  localName,
  preview,
  merge,
  copy,
  cancel,
}: {
  fileName: string;
  localName: string;
  preview: MergePreview;
  merge: () => void;
  copy: () => void;
  cancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="merge-offer-title" onCancel={cancel} className="merge-offer">
      <h2 id="merge-offer-title">Merge the changes in “{fileName}”?</h2>
      <p>
        This file is a copy of “{localName}”, which is already in this browser. Merging takes the other
        office's changes into your copy, keeps changes made on one side only, and shows you any field both
        sides changed differently to settle. Your copy as it is now is kept, so the merge can be undone.
      </p>
      <p data-testid="merge-preview">
        {preview.taken + preview.positions + preview.conflicts === 0
          ? "Their copy has nothing your copy lacks."
          : `Merging would take ${count(preview.taken, "change", "changes")} and ${count(preview.positions, "position", "positions")} from their copy, and leave ${count(preview.conflicts, "field", "fields")} both offices changed differently for you to settle.`}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={merge} autoFocus>
          Merge into my copy
        </button>
        <button type="button" onClick={copy}>
          Open as a separate copy
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
