import { describe, expect, inject, it } from "vitest";
import { openPage, screenshot, useChromium } from "./browser";

describe("two tabs on one project", () => {
  const browser = useChromium();

  it(
    "never overwrites the other tab's work silently, and keeps both versions on request",
    { timeout: 90_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page: first, errors } = await openPage(browser(), base);
      await first.goto(base);
      await first.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      const second = await context.newPage();
      await second.goto(base);
      await second.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await first.getByText(/also open in another tab/).waitFor();

      const name = (p: typeof first) => p.getByLabel("Agency name");
      await name(first).fill("Edited in the first tab");
      await first
        .getByTestId("save-status")
        .filter({ hasText: /^All changes saved/ })
        .waitFor();
      await name(second).fill("Edited in the second tab");
      await second
        .getByRole("alert")
        .filter({ hasText: /changed in another tab/ })
        .waitFor();
      await expect(second.getByTestId("save-status").textContent()).resolves.toMatch(
        /Not saved: changed in another tab/,
      );
      await expect(name(second).isDisabled()).resolves.toBe(true);
      await screenshot(second, "07-second-tab-conflict");

      await second.getByRole("button", { name: "Keep this tab's version as a copy" }).click();
      await expect(name(second).inputValue()).resolves.toBe("Edited in the second tab");
      await second
        .getByTestId("save-status")
        .filter({ hasText: /^All changes saved/ })
        .waitFor();
      await second.getByRole("button", { name: "All projects" }).click();
      await second.getByRole("heading", { name: "Your MOU projects in this browser" }).waitFor();
      const list = await second.locator(".project-list").textContent();
      expect(list).toContain("Edited in the first tab");
      expect(list).toContain("Edited in the second tab");
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
