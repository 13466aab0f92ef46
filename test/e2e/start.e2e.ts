import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, openPage, screenshot } from "./browser";

describe("the built app in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("opens on its main heading, loads only its own files, and passes axe", async () => {
    const { context, page, foreignRequests, errors } = await openPage(browser, inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("SRO MOU Wizard");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await screenshot(page, "start");
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
