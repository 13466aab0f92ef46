import { Suspense, lazy } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

const reloadApp = vi.fn();
vi.mock("../../src/pwa/register", () => ({ reloadApp: () => reloadApp() }));

const { ErrorBoundary, isChunkLoadError } = await import("../../src/ui/ErrorBoundary");
const { UpdateNotice } = await import("../../src/pwa/UpdateNotice");
const { setUpdateReady } = await import("../../src/pwa/update-state");
const { installTrustedTypesPolicy } = await import("../../src/pwa/trusted-types");

afterEach(() => {
  reloadApp.mockReset();
  vi.restoreAllMocks();
  setUpdateReady(false);
});

/** A lazy screen whose file cannot be fetched, worded as Chromium words it. */
const Missing = lazy(() =>
  Promise.reject(
    new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/Preview-x.js"),
  ),
);

function Broken(): never {
  throw new Error("cannot read the clause");
}

describe("the error boundary", () => {
  it("offers a reload in place of a part that could not be loaded, and the rest stays", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <>
        <p>Topic list</p>
        <ErrorBoundary>
          <Suspense fallback={<p>Loading…</p>}>
            <Missing />
          </Suspense>
        </ErrorBoundary>
      </>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "This part of the app could not be loaded (the network is unavailable, or a new version of the app was published). Your project is saved in this browser.",
    );
    expect(alert).toHaveTextContent("Preview-x.js");
    expect(screen.getByText("Topic list")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it("says what went wrong for any other error, with the same reload", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This part of the app stopped with an error (cannot read the clause). Your project is saved in this browser.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it("renders its children while nothing fails", () => {
    render(
      <ErrorBoundary>
        <p>Preview</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("Preview")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("knows a failed chunk in each browser's words", () => {
    for (const message of [
      "Failed to fetch dynamically imported module: https://x/a.js", // Chromium
      "error loading dynamically imported module: https://x/a.js", // Firefox
      "Importing a module script failed.", // Safari
      "Unable to preload CSS for /assets/ExportPanel.css", // Vite's preload
    ])
      expect(isChunkLoadError(new TypeError(message)), message).toBe(true);
    expect(isChunkLoadError(new Error("x is undefined"))).toBe(false);
  });
});

describe("the new-version notice", () => {
  it("appears when an update waits, and reloads only when asked", async () => {
    render(<UpdateNotice />);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    setUpdateReady(true);
    const status = await screen.findByText(/A new version is ready/);
    expect(status.parentElement).toHaveTextContent("A new version is ready — Reload");
    expect(reloadApp).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });
});

describe("the Trusted Types policy", () => {
  it("lets the app's own script URLs through and nothing else", () => {
    type Rules = { createScriptURL?: (input: string) => string | null };
    const policies = new Map<string, Rules>();
    const fake = {
      document: { baseURI: "https://mou.example/app/" },
      location: { origin: "https://mou.example" },
      trustedTypes: {
        createPolicy(name: string, rules: Rules) {
          if (policies.has(name)) throw new TypeError(`Policy ${name} exists`);
          policies.set(name, rules);
          return { createScriptURL: (s: string) => rules.createScriptURL?.(s) };
        },
      },
    } as unknown as Window;
    installTrustedTypesPolicy(fake);
    installTrustedTypesPolicy(fake); // a second call is harmless
    const policy = policies.get("default");
    expect(policy?.createScriptURL?.("sw.js")).toBe("sw.js");
    expect(policy?.createScriptURL?.("https://mou.example/app/assets/pdf.worker.mjs")).toBe(
      "https://mou.example/app/assets/pdf.worker.mjs",
    );
    expect(policy?.createScriptURL?.("https://evil.example/x.js")).toBeNull();
    expect(policy?.createScriptURL?.("data:text/javascript,1")).toBeNull();
    expect(Object.keys(policy ?? {})).toEqual(["createScriptURL"]); // no HTML, no script text
  });
});
