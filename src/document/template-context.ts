import { isBlank, isVisible } from "../topics/define";
import type {
  AnswerValue,
  Answers,
  FieldDef,
  ProjectFacts,
  TableRow,
  TopicDefinition,
} from "../topics/types";
import {
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
} from "../format/values";
import { blankToken, sanitizeUserText } from "./tokens";

export interface TemplateContext {
  /** Raw answers, sanitized; every field key is present, null when blank or not applicable. */
  readonly v: Record<string, AnswerValue | null>;
  /** Formatted answers; a blank required field is a placeholder token. */
  readonly f: Record<string, string>;
  readonly facts: ProjectFacts;
}

/** Only long text may span lines (each line a clause); any other answer is kept on one line. */
function oneLine(text: string): string {
  return sanitizeUserText(text).replace(/\s*[\r\n]+\s*/g, " ");
}

function sanitize(value: AnswerValue, multiline: boolean): AnswerValue {
  if (typeof value === "string") return multiline ? sanitizeUserText(value) : oneLine(value);
  if (Array.isArray(value)) {
    return (value as ReadonlyArray<string | TableRow>).map((item) =>
      typeof item === "string"
        ? oneLine(item)
        : Object.fromEntries(
            Object.entries(item).map(([k, x]) => [k, typeof x === "string" ? oneLine(x) : x]),
          ),
    ) as AnswerValue;
  }
  return value;
}

function optionLabel(field: FieldDef, value: string): string {
  if (field.kind !== "choice" && field.kind !== "multi") return value;
  return field.options.find((o) => o.value === value)?.label ?? value;
}

export function formatAnswer(field: FieldDef, value: AnswerValue, exhibitRef: string | undefined): string {
  switch (field.kind) {
    case "text":
    case "longText":
      return String(value);
    case "integer":
    case "decimal":
    case "days":
    case "hours":
      return formatNumber(Number(value));
    case "money":
      return formatMoney(Number(value));
    case "percent":
      return formatPercent(Number(value));
    case "boolean":
      return value ? "yes" : "no";
    case "choice":
      return optionLabel(field, String(value));
    case "multi":
      return formatList((value as readonly string[]).map((x) => optionLabel(field, x)));
    case "date":
      return formatDate(String(value));
    case "time":
      return formatTime(String(value));
    case "list":
      return formatList(value as readonly string[]);
    case "table":
      return exhibitRef ?? "the attached exhibit";
  }
}

/**
 * The data a clause template sees. `exhibits` maps a table field key to its exhibit name
 * ("Exhibit C"), assigned by the assembler.
 */
export function buildTemplateContext(
  topic: TopicDefinition,
  answers: Answers,
  facts: ProjectFacts,
  exhibits: ReadonlyMap<string, string> = new Map(),
): TemplateContext {
  const v: Record<string, AnswerValue | null> = {};
  const f: Record<string, string> = {};
  for (const field of topic.fields) {
    const raw = answers[field.key];
    const visible = isVisible(field, answers);
    if (!visible) {
      v[field.key] = null;
      f[field.key] = "";
    } else if (isBlank(raw) || raw === undefined || raw === null) {
      v[field.key] = null;
      f[field.key] = blankToken(field.key);
    } else {
      const clean = sanitize(raw, field.kind === "longText");
      v[field.key] = clean;
      f[field.key] = formatAnswer(field, clean, exhibits.get(field.key));
    }
  }
  return { v, f, facts };
}
