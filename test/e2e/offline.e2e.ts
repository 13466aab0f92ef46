import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { preview } from "vite";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { parseHeaders } from "../../build/security-headers";
import { openPage, serviceWorkerReady, useChromium } from "./browser";

const TOPIC = "Parties, Schools and Term";
const opened = (page: Page) => page.getByRole("heading", { level: 2, name: TOPIC }).waitFor();
const HEADERS = parseHeaders(readFileSync("public/_headers", "utf8"));

/** Every file of the build the app may load: what the service worker must hold. */
function builtFiles(dir = "dist"): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative("dist", join(e.parentPath, e.name)))
    .filter((f) => !f.endsWith(".map") && f !== "_headers" && f !== "sw.js");
}

/** Records what the CSP or Trusted Types block on the page (its `securitypolicyviolation` events). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { violationsSeen: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violationsSeen: string[] }).violationsSeen);
}

describe("offline and installable", () => {
  const browser = useChromium();

  it("after one visit, opens, previews and exports with the network gone", { timeout: 120_000 }, async () => {
    const base = inject("baseUrl");
    const { context, page, errors, foreignRequests } = await openPage(browser(), base, {
      serviceWorkers: "allow",
    });
    const violations = await watchViolations(page);
    await page.goto(base);
    await opened(page);
    await serviceWorkerReady(page);
    // everything the build holds is precached: app, lazy chunks, pdf.js worker, fonts, sample
    const files = builtFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        "index.html",
        "sample.mou.json",
        "manifest.webmanifest",
        expect.stringMatching(/^assets\/Preview-.*\.js$/),
        expect.stringMatching(/^assets\/pdf\.worker.*\.mjs$/),
        expect.stringMatching(/^assets\/Tinos_400Regular-.*\.ttf$/),
      ]),
    );
    const missing = await page.evaluate(
      async (paths) =>
        (
          await Promise.all(
            paths.map(async (p) =>
              (await caches.match(new URL(p, document.baseURI).href, { ignoreSearch: true })) ? null : p,
            ),
          )
        ).filter((p) => p !== null),
      files,
    );
    expect(missing).toEqual([]);
    // installable: a manifest with icons the browser can fetch
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { icons: Array<{ sizes: string }> }) : null;
    });
    expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

    await context.setOffline(true);
    await page.reload();
    await opened(page);
    // the network is gone indeed: a file the service worker does not hold cannot be fetched
    await expect(
      page.evaluate(() =>
        fetch("./not-in-the-build.txt").then(
          (r) => `HTTP ${r.status}`,
          () => "offline",
        ),
      ),
    ).resolves.toBe("offline");
    // the sample itself comes from the precache
    await page.getByRole("button", { name: "All projects" }).click();
    await page.getByRole("button", { name: "Open the sample MOU" }).click();
    await opened(page);
    await expect(page.evaluate(async () => (await fetch("./sample.mou.json")).ok)).resolves.toBe(true);

    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { level: 2, name: "Preview" }).waitFor();
    await page.getByRole("button", { name: "Export" }).click();
    for (const [button, format] of [
      ["Draft PDF", "pdf"],
      ["Draft DOCX (Word)", "docx"],
      ["Draft Plain text (Markdown)", "md"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`_draft_.*\\.${format}$`));
      const path = await file.path();
      const text =
        format === "pdf"
          ? execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })
          : execFileSync("pandoc", ["-f", format === "md" ? "markdown" : "docx", "-t", "plain", path], {
              encoding: "utf8",
            });
      expect(text).toMatch(/This draft has \d+ open items/);
      expect(text).toContain("Maple Grove Police Department");
    }
    expect(errors).toEqual([]);
    await expect(violations()).resolves.toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it(
    "offers a reload when a part of the app cannot be loaded, and the project is intact after it",
    { timeout: 60_000 },
    async () => {
      const base = inject("baseUrl");
      // no service worker: a first visit, or a redeploy that removed the file this page refers to
      const { context, page } = await openPage(browser(), base);
      const chunk = "**/assets/Preview-*.js";
      await page.route(chunk, (route) => route.abort("failed"));
      await page.goto(base);
      await opened(page);
      const typed = "Maple Grove Police Department (typed before the failure)";
      await page.getByLabel("Agency name").fill(typed);

      await page.getByRole("button", { name: "Preview" }).click();
      const offer = page.getByRole("alert").filter({ hasText: "This part of the app could not be loaded" });
      await offer.waitFor();
      await expect(offer.textContent()).resolves.toContain("Your project is saved in this browser.");
      // the rest of the app still works
      await page.getByRole("button", { name: "Export" }).click();
      await page.getByRole("heading", { level: 2, name: "Export" }).waitFor();
      await page.getByRole("button", { name: "Preview" }).click();
      await offer.waitFor();

      await page.unroute(chunk);
      await Promise.all([page.waitForEvent("load"), offer.getByRole("button", { name: "Reload" }).click()]);
      await opened(page);
      await expect(page.getByLabel("Agency name").inputValue()).resolves.toBe(typed);
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("heading", { level: 2, name: "Preview" }).waitFor();
      await context.close();
    },
  );

  it("sends the security headers of public/_headers, and the app runs under them", async () => {
    const base = inject("baseUrl");
    expect(Object.keys(HEADERS)).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
      ]),
    );
    expect(HEADERS["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(HEADERS["Content-Security-Policy"]).toContain("require-trusted-types-for 'script'");
    const script = builtFiles().find((f) => /^assets\/index-.*\.js$/.test(f));
    for (const path of ["", "index.html", "sw.js", script ?? "missing"]) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(HEADERS))
        expect(response.headers.get(name), `${name} on /${path}`).toBe(value);
    }

    const { context, page, errors } = await openPage(browser(), base);
    const violations = await watchViolations(page);
    await page.goto(base);
    await opened(page);
    await expect(violations()).resolves.toEqual([]);
    // Trusted Types are enforced: HTML from a string is refused, a same-origin worker is not
    const probe = await page.evaluate(() => {
      const html = (() => {
        try {
          document.createElement("div").innerHTML = "<b>x</b>";
          return "allowed";
        } catch (error) {
          return (error as Error).name;
        }
      })();
      const worker = (url: string) => {
        try {
          new Worker(url).terminate();
          return "allowed";
        } catch (error) {
          return (error as Error).name;
        }
      };
      return { html, own: worker("./sw.js"), foreign: worker("https://example.com/w.js") };
    });
    expect(probe).toEqual({ html: "TypeError", own: "allowed", foreign: "TypeError" });
    // the two refusals above, and nothing else
    await expect
      .poll(violations)
      .toEqual([
        expect.stringMatching(
          /^require-trusted-types-for trusted-types-sink \w*Element innerHTML\|<b>x<\/b>$/,
        ),
        expect.stringMatching(
          /^require-trusted-types-for trusted-types-sink Worker constructor\|https:\/\/example\.com/,
        ),
      ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it(
    "says when a new version is ready, and reloads into it only when asked, never while typing",
    { timeout: 90_000 },
    async () => {
      // a host of its own, serving a copy of the build that is then published anew
      const root = mkdtempSync(join(tmpdir(), "mou-update-"));
      cpSync("dist", root, { recursive: true });
      const server = await preview({
        build: { outDir: root },
        preview: { port: 0, host: "127.0.0.1", strictPort: false },
        logLevel: "warn",
      });
      try {
        const address = server.httpServer.address();
        if (address === null || typeof address === "string") throw new Error("no port");
        const base = `http://127.0.0.1:${address.port}/`;
        const { context, page, errors } = await openPage(browser(), base, { serviceWorkers: "allow" });
        await page.goto(base);
        await opened(page);
        await serviceWorkerReady(page);
        await expect(page.getByRole("status").filter({ hasText: "new version" }).count()).resolves.toBe(0);

        // the new version: index.html changed, so the service worker's list of files did (the
        // revision keeps its length: the preview server has the files' sizes from its start)
        const sw = join(root, "sw.js");
        const before = readFileSync(sw, "utf8");
        const after = before.replace(
          /(url:"index\.html",revision:")([0-9a-f])/,
          (_m, head: string, c: string) => `${head}${c === "0" ? "1" : "0"}`,
        );
        expect(after).not.toBe(before);
        writeFileSync(sw, after);
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update();
        });
        const notice = page.getByRole("status").filter({ hasText: "A new version is ready — Reload" });
        await notice.waitFor();

        // typing goes on in the same page: no reload of its own
        await page.evaluate(() => Object.assign(window, { samePage: true }));
        const typed = "Maple Grove Police Department (typed while an update waits)";
        await page.getByLabel("Agency name").fill(typed);
        await page.getByLabel("District name").click();
        await expect(page.evaluate(() => "samePage" in window)).resolves.toBe(true);
        await expect(notice.isVisible()).resolves.toBe(true);

        // another tab of the app, also told; it stays as it is when the first one takes the update
        const other = await context.newPage();
        await other.goto(base);
        await other.getByRole("heading", { level: 2 }).first().waitFor();
        const otherNotice = other.getByRole("status").filter({ hasText: "A new version is ready" });
        await otherNotice.waitFor();
        await other.evaluate(() => {
          const takenOver = new Promise<string>((resolve) =>
            navigator.serviceWorker.addEventListener("controllerchange", () => resolve("new worker"), {
              once: true,
            }),
          );
          Object.assign(window, { samePage: true, takenOver });
        });

        // asked: the new version takes over and the page reloads, with the text kept
        await Promise.all([
          page.waitForEvent("load"),
          notice.getByRole("button", { name: "Reload" }).click(),
        ]);
        await opened(page);
        await expect(page.evaluate(() => "samePage" in window)).resolves.toBe(false);
        await expect(page.getByLabel("Agency name").inputValue()).resolves.toBe(typed);
        await expect(
          page.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return { waiting: Boolean(r?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
          }),
        ).resolves.toEqual({ waiting: false, controlled: true });
        await expect(notice.count()).resolves.toBe(0);
        // the other tab now runs under the new worker with the old code: it still offers the reload
        await expect(
          other.evaluate(() => (window as unknown as { takenOver: Promise<string> }).takenOver),
        ).resolves.toBe("new worker");
        await expect(other.evaluate(() => "samePage" in window)).resolves.toBe(true);
        await expect(otherNotice.isVisible()).resolves.toBe(true);
        expect(errors).toEqual([]);
        await context.close();
      } finally {
        await server.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
