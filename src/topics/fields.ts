import * as z from "zod/mini";
import { DATE_RANGE_MESSAGE, isDateInRange } from "../format/dates";
import type {
  Answers,
  BooleanField,
  ChoiceField,
  ChoiceOption,
  ColumnDef,
  DateField,
  FactKey,
  ListField,
  MultiField,
  NumberField,
  TableField,
  TableRow,
  TextField,
} from "./types";

/** Longest text a single answer may hold; a whole clause fits many times over. */
export const MAX_TEXT = 20_000;
export const MAX_LINE = 500;
export const MAX_ITEMS = 100;

interface Common {
  label: string;
  help?: string;
  required?: boolean;
  when?: (answers: Answers) => boolean;
  fact?: FactKey;
}

const line = () =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter a value or leave the field blank."),
      z.maxLength(MAX_LINE, `Keep this under ${MAX_LINE} characters.`),
    );

function numberSchema(kind: NumberField["kind"], min: number, max: number) {
  const range = [z.minimum(min, `Enter ${min} or more.`), z.maximum(max, `Enter ${max} or less.`)];
  const whole = kind === "integer" || kind === "days" ? [z.int("Enter a whole number.")] : [];
  return z.number({ error: "Enter a number." }).check(...whole, ...range);
}

function choiceSchema(options: readonly ChoiceOption[]) {
  const values = options.map((o) => o.value);
  return z.string().check(z.refine((v) => values.includes(v), "Pick one of the options."));
}

export function text(key: string, o: Common & { recommended?: string }): TextField {
  return { key, kind: "text", required: false, ...o, schema: line() };
}

/** An email address, on one line. */
export function email(key: string, o: Common & { recommended?: string }): TextField {
  const schema = z
    .string()
    .check(
      z.trim(),
      z.maxLength(MAX_LINE, `Keep this under ${MAX_LINE} characters.`),
      z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Enter an email address, like notices@example.org."),
    );
  return { key, kind: "text", required: false, ...o, schema };
}

export function longText(key: string, o: Common & { recommended?: string }): TextField {
  const schema = z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter a value or leave the field blank."),
      z.maxLength(MAX_TEXT, `Keep this under ${MAX_TEXT.toLocaleString("en-US")} characters.`),
    );
  return { key, kind: "longText", required: false, ...o, schema };
}

export function number(
  key: string,
  kind: NumberField["kind"],
  o: Common & { min?: number; max?: number; recommended?: number },
): NumberField {
  const defaults: Record<NumberField["kind"], [number, number]> = {
    integer: [0, 10_000],
    decimal: [0, 10_000],
    money: [0, 100_000_000],
    percent: [0, 100],
    days: [1, 3_650],
    hours: [0, 10_000],
  };
  const [dmin, dmax] = defaults[kind];
  const min = o.min ?? dmin;
  const max = o.max ?? dmax;
  return { key, kind, required: false, ...o, min, max, schema: numberSchema(kind, min, max) };
}

export function yesNo(key: string, o: Common & { recommended?: boolean; noIsTerm?: boolean }): BooleanField {
  return { key, kind: "boolean", required: false, ...o, schema: z.boolean() };
}

export function choice(
  key: string,
  o: Common & { options: readonly ChoiceOption[]; recommended?: string },
): ChoiceField {
  return { key, kind: "choice", required: false, ...o, schema: choiceSchema(o.options) };
}

export function multi(
  key: string,
  o: Common & { options: readonly ChoiceOption[]; recommended?: readonly string[] },
): MultiField {
  const schema = z.array(choiceSchema(o.options)).check(z.maxLength(o.options.length));
  return { key, kind: "multi", required: false, ...o, schema };
}

export function date(key: string, o: Common & { recommended?: string }): DateField {
  const schema = z.iso.date({ error: "Enter a date." }).check(z.refine(isDateInRange, DATE_RANGE_MESSAGE));
  return { key, kind: "date", required: false, ...o, schema };
}

export function time(key: string, o: Common & { recommended?: string }): DateField {
  const schema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time of day such as 07:30."));
  return { key, kind: "time", required: false, ...o, schema };
}

export function list(
  key: string,
  o: Common & { itemLabel: string; recommended?: readonly string[] },
): ListField {
  const schema = z.array(line()).check(z.maxLength(MAX_ITEMS, `Keep the list under ${MAX_ITEMS} items.`));
  return { key, kind: "list", required: false, ...o, schema };
}

export const column = {
  text: (key: string, label: string): ColumnDef => ({ key, label, kind: "text", schema: line() }),
  number: (
    key: string,
    label: string,
    kind: "integer" | "decimal" | "money" | "percent" | "hours",
    min = 0,
    max = kind === "percent" ? 100 : 100_000_000,
  ): ColumnDef => ({
    key,
    label,
    kind,
    min,
    max,
    schema: numberSchema(kind === "hours" ? "decimal" : kind, min, max),
  }),
  choice: (key: string, label: string, options: readonly ChoiceOption[]): ColumnDef => ({
    key,
    label,
    kind: "choice",
    options,
    schema: choiceSchema(options),
  }),
};

export function table(
  key: string,
  o: Common & {
    columns: readonly ColumnDef[];
    rowLabel: string;
    exhibitTitle: string;
    recommended?: readonly TableRow[];
  },
): TableField {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const c of o.columns) shape[c.key] = z.optional(z.nullable(c.schema));
  const schema = z
    .array(z.strictObject(shape))
    .check(z.maxLength(MAX_ITEMS, `Keep the table under ${MAX_ITEMS} rows.`));
  return { key, kind: "table", required: false, ...o, schema };
}

/** Options helper: `opts(["a", "Label A"], ["b", "Label B"])`. */
export function opts(...pairs: ReadonlyArray<readonly [string, string]>): ChoiceOption[] {
  return pairs.map(([value, label]) => ({ value, label }));
}
