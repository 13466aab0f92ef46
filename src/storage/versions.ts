import { SIDE_NAMES } from "../project/schema";
import { getTopic } from "../topics/registry";

/**
 * Earlier versions of a project: each save keeps the copy it replaces. Which are kept:
 * the 10 newest, plus the newest of each hour of the last 24 hours, and never more than
 * 20 MB of them per project (the oldest go first). At most 34 versions a project.
 */
export const KEEP_NEWEST = 10;
export const KEEP_HOURS = 24;
export const MAX_VERSION_BYTES = 20 * 1024 * 1024;
const HOUR_MS = 60 * 60 * 1000;

/** What the list of earlier versions shows, without the project itself. */
export interface VersionSummary {
  /** The revision the copy was stored under. */
  readonly rev: number;
  /** When that copy was saved (ISO). */
  readonly savedAt: string;
  /** Its size as JSON text, in characters. */
  readonly size: number;
  /** Its last change, from the project's history ("Agency: Changed the answers"), or "". */
  readonly description: string;
}

/** The versions to keep of `versions` (any order), newest first. */
export function versionsToKeep(versions: readonly VersionSummary[], now: Date): VersionSummary[] {
  const newest = [...versions].sort((a, b) => b.rev - a.rev);
  const hours = new Set<number>();
  const kept = newest.filter((v, i) => {
    const hour = Math.floor((now.getTime() - Date.parse(v.savedAt)) / HOUR_MS);
    const firstOfHour = hour >= 0 && hour < KEEP_HOURS && !hours.has(hour);
    if (hour >= 0) hours.add(hour);
    return i < KEEP_NEWEST || firstOfHour;
  });
  let bytes = kept.reduce((sum, v) => sum + v.size, 0);
  while (kept.length > 1 && bytes > MAX_VERSION_BYTES) bytes -= kept.pop()?.size ?? 0;
  return kept;
}

/** A short description of a stored (unchecked) project: its last recorded change. */
export function describeStored(project: unknown): string {
  if (project === null || typeof project !== "object") return "";
  const history = (project as { history?: unknown }).history;
  if (!Array.isArray(history)) return "";
  const last: unknown = history.at(-1);
  if (last === null || typeof last !== "object") return "";
  const { side, what, topicId } = last as { side?: unknown; what?: unknown; topicId?: unknown };
  if (typeof what !== "string") return "";
  const who = side === "agency" || side === "district" ? `${SIDE_NAMES[side]}: ` : "";
  const topic = typeof topicId === "string" ? getTopic(topicId)?.title : undefined;
  return `${who}${topic ? `${topic}: ` : ""}${what}`.slice(0, 300);
}
