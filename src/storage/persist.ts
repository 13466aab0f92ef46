/** Whether the browser keeps this site's storage when space runs low. */
export type Persistence = "granted" | "not-granted" | "unsupported";

let asked: Promise<Persistence> | null = null;

/**
 * Asks the browser, once per page load, to keep this site's storage (projects, versions)
 * even when space runs low; resolves with whether it does. Never throws.
 */
export function requestPersistence(): Promise<Persistence> {
  asked ??= (async (): Promise<Persistence> => {
    const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
    if (!storage || typeof storage.persist !== "function") return "unsupported";
    try {
      if (typeof storage.persisted === "function" && (await storage.persisted())) return "granted";
      return (await storage.persist()) ? "granted" : "not-granted";
    } catch {
      return "not-granted";
    }
  })();
  return asked;
}

/** For tests: forget that persistence was asked for. */
export function resetPersistenceRequest(): void {
  asked = null;
}
