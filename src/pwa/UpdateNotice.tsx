import { useSyncExternalStore } from "react";
import { reloadApp } from "./register";
import { isUpdateReady, subscribeUpdate } from "./update-state";
import "./pwa.css";

/** "A new version is ready — Reload": shown until the user reloads; it never reloads by itself. */
export function UpdateNotice() {
  const ready = useSyncExternalStore(subscribeUpdate, isUpdateReady, () => false);
  return (
    <div className="update-notice" role="status" data-ready={ready || undefined}>
      {ready && (
        <>
          <span>A new version is ready — </span>
          <button type="button" onClick={reloadApp}>
            Reload
          </button>
        </>
      )}
    </div>
  );
}
