import type { Page } from "playwright-core";
import { isBlank, isVisible, visibleAnswers } from "../../src/topics/define";
import { recommendedAnswers } from "../../src/topics/registry";
import type { AnswerValue, Answers, FieldDef, TableRow, TopicDefinition } from "../../src/topics/types";

/** A plausible answer of the field's kind, for fields with no recommended value. */
export function valueFor(f: FieldDef, nth = 0): AnswerValue {
  if (f.recommended !== undefined) return f.recommended;
  const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));
  switch (f.kind) {
    case "text":
    case "longText":
      return "As the Parties agree in writing";
    case "integer":
    case "decimal":
      return clamp(1, f.min, f.max);
    case "days":
      return clamp(30, f.min, f.max);
    case "hours":
      return clamp(8, f.min, f.max);
    case "money":
      return clamp(1000, f.min, f.max);
    case "percent":
      return 50;
    case "boolean":
      return true;
    case "choice":
      return f.options[0]?.value ?? "";
    case "multi":
      return [f.options[0]?.value ?? ""];
    case "date":
      return "2026-08-01";
    case "time":
      // a start, then an end later in the day
      return nth === 0 ? "07:30" : "15:30";
    case "list":
      return ["As the Parties agree"];
    case "table": {
      const row: Record<string, string | number> = {};
      for (const c of f.columns)
        row[c.key] = c.kind === "text" ? "As agreed" : c.kind === "choice" ? (c.options[0]?.value ?? "") : 50;
      return [row as TableRow];
    }
  }
}

/** Sets one field through the UI, as a keyboard-and-mouse user would. */
async function setField(page: Page, topic: TopicDefinition, f: FieldDef, value: AnswerValue): Promise<void> {
  const id = `f-${topic.id}-${f.key}`;
  const box = page.locator(`[id="${id}-field"]`);
  switch (f.kind) {
    case "boolean":
      await box.getByRole("radio", { name: value ? "Yes" : "No", exact: true }).check();
      return;
    case "choice": {
      const label = f.options.find((o) => o.value === value)?.label ?? "";
      await box.getByRole("radio", { name: label, exact: true }).check();
      return;
    }
    case "multi":
      for (const v of value as string[]) {
        const label = f.options.find((o) => o.value === v)?.label ?? "";
        await box.getByRole("checkbox", { name: label, exact: true }).check();
      }
      return;
    case "list": {
      const items = value as string[];
      for (let i = 0; i < items.length; i++) {
        await box.getByRole("button", { name: `Add ${f.itemLabel.toLowerCase()}` }).click();
        await page.locator(`[id="${id}-${i}"]`).fill(items[i] ?? "");
      }
      return;
    }
    case "table": {
      const rows = value as TableRow[];
      for (let r = 0; r < rows.length; r++) {
        await box.getByRole("button", { name: `Add ${f.rowLabel.toLowerCase()}` }).click();
        for (const c of f.columns) {
          const cell = page.locator(`[id="${id}-${r}-${c.key}"]`);
          const v = rows[r]?.[c.key];
          if (v === null || v === undefined) continue;
          if (c.kind === "choice") await cell.selectOption(String(v));
          else await cell.fill(String(v));
        }
      }
      return;
    }
    default:
      await page.locator(`[id="${id}"]`).fill(String(value));
  }
}

/**
 * Fills a topic on screen: the recommended values first, then every required blank that
 * still shows, then acknowledges any departure. Returns the answers it meant to give.
 */
export async function fillTopic(page: Page, topic: TopicDefinition): Promise<Answers> {
  // the button fills the recommended values of the fields that show
  const answers = { ...visibleAnswers(topic.fields, recommendedAnswers(topic)) } as Record<
    string,
    AnswerValue
  >;
  const recommend = page.getByRole("button", { name: "Use the recommended values" });
  if (await recommend.count()) await recommend.click();
  let times = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const f of topic.fields) {
      if (!f.required || !isVisible(f, answers) || !isBlank(answers[f.key])) continue;
      const value = valueFor(f, f.kind === "time" ? times++ : 0);
      answers[f.key] = value;
      await setField(page, topic, f, value);
    }
  }
  const acknowledge = page.getByRole("button", { name: "Acknowledge this departure as deliberate" });
  while (await acknowledge.count()) await acknowledge.first().click();
  return answers;
}
