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
