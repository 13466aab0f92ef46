/**
 * Tells tabs of this app about each other, so two tabs on one project never overwrite each
 * other silently: each tab announces the project it has open and every save it makes.
 */
export type TabMessage =
  | { readonly type: "open"; readonly projectId: string; readonly tab: string }
  | { readonly type: "here"; readonly projectId: string; readonly tab: string }
  | { readonly type: "saved"; readonly projectId: string; readonly tab: string; readonly rev: number };

export const TAB_ID = globalThis.crypto.randomUUID();

export function openChannel(onMessage: (m: TabMessage) => void): {
  post: (m: TabMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel("sro-mou-wizard");
  channel.onmessage = (e: MessageEvent<TabMessage>) => {
    if (e.data.tab !== TAB_ID) onMessage(e.data);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

const LOCK_PREFIX = "sro-mou-tab:";

/**
 * Holds a Web Lock named after this tab for as long as the tab lives, so another tab can tell
 * whether the tab that wrote a journal is still open (browsers without Web Locks: never known).
 */
export function announceTab(): void {
  if (typeof navigator === "undefined" || !("locks" in navigator)) return;
  void navigator.locks.request(`${LOCK_PREFIX}${TAB_ID}`, () => new Promise<never>(() => undefined));
}

/** The other tabs of this app that are open now. */
export async function liveTabs(): Promise<Set<string>> {
  if (typeof navigator === "undefined" || !("locks" in navigator)) return new Set();
  try {
    const { held = [] } = await navigator.locks.query();
    return new Set(
      held
        .map((l) => l.name ?? "")
        .filter((n) => n.startsWith(LOCK_PREFIX))
        .map((n) => n.slice(LOCK_PREFIX.length))
        .filter((tab) => tab !== TAB_ID),
    );
  } catch {
    return new Set();
  }
}
