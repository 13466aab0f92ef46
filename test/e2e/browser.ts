import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, expect } from "vitest";

export const SCREENSHOTS = "test-results/screenshots";

/** Debian's Chromium, with the flags that keep it off the network. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A page that records every request leaving the app's own origin. The service worker is blocked
 * unless asked for (offline.e2e.ts tests it): it would precache the whole build in every test's
 * context, and `page.route` does not see requests it answers.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { viewport?: { width: number; height: number }; serviceWorkers?: "allow" | "block" } = {},
): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: options.serviceWorkers ?? "block",
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      foreignRequests.push(url);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, foreignRequests, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
}

/** One Chromium for the tests of a describe block; call inside `describe`. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not running");
    return browser;
  };
}

/** No axe violations on the screen as it is now. */
export async function axe(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}): ${v.help}`)).toEqual([]);
}

/** Opens a topic from the navigation, as a user would, and waits for its heading. */
export async function openTopic(page: Page, title: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "MOU topics" })
    .getByRole("button", { name: new RegExp(`^${title.replace(/[()]/g, ".")} \\(`) })
    .click();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
}

/** Waits until the project's changes are saved in the browser. */
export async function saved(page: Page): Promise<void> {
  await page
    .getByTestId("save-status")
    .filter({ hasText: /^All changes saved/ })
    .waitFor();
}

/**
 * Waits until the service worker controls the page, which means its install, precaching every
 * file of the build, has finished (an install that fails to cache a file never activates).
 */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}

/**
 * The project list's file input, by its label: "All projects" reaches the list only once the
 * projects are read, and until then the page may still show another screen's file input (the
 * Export screen's "Check a signed copy"), which a bare input[type=file] locator would find.
 */
export function projectFileInput(page: Page) {
  return page.getByLabel("Open a .mou.json file (or drop it here)");
}
