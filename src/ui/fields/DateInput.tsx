import { useState } from "react";
import { DATE_RANGE_MESSAGE, MAX_DATE, MIN_DATE, isDateInRange } from "../../format/dates";

/**
 * A date input that passes on only dates within the accepted years (or null when cleared), and
 * says on the field why a date typed outside them is not taken.
 */
export function DateInput({
  id,
  value,
  onChange,
  disabled,
}: {
  id: string;
  value: string | null;
  onChange: (date: string | null) => void;
  disabled?: boolean;
}) {
  const [typed, setTyped] = useState(value ?? "");
  const [from, setFrom] = useState(value);
  // a value changed from outside the field replaces what was typed
  if (value !== from) {
    setFrom(value);
    setTyped(value ?? "");
  }
  const error = typed !== "" && !isDateInRange(typed) ? DATE_RANGE_MESSAGE : null;
  return (
    <>
      <input
        id={id}
        type="date"
        className="short"
        min={MIN_DATE}
        max={MAX_DATE}
        value={typed}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        disabled={disabled}
        onChange={(e) => {
          const date = e.target.value;
          setTyped(date);
          if (date === "") onChange(null);
          else if (isDateInRange(date)) onChange(date);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
