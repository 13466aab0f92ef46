import { describe, expect, it } from "vitest";
import { TOPICS } from "../../src/topics";
import type { Answers, AnswerValue, TopicDefinition } from "../../src/topics/types";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import { sampleFacts, sampleValue } from "../support/facts";

const facts = sampleFacts();
const render = (topic: TopicDefinition, answers: Answers): string[] =>
  renderTemplate(topic.template, buildTemplateContext(topic, answers, facts));

/** Every field answered with a value of its kind, then the recommended values on top. */
function filled(topic: TopicDefinition): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const f of topic.fields) out[f.key] = f.recommended ?? sampleValue(f);
  for (const f of topic.fields) if (f.kind === "boolean") out[f.key] = true;
  return out;
}

const words = (line: string): string[] => [...(line.toLowerCase().match(/[\p{L}\p{N}$%']+/gu) ?? [])];

/** The words of `short` appear, in order, in `long`: `short` says nothing `long` does not. */
function within(short: string, long: string): boolean {
  const have = words(long);
  let at = 0;
  for (const w of words(short)) {
    at = have.indexOf(w, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

const booleans = TOPICS.flatMap((topic) =>
  topic.fields
    .filter((f) => f.kind === "boolean" && !("noIsTerm" in f && f.noIsTerm))
    .map((f) => [topic.id, f.key, topic] as const),
);

describe('a "no" leaves the MOU silent', () => {
  it.each(booleans)("%s: %s = no prints no sentence the yes does not", (_id, key, topic) => {
    const yes = { ...filled(topic), [key]: true };
    const no = { ...filled(topic), [key]: false };
    const yesLines = render(topic, yes);
    const invented = render(topic, no).filter((line) => !yesLines.some((y) => within(line, y)));
    expect(invented, `answering no to "${key}" prints these terms of its own`).toEqual([]);
  });
});

const numbers = TOPICS.flatMap((topic) =>
  topic.fields.filter((f) => "min" in f && f.min <= 0).map((f) => [topic.id, f.key, topic] as const),
);

const ZERO_TERM =
  /\b(?:at least|within|up to|no more than|no less than|minimum of|maximum of|every)\s+(?:\$)?0\b|(?:^|[^\d.,$])0 (?:hours?|days?|years?|months?|minutes?|weeks?|SROs?|officers?|School Days?)\b|\$0(?:\.00)?\b/i;

describe("a 0 never reads as a term", () => {
  it.each(numbers)("%s: %s = 0 prints no zero term", (_id, key, topic) => {
    const answers = { ...filled(topic), [key]: 0 };
    const lines = render(topic, answers);
    expect(lines.filter((l) => ZERO_TERM.test(l))).toEqual([]);
  });
});
