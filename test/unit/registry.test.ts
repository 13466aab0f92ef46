import { describe, expect, it } from "vitest";
import { TOPICS } from "../../src/topics";
import type { TopicDefinition } from "../../src/topics/types";
import { TOPIC_GROUPS } from "../../src/topics/types";
import { buildTemplateContext } from "../../src/document/template-context";
import { hasTemplate, renderTemplate } from "../../src/document/templates";
import { splitTokens } from "../../src/document/tokens";
import { recommendedAnswers } from "../../src/topics/registry";
import { sampleFacts, sampleValue } from "../support/facts";

const files = import.meta.glob<{ default: TopicDefinition }>(
  ["../../src/topics/*.ts", "!../../src/topics/{index,types,fields,define,sources,registry,consistency}.ts"],
  { eager: true },
);
const facts = sampleFacts();

const fileEntries = Object.entries(files).map(
  ([path, mod]) => [/([^/]+)\.ts$/.exec(path)?.[1] ?? path, mod.default] as const,
);

describe("topic registry", () => {
  it("lists every topic file exactly once, in group order", () => {
    const fromFiles = fileEntries.map(([, t]) => t.id).sort();
    expect([...TOPICS.map((t) => t.id)].sort()).toEqual(fromFiles);
    const groupIndex = TOPICS.map((t) => TOPIC_GROUPS.indexOf(t.group));
    expect(groupIndex).toEqual([...groupIndex].sort((a, b) => a - b));
  });

  it("has unique ids", () => {
    const seen = new Map<string, string>();
    for (const [file, t] of fileEntries) {
      expect(seen.get(t.id), `${file}.ts repeats id "${t.id}" of ${seen.get(t.id)}.ts`).toBeUndefined();
      seen.set(t.id, file);
    }
  });

  describe.each(fileEntries)("%s.ts", (file, topic) => {
    it("is named after its id and has real guidance", () => {
      expect(topic.id, `${file}.ts: id must equal the file name`).toBe(file);
      expect(topic.title.length, `${file}.ts: title`).toBeGreaterThan(3);
      expect(topic.summary.length, `${file}.ts: summary is too short`).toBeGreaterThan(150);
      expect(topic.summary, `${file}.ts: placeholder text`).not.toMatch(/TODO|lorem|ipsum|TBD|FIXME/i);
      expect(topic.sources.length, `${file}.ts: cite a source`).toBeGreaterThan(0);
      expect(topic.fields.length, `${file}.ts: no fields`).toBeGreaterThan(0);
    });

    it("labels every field, with unique keys", () => {
      const keys = new Set<string>();
      for (const f of topic.fields) {
        expect(f.label.trim(), `${file}.ts: field "${f.key}" lacks a label`).not.toBe("");
        expect(keys.has(f.key), `${file}.ts: field key "${f.key}" repeats`).toBe(false);
        keys.add(f.key);
        if (f.kind === "choice" || f.kind === "multi") {
          expect(f.options.length, `${file}.ts: "${f.key}" has no options`).toBeGreaterThan(1);
        }
        if (f.kind === "table") {
          for (const c of f.columns)
            expect(c.label.trim(), `${file}.ts: column ${f.key}.${c.key}`).not.toBe("");
        }
      }
    });

    it("recommends only values that pass their own schema, and no departure from itself", () => {
      for (const f of topic.fields) {
        if (f.recommended === undefined) continue;
        const r = f.schema.safeParse(f.recommended);
        expect(r.success, `${file}.ts: recommended value of "${f.key}" fails its schema`).toBe(true);
      }
      const rec = recommendedAnswers(topic);
      expect(topic.schema.safeParse(rec).success, `${file}.ts: recommended answers`).toBe(true);
      for (const d of topic.departures) {
        expect(d.applies(rec, facts), `${file}.ts: departure "${d.id}" fires on the recommendation`).toBe(
          false,
        );
      }
    });

    it("has a clause template that renders blank, recommended and filled answers", () => {
      expect(hasTemplate(topic.template), `${file}.ts: templates/${topic.template}.hbs is missing`).toBe(
        true,
      );
      const filled = Object.fromEntries(topic.fields.map((f) => [f.key, sampleValue(f)]));
      for (const [name, answers] of [
        ["blank", {}],
        ["recommended", recommendedAnswers(topic)],
        ["filled", filled],
      ] as const) {
        const lines = renderTemplate(topic.template, buildTemplateContext(topic, answers, facts));
        // with nothing answered a topic may have nothing to say; with answers it says them
        if (name !== "blank")
          expect(lines.length, `${file}.ts: ${name} answers render nothing`).toBeGreaterThan(0);
        const text = lines.join("\n");
        expect(text, `${file}.ts: ${name} answers`).not.toMatch(/undefined|\bnull\b|\[object Object\]|NaN/);
        for (const line of lines) {
          for (const piece of splitTokens(line)) {
            if (!("blank" in piece)) continue;
            const field = topic.fields.find((f) => f.key === piece.blank);
            expect(field, `${file}.ts: placeholder for unknown field "${piece.blank}"`).toBeDefined();
            expect(
              field?.required,
              `${file}.ts: optional field "${piece.blank}" renders a placeholder (${name}); guard it with {{#if}}`,
            ).toBe(true);
          }
        }
      }
    });
  });
});
