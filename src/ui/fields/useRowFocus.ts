import { useEffect, useRef } from "react";

/**
 * Focus for rows added and removed: a new row's first control takes focus, so typing goes into
 * it; after a removal, the Add button does (the removed button is gone). `added(i)` and
 * `removed()` say what happened; the effect runs once the rows on screen have changed.
 */
export function useRowFocus(count: number, controlId: (row: number) => string, addButtonId: string) {
  const pending = useRef<number | "add" | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (p === null) return;
    pending.current = null;
    if (p === "add") document.getElementById(addButtonId)?.focus();
    else document.getElementById(controlId(p))?.focus();
  }, [count, controlId, addButtonId]);
  return {
    added: (row: number) => (pending.current = row),
    removed: () => (pending.current = "add"),
  };
}
