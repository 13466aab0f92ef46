import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useChromium } from "./browser";

/** The accessible name of the focused element, and its role-ish tag, to steer by. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const label = el.getAttribute("aria-label") ?? el.textContent ?? "";
    return `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `:${el.type}:${el.value}` : ""} ${label.trim()}`;
  });

describe("keyboard only", () => {
  const browser = useChromium();

  it("reaches a topic through the list as one tab stop, agrees, and lands on the next topic", async () => {
    const { context, page, errors } = await openPage(browser(), inject("baseUrl"));
    await page.goto(inject("baseUrl"));
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    let keys = 0;
    const press = async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    };
    /** Presses a key until the focused element matches, at most `limit` times; returns how many. */
    const until = async (key: string, match: RegExp, limit: number) => {
      for (let n = 1; n <= limit; n++) {
        await press(key);
        if (match.test(await focused(page))) return n;
      }
      throw new Error(`${key} ×${limit} never reached ${String(match)}; at: ${await focused(page)}`);
    };

    // the page opens with focus on the topic's heading; the side switch is back up the page,
    // a radio group (Shift+Tab to it, an arrow to choose)
    const toSide = await until("Shift+Tab", /^input:radio:on\b/, 20);
    await press("ArrowRight");
    await expect.poll(() => page.getByRole("radio", { name: "District" }).isChecked()).toBe(true);

    // the topic list is one tab stop, however many topics it holds
    const toList = await until("Tab", /^button .*Parties, Schools and Term/, 12);
    expect(toList).toBeLessThanOrEqual(10);
    expect(toSide).toBeLessThanOrEqual(12);
    await press("End");
    expect(await focused(page)).toMatch(/^button /);
    const arrows = await until("ArrowUp", /^button .*Extracurricular Activities/, 30);
    await press("Enter");
    await page.getByRole("heading", { level: 2, name: "Extracurricular Activities" }).waitFor();

    // from the topic's heading to Agree, then on to the next topic
    const toAgree = await until("Tab", /^button Agree to this topic as written/, 80);
    await press("Enter");
    await expect.poll(() => focused(page)).toMatch(/^button Next: /);
    await expect(page.getByTestId("my-position").textContent()).resolves.toMatch(/Agrees/);
    console.info(
      `keyboard: ${keys} key presses in all; ${toSide} Shift+Tabs to the side switch, ${toList} Tabs to the topic list, ${arrows} arrows to the topic, ${toAgree} Tabs from the topic to Agree`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
