import { PrintableMessage, usePrintable } from "./usePrintable";

/** A one-line text input with its label, for the Parties' details. */
export function Text({
  id,
  label,
  value,
  onChange,
  readOnly,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  required?: boolean;
}) {
  const printable = usePrintable(id, false);
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={300}
        onChange={(e) => onChange(printable.clean(e.target))}
        aria-describedby={printable.describedBy}
        disabled={readOnly}
      />
      <PrintableMessage id={printable.messageId} message={printable.message} />
    </div>
  );
}
