import * as z from "zod/mini";
import type { Answers, AnswerValue, FieldDef, TableRow, TopicDefinition } from "./types";

type TopicSpec = Omit<TopicDefinition, "schema" | "departures" | "rules" | "terms" | "template"> &
  Partial<Pick<TopicDefinition, "departures" | "rules" | "terms" | "template">>;

/** Builds a topic definition: its answers schema comes from its fields, its template from its id. */
export function defineTopic(spec: TopicSpec): TopicDefinition {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of spec.fields) shape[f.key] = z.optional(z.nullable(f.schema));
  return {
    departures: [],
    rules: [],
    terms: [],
    template: spec.id,
    ...spec,
    schema: z.strictObject(shape) as unknown as z.ZodMiniType<Record<string, unknown>>,
  };
}

/** A table row with nothing in any cell: a row added and not filled in, which answers nothing. */
export function isEmptyRow(row: TableRow): boolean {
  return Object.values(row).every(
    (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""),
  );
}

/** A value counts as blank when nothing usable was entered (a list or table of empty entries too). */
export function isBlank(value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value))
    return (value as ReadonlyArray<string | TableRow>).every((v) =>
      typeof v === "string" ? v.trim() === "" : isEmptyRow(v),
    );
  return false;
}

export function isVisible(field: FieldDef, answers: Answers): boolean {
  return field.when ? field.when(answers) : true;
}

/** Answer helpers for departure checks and conditions. */
export const has = (answers: Answers, key: string): boolean => !isBlank(answers[key]);
export const num = (answers: Answers, key: string): number | null => {
  const v = answers[key];
  return typeof v === "number" ? v : null;
};
export const includes = (answers: Answers, key: string, value: string): boolean => {
  const v = answers[key];
  return Array.isArray(v) && (v as readonly unknown[]).includes(value);
};

/** The answers of fields that currently apply: an old answer to a hidden field checks and prints nothing. */
export function visibleAnswers(fields: readonly FieldDef[], answers: Answers): Answers {
  const out: Record<string, Answers[string]> = {};
  for (const f of fields)
    if (isVisible(f, answers) && answers[f.key] !== undefined) out[f.key] = answers[f.key];
  return out;
}
