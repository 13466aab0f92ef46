import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, screenshot, useChromium } from "./browser";

describe("the built app in Chromium", () => {
  const browser = useChromium();

  it("opens on its main heading, loads only its own files, and passes axe", async () => {
    const { context, page, foreignRequests, errors } = await openPage(browser(), inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("SRO MOU Wizard");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await screenshot(page, "start");
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says the first visit's project is a sample, and leads to starting one's own", async () => {
    const { context, page, errors } = await openPage(browser(), inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    const note = page.getByRole("note", { name: "Sample" });
    await expect(note.textContent()).resolves.toMatch(/This is a sample MOU .* It is not your agreement\./);
    await note.getByRole("button", { name: "Start your own MOU" }).click();
    await page.getByRole("heading", { level: 2, name: "Start a new MOU" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("small screens and the projector", () => {
  const browser = useChromium();

  it("is usable at 390px wide: no sideways scrolling, every topic reachable", async () => {
    const { context, page } = await openPage(browser(), inject("baseUrl"), {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(inject("baseUrl"));
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // the topic's content comes first; the topic list is a drawer
    const nav = page.getByRole("navigation", { name: "MOU topics" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Topics", exact: true }).click();
    await nav.getByRole("button", { name: /^Long Guns/ }).click();
    const heading = page.getByRole("heading", { level: 2, name: "Long Guns" });
    await heading.waitFor();
    await expect.poll(() => nav.isVisible()).toBe(false);
    // the topic starts within the first screen, its guidance too
    const box = await heading.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(844);
    await screenshot(page, "09-narrow");

    // a table is a card per row: every column of the schools table is on screen, Remove too
    await page.getByRole("button", { name: "Topics", exact: true }).click();
    await nav.getByRole("button", { name: /^Parties, Schools and Term/ }).click();
    for (const control of [
      page.getByLabel(/^School 1: SROs assigned/),
      page.getByRole("button", { name: "Remove school 1" }),
    ]) {
      await control.scrollIntoViewIfNeeded();
      const b = await control.boundingBox();
      expect(b && b.x >= 0 && b.x + b.width <= 390).toBe(true);
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, "09-narrow-schools");
    await context.close();
  });

  it("meeting mode enlarges the type for a projector", async () => {
    const { context, page } = await openPage(browser(), inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole("checkbox", { name: "Meeting mode (large type)" }).check();
    expect(await size()).toBeGreaterThan(before * 1.25);
    await screenshot(page, "10-meeting-mode");
    await context.close();
  });
});

describe("laws and grants the MOU must meet", () => {
  const browser = useChromium();

  it("a chosen state law makes its topics required, is checked, and is named in the MOU", async () => {
    const { context, page, errors } = await openPage(browser(), inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    const open = async () =>
      Number(/· (\d+) open/.exec((await page.getByTestId("progress").textContent()) ?? "")?.[1]);
    const before = await open();
    await page.getByRole("checkbox", { name: /^Washington/ }).check();
    await expect.poll(open).toBeGreaterThan(before);
    await page.getByRole("group", { name: "Laws and grants this MOU must meet" }).scrollIntoViewIfNeeded();
    await screenshot(page, "11-laws");
    await axe(page, "laws");
    await page.getByRole("button", { name: /^Review board/ }).click();
    await page.getByRole("radio", { name: "Reason" }).check();
    const law = page.getByRole("region", { name: "Required by a chosen law or grant" });
    await expect(law.textContent()).resolves.toMatch(/Washington: the MOU must cover this topic/);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.locator(".paper").textContent()).resolves.toContain(
      "The Parties intend this MOU to meet the requirements of Washington RCW 28A.320.124",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
