import type { Answers, TopicDefinition } from "./types";
import { TOPICS } from "./index";

const byId = new Map(TOPICS.map((t) => [t.id, t]));

export function getTopic(id: string): TopicDefinition | undefined {
  return byId.get(id);
}

/** The answers a topic would have if the parties took every recommended value. */
export function recommendedAnswers(topic: TopicDefinition): Answers {
  const out: Record<string, Answers[string]> = {};
  for (const f of topic.fields) if (f.recommended !== undefined) out[f.key] = f.recommended;
  return out;
}
