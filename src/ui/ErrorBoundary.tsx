import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";
import { reloadApp } from "../pwa/register";

/**
 * A lazily loaded part of the app whose file could not be fetched: offline without the service
 * worker's copy, or a redeploy removed the file this page still refers to. Browsers word it
 * differently (Chromium, Firefox, Safari; Vite's preload of the part's CSS).
 */
export function isChunkLoadError(error: Error): boolean {
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (CSS )?chunk/i.test(
    error.message,
  );
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Catches what a part of the screen throws while rendering (a lazy screen that failed to load,
 * or a bug) and offers a reload in its place. The project is not at risk: every change is
 * journaled to this browser the moment it is made (src/storage/journal.ts) and replayed when the
 * project opens again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: asError(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("A part of the app failed:", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = isChunkLoadError(error);
    return (
      <div className="app-error" role="alert">
        <p>
          {chunk
            ? "This part of the app could not be loaded (the network is unavailable, or a new version of the app was published). "
            : `This part of the app stopped with an error (${error.message}). `}
          Your project is saved in this browser.
        </p>
        <button type="button" className="primary" onClick={reloadApp}>
          Reload
        </button>
        {chunk && (
          <details>
            <summary>Details</summary>
            <p>{error.message}</p>
          </details>
        )}
      </div>
    );
  }
}
