import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { axe, openPage, screenshot, useChromium } from "./browser";

/** Whether an element lies wholly inside the viewport, as a person at the projector sees it. */
async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

describe("the review meeting on a projector", () => {
  const browser = useChromium();

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fills the screen at ${viewport.width}×${viewport.height}, its decision in view, run from the keyboard`, async () => {
      const base = inject("baseUrl");
      const { context, page, errors } = await openPage(browser(), base, { viewport });
      await page.goto(base);
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await page.getByRole("button", { name: "All projects" }).click();
      // the bundled review sample: the meeting can be tried at once
      await page.getByRole("button", { name: "Try an annual review meeting (sample)" }).click();
      await page.getByText(/Annual review of the MOU signed on/).waitFor();
      const note = page.getByRole("note", { name: "Sample" });
      await expect(note.textContent()).resolves.toMatch(/This is a sample annual review/);
      await note.getByRole("button", { name: "Run the review meeting" }).click();
      const title = page.locator("#meeting-title");
      await title.waitFor();

      // no topic list beside it, the text first, and the decision in view without scrolling
      expect(await page.getByRole("navigation", { name: "MOU topics" }).isVisible()).toBe(false);
      for (const name of ["Keep as is", "Revise", "Leave open"])
        expect(await inView(page, name), name).toBe(true);
      await screenshot(page, `13-meeting-${viewport.width}`);
      await axe(page, `meeting ${viewport.width}`);

      // keys: keep, then on to the next topic
      const first = await title.textContent();
      await page.keyboard.press("k");
      await expect
        .poll(() =>
          page.getByRole("button", { name: "Keep as is", exact: true }).getAttribute("aria-pressed"),
        )
        .toBe("true");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => title.textContent()).not.toBe(first);
      await expect(page.getByTestId("meeting-tally").textContent()).resolves.toMatch(/^Kept [1-9]/);
      await page.getByRole("button", { name: "Leave the meeting" }).click();
      await page.getByRole("navigation", { name: "MOU topics" }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
