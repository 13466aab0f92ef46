import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, useChromium } from "./browser";

describe("the HTML export of the sample", () => {
  const browser = useChromium();

  it(
    "comes out of the Export panel as one page that loads nothing and passes axe",
    { timeout: 90_000 },
    async () => {
      const base = inject("baseUrl");
      const app = await openPage(browser(), base);
      await app.page.goto(base);
      await app.page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await app.page.getByRole("button", { name: "Export" }).click();
      const download = app.page.waitForEvent("download");
      await app.page.getByRole("button", { name: "Draft Web page (HTML)" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/_draft_.*\.html$/);
      const html = readFileSync(await file.path(), "utf8");
      await app.context.close();

      // the file on its own, as a district's website would serve it: no request leaves it
      const { context, page, foreignRequests, errors } = await openPage(browser(), base);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.route(`${base}exported.html`, (route) =>
        route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
      );
      await page.goto(`${base}exported.html`);
      expect(await page.title()).toMatch(/^Memorandum of Understanding between /);
      expect(await page.locator("html").getAttribute("lang")).toBe("en-US");
      await expect(page.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);
      await expect(page.getByRole("heading", { level: 2, name: "Open items" }).count()).resolves.toBe(1);
      await expect(page.locator("ol.clauses > li").count()).resolves.toBeGreaterThan(50);
      await expect(page.locator("th[scope=col]").count()).resolves.toBeGreaterThan(5);
      await expect(page.locator("mark").first().isVisible()).resolves.toBe(true);
      await axe(page, "HTML export");
      expect(requests).toEqual([`${base}exported.html`]);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
