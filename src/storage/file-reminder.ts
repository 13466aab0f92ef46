import type { FileSaved } from "./db";

/**
 * What to remind of a project's copy on disk: nothing when the last file saved holds the project
 * as it is now; otherwise that it was never saved to a file in this browser, or has changed since.
 * Browsers can clear a site's storage, so a file is the copy that lasts.
 */
export function fileReminder(saved: FileSaved | undefined, updatedAt: string): string | null {
  if (!saved) return "Not yet saved to a file";
  if (saved.updatedAt === updatedAt) return null;
  return "Changed since you last saved it to a file";
}
