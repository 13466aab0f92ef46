// The bench in Chromium: what the built app loads for its first screen and its first export, and
// how long a warm export takes from the click to the downloaded file. Run by scripts/bench.mjs
// after `vite build`; serves dist/ the way the browser tests do (vite preview, vite.config.ts).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { preview } from "vite";

const CHROMIUM = "/usr/bin/chromium";
const WARM_RUNS = 7;

/** gzip -9 size of a file of the build in `dist`, as the bench reports every chunk. */
const gz = (dist, url) => {
  const path = `${dist}/${new URL(url).pathname.replace(/^\//, "")}`;
  return existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** A fresh browser profile on the app, with the sample open; records every script it fetches. */
async function openApp(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // in the page: from the click on an export button to the file handed to the browser's downloads
  // (the app's anchor click), without the test driver's own work on either side
  await context.addInitScript(() => {
    const times = [];
    Object.defineProperty(window, "__exportTimes", { value: times });
    let clickedAt = 0;
    document.addEventListener(
      "click",
      (e) => {
        if (e.target instanceof Element && e.target.closest("button")) clickedAt = e.timeStamp;
      },
      true,
    );
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) times.push(performance.now() - clickedAt);
      return click.call(this);
    };
  });
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" && r.url().startsWith(base)) scripts.push(r.url());
  });
  await page.goto(base);
  await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
  await page.waitForLoadState("networkidle");
  return { context, page, scripts };
}

/**
 * Clicks an export button and waits for its file. Returns the time in the page from the click to
 * the file handed to the browser, and the driver's round trip (locating and clicking the button,
 * then the browser's download event).
 */
async function exportOnce(page, button) {
  const download = page.waitForEvent("download", { timeout: 60_000 });
  const t = performance.now();
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  const roundTrip = performance.now() - t;
  await file.delete();
  const inPage = await page.evaluate(() => window.__exportTimes.at(-1));
  return { inPage, roundTrip };
}

async function formatRows(browser, base, dist, label, button) {
  const { context, page, scripts } = await openApp(browser, base);
  const before = new Set(scripts);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page.getByRole("button", { name: button }).waitFor();
  const first = await exportOnce(page, button);
  await page.waitForLoadState("networkidle");
  const loaded = [...new Set(scripts)].filter((u) => !before.has(u));
  const bytes = loaded.reduce((n, u) => n + gz(dist, u), 0);
  const warm = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await exportOnce(page, button));
  const ms = (x) => `${x.toFixed(0)} ms`;
  await context.close();
  return {
    initial: [...before].reduce((n, u) => n + gz(dist, u), 0),
    rows: [
      [
        `JS loaded by the first ${label} export (Export view + click, ${loaded.length} files)`,
        `${kb(bytes)} gz`,
        "target ≤ 200 KB gz",
      ],
      [`${label} export, first click to file (code and fonts load)`, ms(first.inPage), ""],
      [
        `${label} export, warm click to file (median of ${WARM_RUNS})`,
        ms(median(warm.map((w) => w.inPage))),
        "target ≤ 300 ms",
      ],
      [`  with the driver's click and download event (median)`, ms(median(warm.map((w) => w.roundTrip))), ""],
    ],
  };
}

/** The Chromium rows of the bench, on the app built in `dist` (served as vite preview serves it). */
export async function browserBench(dist = "dist") {
  if (!existsSync(CHROMIUM)) return [["Chromium export timings", "skipped", `${CHROMIUM} is missing`]];
  const server = await preview({
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    build: { outDir: dist },
    logLevel: "warn",
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 4173}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
  try {
    const pdf = await formatRows(browser, base, dist, "PDF", "Draft PDF");
    const docx = await formatRows(browser, base, dist, "DOCX", "Draft DOCX (Word)");
    return [
      ["JS loaded for the first screen in Chromium (sample open)", `${kb(pdf.initial)} gz`, ""],
      ...pdf.rows,
      ...docx.rows,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
