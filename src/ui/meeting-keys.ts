import type { ReviewDecision } from "../project/review";

/** What a key does in the review meeting, or null: keys typed into a field are the field's. */
export type MeetingKey = { kind: "decide"; decision: ReviewDecision } | { kind: "move"; by: -1 | 1 };

const KEYS: Record<string, MeetingKey> = {
  k: { kind: "decide", decision: "kept" },
  r: { kind: "decide", decision: "revised" },
  o: { kind: "decide", decision: "open" },
  n: { kind: "move", by: 1 },
  ArrowRight: { kind: "move", by: 1 },
  p: { kind: "move", by: -1 },
  ArrowLeft: { kind: "move", by: -1 },
};

/** The keyboard shortcuts of the meeting, as the screen lists them. */
export const MEETING_KEYS_HELP = "Keys: K keep · R revise · O leave open · → or N next · ← or P previous";

export function meetingKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): MeetingKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target as Element | null;
  if (target?.closest?.("input, textarea, select, [contenteditable='true']")) return null;
  return KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}
