import type { ColumnDef, FieldDef, TableRow } from "../../topics/types";
import { MAX_DATE, MIN_DATE } from "../../format/dates";
import { PrintableMessage, describedBy as both, usePrintable } from "./usePrintable";
import { useRowFocus } from "./useRowFocus";

export interface ControlProps {
  readonly def: FieldDef;
  readonly id: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly onBlur?: () => void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly disabled?: boolean;
}

/** "" -> null, "12" -> 12, "abc" stays text so validation can say what is wrong. */
export function parseNumber(raw: string): number | string | null {
  const t = raw.trim().replace(/[$,%\s]/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : raw;
}

const UNITS: Partial<Record<FieldDef["kind"], string>> = {
  money: "US dollars",
  percent: "percent",
  days: "days",
  hours: "hours",
};

function NumberInput(props: ControlProps & { kind: string }) {
  const { id, value, onChange, onBlur, describedBy, invalid, disabled, kind } = props;
  return (
    <span className="with-unit">
      {kind === "money" && <span aria-hidden="true">$</span>}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={value === null || value === undefined ? "" : String(value)}
        onChange={(e) => onChange(parseNumber(e.target.value))}
        onBlur={onBlur}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        disabled={disabled}
        className="short"
      />
      {UNITS[kind as FieldDef["kind"]] && kind !== "money" && (
        <span className="unit">{UNITS[kind as FieldDef["kind"]]}</span>
      )}
    </span>
  );
}

function TableControl(props: ControlProps & { def: Extract<FieldDef, { kind: "table" }> }) {
  const { def, id, onChange, disabled } = props;
  const printable = usePrintable(id, false);
  const rows = Array.isArray(props.value) ? (props.value as TableRow[]) : [];
  const update = (next: TableRow[]) => onChange(next.length > 0 ? next : null);
  const firstKey = def.columns[0]?.key ?? "";
  const focus = useRowFocus(rows.length, (r) => `${id}-${r}-${firstKey}`, `${id}-add`);
  const setCell = (r: number, c: ColumnDef, raw: string) => {
    const value = c.kind === "text" || c.kind === "choice" ? (raw === "" ? null : raw) : parseNumber(raw);
    update(rows.map((row, i) => (i === r ? { ...row, [c.key]: value as TableRow[string] } : row)));
  };
  return (
    <div className="table-control">
      <div className="scroll-x" tabIndex={0} role="region" aria-label={`${def.label} table`}>
        <table className="cards" aria-describedby={both(props.describedBy, printable.describedBy)}>
          <caption className="sr-only">{def.label}</caption>
          <thead>
            <tr>
              {def.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {def.columns.map((c) => {
                  const cellId = `${id}-${r}-${c.key}`;
                  const label = `${def.rowLabel} ${r + 1}: ${c.label}`;
                  const v = row[c.key];
                  return (
                    <td key={c.key} data-label={c.label}>
                      {c.kind === "choice" ? (
                        <select
                          id={cellId}
                          aria-label={label}
                          value={typeof v === "string" ? v : ""}
                          onChange={(e) => setCell(r, c, e.target.value)}
                          disabled={disabled}
                        >
                          <option value="">Choose…</option>
                          {c.options.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          id={cellId}
                          aria-label={label}
                          type="text"
                          inputMode={c.kind === "text" ? "text" : "decimal"}
                          value={v === null || v === undefined ? "" : String(v)}
                          onChange={(e) =>
                            setCell(
                              r,
                              c,
                              c.kind === "text" ? printable.clean(e.target, `${label}: `) : e.target.value,
                            )
                          }
                          aria-describedby={c.kind === "text" ? printable.describedBy : undefined}
                          disabled={disabled}
                        />
                      )}
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      focus.removed();
                      update(rows.filter((_, i) => i !== r));
                    }}
                    disabled={disabled}
                  >
                    Remove <span className="sr-only">{`${def.rowLabel} ${r + 1}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PrintableMessage id={printable.messageId} message={printable.message} />
      <button
        type="button"
        id={`${id}-add`}
        onClick={() => {
          focus.added(rows.length);
          update([...rows, {}]);
        }}
        disabled={disabled}
      >
        Add {def.rowLabel.toLowerCase()}
      </button>
    </div>
  );
}

function ListControl(props: ControlProps & { def: Extract<FieldDef, { kind: "list" }> }) {
  const { def, id, onChange, disabled } = props;
  const printable = usePrintable(id, false);
  const items = Array.isArray(props.value) ? (props.value as string[]) : [];
  const update = (next: string[]) => onChange(next.length > 0 ? next : null);
  const focus = useRowFocus(items.length, (i) => `${id}-${i}`, `${id}-add`);
  return (
    <div className="list-control" aria-describedby={both(props.describedBy, printable.describedBy)}>
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            <input
              id={`${id}-${i}`}
              aria-label={`${def.itemLabel} ${i + 1}`}
              type="text"
              value={item}
              onChange={(e) => {
                const kept = printable.clean(e.target, `${def.itemLabel} ${i + 1}: `);
                update(items.map((x, k) => (k === i ? kept : x)));
              }}
              aria-describedby={printable.describedBy}
              disabled={disabled}
            />
            <button
              type="button"
              onClick={() => {
                focus.removed();
                update(items.filter((_, k) => k !== i));
              }}
              disabled={disabled}
            >
              Remove <span className="sr-only">{`${def.itemLabel} ${i + 1}`}</span>
            </button>
          </li>
        ))}
      </ol>
      <PrintableMessage id={printable.messageId} message={printable.message} />
      <button
        type="button"
        id={`${id}-add`}
        onClick={() => {
          focus.added(items.length);
          update([...items, ""]);
        }}
        disabled={disabled}
      >
        Add {def.itemLabel.toLowerCase()}
      </button>
    </div>
  );
}

/** The control for one field, chosen by its kind. Labels and messages are drawn by the caller. */
export function FieldControl(props: ControlProps) {
  const { def, id, value, onChange, onBlur, describedBy, invalid, disabled } = props;
  const printable = usePrintable(id, def.kind === "longText");
  const common = { id, onBlur, "aria-describedby": describedBy, "aria-invalid": invalid, disabled };
  const typed = { ...common, "aria-describedby": both(describedBy, printable.describedBy) };
  const keep = (el: HTMLInputElement | HTMLTextAreaElement) => {
    const text = printable.clean(el);
    onChange(text === "" ? null : text);
  };
  switch (def.kind) {
    case "text":
      return (
        <>
          <input
            {...typed}
            type="text"
            value={typeof value === "string" ? value : ""}
            onChange={(e) => keep(e.target)}
          />
          <PrintableMessage id={printable.messageId} message={printable.message} />
        </>
      );
    case "longText":
      return (
        <>
          <textarea
            {...typed}
            rows={4}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => keep(e.target)}
          />
          <PrintableMessage id={printable.messageId} message={printable.message} />
        </>
      );
    case "date":
    case "time":
      return (
        <input
          {...common}
          type={def.kind}
          // the years a date may name; the field's schema says so when one outside is typed
          {...(def.kind === "date" ? { min: MIN_DATE, max: MAX_DATE } : {})}
          className="short"
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        />
      );
    case "integer":
    case "decimal":
    case "money":
    case "percent":
    case "days":
    case "hours":
      return <NumberInput {...props} kind={def.kind} />;
    case "boolean":
    case "choice": {
      const options =
        def.kind === "boolean"
          ? [
              { value: "true", label: "Yes" },
              { value: "false", label: "No" },
            ]
          : def.options;
      const current =
        def.kind === "boolean"
          ? typeof value === "boolean"
            ? String(value)
            : ""
          : typeof value === "string"
            ? value
            : "";
      return (
        <div
          className="options"
          role="radiogroup"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        >
          {options.map((o) => (
            <label key={o.value} className="option">
              <input
                type="radio"
                name={id}
                value={o.value}
                checked={current === o.value}
                onChange={() => onChange(def.kind === "boolean" ? o.value === "true" : o.value)}
                disabled={disabled}
              />
              {o.label}
            </label>
          ))}
          {current !== "" && (
            <button type="button" className="link" onClick={() => onChange(null)} disabled={disabled}>
              Clear answer
            </button>
          )}
        </div>
      );
    }
    case "multi": {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="options" role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
          {def.options.map((o) => (
            <label key={o.value} className="option">
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? [...selected, o.value]
                    : selected.filter((x) => x !== o.value);
                  const ordered = def.options.map((x) => x.value).filter((x) => next.includes(x));
                  onChange(ordered.length > 0 ? ordered : null);
                }}
                disabled={disabled}
              />
              {o.label}
            </label>
          ))}
        </div>
      );
    }
    case "list":
      return <ListControl {...props} def={def} />;
    case "table":
      return <TableControl {...props} def={def} />;
  }
}
