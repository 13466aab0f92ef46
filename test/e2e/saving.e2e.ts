import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, saved, useChromium } from "./browser";

const TOPIC = "Parties, Schools and Term";
const opened = (page: Page) => page.getByRole("heading", { level: 2, name: TOPIC }).waitFor();
const agencyName = (page: Page) => page.getByLabel("Agency name");

/** Replaces the Agency's name by typing it key by key, as a person would. */
async function typeName(page: Page, text: string, delay = 0): Promise<void> {
  await agencyName(page).selectText();
  await page.keyboard.type(text, { delay });
}

describe("no lost keystroke", () => {
  const browser = useChromium();
  const ROUNDS = 20;

  it(
    `keeps an edit when the page reloads 0, 50 or 100 ms after the last keystroke (${ROUNDS} times each)`,
    { timeout: 300_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page, errors } = await openPage(browser(), base);
      await page.goto(base);
      await opened(page);
      await saved(page);
      let kept = 0;
      for (const wait of [0, 50, 100]) {
        for (let i = 0; i < ROUNDS; i++) {
          const text = `Agency ${wait}ms round ${i}`;
          await typeName(page, text);
          // the moment of the reload after the last keystroke is what this test varies
          if (wait > 0) await page.waitForTimeout(wait);
          await page.reload();
          await opened(page);
          expect(await agencyName(page).inputValue(), `reload ${wait} ms after typing, round ${i}`).toBe(
            text,
          );
          kept += 1;
        }
      }
      expect(kept).toBe(3 * ROUNDS);
      // slow typing for two seconds, then a reload 100 ms after the last key
      const slow = "Typed slowly, key by key";
      await typeName(page, slow, 150);
      await page.waitForTimeout(100);
      await page.reload();
      await opened(page);
      expect(await agencyName(page).inputValue()).toBe(slow);
      // the replayed edit was saved to IndexedDB: the status says so and nothing is pending
      await saved(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "keeps an edit when the tab is closed right after the last keystroke",
    { timeout: 120_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page: first, errors } = await openPage(browser(), base);
      await first.goto(base);
      await opened(first);
      await saved(first);
      let page = first;
      for (let i = 0; i < 5; i++) {
        const text = `Closed tab ${i}`;
        await typeName(page, text);
        await page.close();
        page = await context.newPage();
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(base);
        await opened(page);
        expect(await agencyName(page).inputValue(), `closed tab, round ${i}`).toBe(text);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe("two tabs saving at the same moment", () => {
  const browser = useChromium();
  // about 2 s a round on two cores: 50 in the suite; SAVING_ROUNDS=200 for the full count
  const ROUNDS = Number(process.env.SAVING_ROUNDS ?? 50);

  it(
    `one save wins and the other tab always shows the conflict, nothing silently lost (${ROUNDS} rounds)`,
    { timeout: 900_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page: a, errors } = await openPage(browser(), base);
      await a.goto(base);
      await opened(a);
      await saved(a);
      const b = await context.newPage();
      b.on("pageerror", (e) => errors.push(e.message));
      await b.goto(base);
      await opened(b);
      await a.getByText(/also open in another tab/).waitFor();
      const status = (p: Page) => p.getByTestId("save-status");
      const settled = (p: Page) =>
        status(p)
          .filter({ hasText: /^(All changes saved|Not saved: changed in another tab)/ })
          .waitFor();
      const wins = { a: 0, b: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const texts = { a: `Saved by tab A, round ${round}`, b: `Saved by tab B, round ${round}` };
        await Promise.all([agencyName(a).fill(texts.a), agencyName(b).fill(texts.b)]);
        await Promise.all([settled(a), settled(b)]);
        const conflictA = /changed in another tab/.test((await status(a).textContent()) ?? "");
        const conflictB = /changed in another tab/.test((await status(b).textContent()) ?? "");
        // exactly one save succeeded: never both (a lost edit), never neither
        expect([conflictA, conflictB], `round ${round}`).toSatisfy(([x, y]: boolean[]) => x !== y);
        const [winner, loser, winText, loseText] = conflictB
          ? [a, b, texts.a, texts.b]
          : [b, a, texts.b, texts.a];
        wins[conflictB ? "a" : "b"] += 1;
        // the losing tab says so and still shows its edit, read-only
        await loser
          .getByRole("alert")
          .filter({ hasText: /changed in another tab/ })
          .waitFor();
        expect(await agencyName(loser).inputValue()).toBe(loseText);
        expect(await agencyName(loser).isDisabled()).toBe(true);
        expect(await agencyName(winner).inputValue()).toBe(winText);
        // and loading the stored version there shows the winning edit
        await loser.getByRole("button", { name: "Load the other tab's version" }).click();
        await agencyName(loser).and(loser.locator(":enabled")).waitFor();
        expect(await agencyName(loser).inputValue(), `round ${round}`).toBe(winText);
        await saved(loser);
      }
      expect(wins.a + wins.b).toBe(ROUNDS);
      console.log(`two tabs saving together: ${ROUNDS} rounds, tab A won ${wins.a}, tab B won ${wins.b}`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
