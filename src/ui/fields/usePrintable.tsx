import { useState } from "react";
import { caretAfterReplace, describeReplaced, replaceUnprintable } from "../../format/printable";

type Editable = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keeps characters that cannot be printed (format/printable.ts) out of a text field as they are
 * typed or pasted: `clean` replaces them in the field itself, keeping the caret where it was, and
 * returns the text to keep; `message` says what was replaced, until something else is.
 */
export function usePrintable(id: string, multiline: boolean) {
  const [message, setMessage] = useState<string | null>(null);
  const messageId = `${id}-printable`;
  const clean = (el: Editable, where = ""): string => {
    const raw = el.value;
    const r = replaceUnprintable(raw, multiline);
    if (r.found.length === 0) return raw;
    const caret = caretAfterReplace(r.found, el.selectionStart ?? raw.length);
    // the field shows the kept text at once, so React finds nothing to change and the caret stays
    el.value = r.text;
    try {
      el.setSelectionRange(caret, caret);
    } catch {
      // some input types have no selection
    }
    setMessage(`${where}${describeReplaced(r.found, multiline)}`);
    return r.text;
  };
  return {
    clean,
    message,
    messageId,
    /** For aria-describedby: the message's id while there is one. */
    describedBy: message ? messageId : undefined,
  };
}

/** The message of `usePrintable`, under its field; its region is there before it speaks. */
export function PrintableMessage({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className={message ? "help printable-notice" : "sr-only"} role="status">
      {message ?? ""}
    </p>
  );
}

/** Two ids for aria-describedby, either of which may be missing. */
export function describedBy(...ids: Array<string | undefined>): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
