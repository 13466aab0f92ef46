import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, openTopic, saved, screenshot, useChromium } from "./browser";

/** Drops a file on the import screen, as when it is dragged from the desktop. */
async function drop(page: Page, bytes: Uint8Array, name: string, type: string) {
  await page.evaluate(
    ([content, fileName, mime]) => {
      const data = new DataTransfer();
      data.items.add(
        new File([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], fileName, { type: mime }),
      );
      const zone = document.querySelector("[data-testid=import-drop]");
      if (!zone) throw new Error("no drop zone");
      for (const kind of ["dragenter", "dragover", "drop"])
        zone.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [Buffer.from(bytes).toString("base64"), name, type] as const,
  );
}

async function toImport(page: Page, base: string, shot?: string) {
  await page.goto(base);
  // the first visit opens the sample (then "All projects" leads to the list), or shows the list
  const start = page.getByRole("button", { name: "Start from an MOU you already have (DOCX, PDF or text)" });
  const allProjects = page.getByRole("button", { name: "All projects", exact: true });
  await start.or(allProjects).waitFor();
  if (await allProjects.isVisible()) await allProjects.click();
  await start.waitFor();
  if (shot) {
    await start.scrollIntoViewIfNeeded();
    await screenshot(page, shot);
  }
  await page.getByRole("button", { name: "Start from an MOU you already have (DOCX, PDF or text)" }).click();
  await page.getByRole("heading", { level: 2, name: "Start from an MOU you already have" }).waitFor();
}

const PDF = "test/fixtures/import/harlow-articles.pdf";

const SHOTS: Array<[string, { width: number; height: number }]> = [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
];

describe("importing an existing MOU", () => {
  const browser = useChromium();
  /** An MOU in our own words (harlow-articles.txt) made a PDF by LibreOffice: 4 pages, a running header, page numbers. */
  const pdf = new Uint8Array(readFileSync(PDF));

  it(
    "drops a PDF, maps two clauses by keyboard and reads the check-up, exported as DOCX",
    { timeout: 120_000 },
    async () => {
      const base = inject("baseUrl");
      const { page, errors, foreignRequests } = await openPage(browser(), base, {
        viewport: { width: 1366, height: 900 },
      });
      await toImport(page, base);
      await axe(page, "import: choose");

      // a bad file first: a renamed ZIP says so, and the screen stays as it was
      await drop(
        page,
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
        "old-mou.docx",
        "application/octet-stream",
      );
      await page.getByRole("alert").filter({ hasText: "“old-mou.docx” could not be imported." }).waitFor();
      await expect(page.locator(".drop-overlay").count()).resolves.toBe(0);

      await drop(page, pdf, "current-mou.pdf", "application/pdf");
      const mapping = page.getByRole("heading", { level: 2, name: "Check the topic of each clause" });
      await mapping.waitFor();
      await expect(mapping.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
      await expect(
        page.getByText(/“current-mou\.pdf” \(PDF, \d+ pages\): \d+ clauses/).count(),
      ).resolves.toBe(1);
      await axe(page, "import: mapping");

      // two clauses, by keyboard only: the first clause's topic, then Tab to the next and change it too
      const first = page.getByRole("combobox", { name: "Topic of Section 3.04" });
      const second = page.getByRole("combobox", { name: "Topic of Section 3.05" });
      await expect(first.inputValue()).resolves.toBe("questioning-students");
      const before = [await first.inputValue(), await second.inputValue()];
      await first.focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
      await expect(second.evaluate((s) => s === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press("ArrowDown");
      const after = [await first.inputValue(), await second.inputValue()];
      expect(after[0]).not.toBe(before[0]);
      expect(after[1]).not.toBe(before[1]);
      expect(after).not.toContain("");
      await expect(page.getByText("Assigned by you.").count()).resolves.toBe(2);
      // and back: Shift+Tab to the first, the arrow up gives it its proposed topic again
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("ArrowUp");
      await expect(first.inputValue()).resolves.toBe("questioning-students");
      await expect(page.getByText("Assigned by you.").count()).resolves.toBe(1);

      await page.getByRole("button", { name: "Check-up" }).first().click();
      await page.getByRole("heading", { level: 2, name: "Check-up of “current-mou.pdf”" }).waitFor();
      await expect(page.getByTestId("checkup-totals").textContent()).resolves.toMatch(
        /^Of \d+ recommended topics: \d+ addressed, \d+ partly addressed, \d+ not addressed\.$/,
      );
      // the MOU's own clause, quoted with its number and page
      await expect(page.locator(".import-quote figcaption").first().textContent()).resolves.toMatch(
        /, page \d+$/,
      );
      await axe(page, "import: check-up");

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download the check-up as DOCX (Word)" }).click();
      const docx = await (await download).path();
      const text = execFileSync("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", docx], {
        encoding: "utf8",
      });
      expect(text).toContain("Check-up of an Existing MOU");
      expect(text).toMatch(/Addressed +Section \d\.\d{2}, page \d/);

      const pdfDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download the check-up as PDF" }).click();
      const checkupPdf = await (await pdfDownload).path();
      const pdfWords = execFileSync("pdftotext", ["-layout", checkupPdf, "-"], { encoding: "utf8" });
      expect(pdfWords).toContain("Check-up of an Existing MOU");
      expect(pdfWords).toMatch(/Section 3\.04, page 2/);

      // the annual review from this MOU: its wording is the signed text
      await page.getByRole("button", { name: "Back to the clauses" }).click();
      await page.getByRole("button", { name: "Start the annual review from this MOU" }).first().click();
      await page
        .getByText(/Annual review of the MOU signed on/)
        .first()
        .waitFor();
      // the meeting shows the imported wording, unmarked until a topic changes
      await page.getByRole("button", { name: "Run the review meeting, one topic at a time" }).click();
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await page.locator(".meeting-text", { hasText: "by and between the Harlow County Sheriff" }).waitFor();
      await expect(page.locator(".meeting-text ins, .meeting-text del").count()).resolves.toBe(0);
      await screenshot(page, "import-review-meeting-desktop");
      await page.getByRole("button", { name: "Leave the meeting" }).click();
      await openTopic(page, "Questioning of Students");
      await page
        .getByRole("radiogroup", { name: /School staff member present/ })
        .getByRole("radio", { name: "No" })
        .check();
      await saved(page);
      await page.getByRole("button", { name: "Export" }).click();
      await screenshot(page, "import-review-export-desktop");
      const reviewDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Draft DOCX (Word)" }).click();
      const review = await (await reviewDownload).path();
      const pandoc = (mode: string) =>
        execFileSync(
          "pandoc",
          ["-f", "docx", `--track-changes=${mode}`, "-t", "plain", "--wrap=none", review],
          {
            encoding: "utf8",
          },
        ).replace(/\s+/g, " ");
      // rejecting the changes gives back the imported clause, accepting them the new one
      expect(pandoc("reject")).toContain(
        "the deputy shall make a reasonable effort to notify the student's parent or guardian",
      );
      expect(pandoc("accept")).not.toContain("reasonable effort to notify the student's parent or guardian");
      // a topic not changed keeps its imported words either way
      for (const mode of ["accept", "reject"])
        expect(pandoc(mode)).toContain("Decisions to arrest or cite a student rest with the deputy");
      const all = execFileSync(
        "pandoc",
        ["-f", "docx", "--track-changes=all", "-t", "markdown", "--wrap=none", review],
        {
          encoding: "utf8",
        },
      );
      expect(all).toMatch(/\{\.deletion[^}]*author="Agency"/);
      expect(all).toMatch(/\{\.insertion[^}]*author="Agency"/);

      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  for (const [name, viewport] of SHOTS)
    it(`looks right at ${viewport.width}×${viewport.height}`, { timeout: 120_000 }, async () => {
      const base = inject("baseUrl");
      const { page, errors } = await openPage(browser(), base, { viewport });
      await toImport(page, base, `import-start-${name}`);
      await screenshot(page, `import-choose-${name}`);
      await page.getByLabel("The MOU as a Word document (DOCX), a PDF or a text file").setInputFiles(PDF);
      await page.getByRole("heading", { level: 2, name: "Check the topic of each clause" }).waitFor();
      await screenshot(page, `import-mapping-${name}`);
      await page.getByRole("region", { name: "Suggested answers" }).scrollIntoViewIfNeeded();
      await screenshot(page, `import-suggestions-${name}`);
      await page.getByRole("button", { name: "Check-up" }).first().click();
      await page.getByRole("heading", { level: 2, name: /^Check-up of/ }).waitFor();
      await screenshot(page, `import-checkup-${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
});
