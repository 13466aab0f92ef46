import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, screenshot, useChromium, projectFileInput } from "./browser";

describe("opening and saving .mou.json files", () => {
  const browser = useChromium();

  it(
    "explains a bad file, keeps what is stored, and round-trips a saved file",
    { timeout: 90_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page, errors } = await openPage(browser(), base);
      await page.goto(base);
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();

      // the sample's drafts come out of the app, flagged; signature-ready waits for agreement
      await page.getByRole("button", { name: "Export" }).click();
      const final = page.getByRole("button", { name: "Signature-ready PDF" });
      await final.waitFor();
      await expect(final.isDisabled()).resolves.toBe(true);
      await expect(page.locator("#final-blocked").textContent()).resolves.toMatch(
        /\d+ open items must be resolved first/,
      );
      for (const [button, format] of [
        ["Draft PDF", "pdf"],
        ["Draft DOCX (Word)", "docx"],
        ["Draft Plain text (Markdown)", "md"],
      ] as const) {
        const draft = page.waitForEvent("download");
        await page.getByRole("button", { name: button }).click();
        const file = await draft;
        expect(file.suggestedFilename()).toMatch(
          new RegExp(
            `^SRO-MOU_Maple-Grove-Police-Department_Maple-Grove-Unified-School-District_draft_.*\\.${format}$`,
          ),
        );
        const path = await file.path();
        const text =
          format === "pdf"
            ? execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })
            : execFileSync("pandoc", ["-f", format === "md" ? "markdown" : "docx", "-t", "plain", path], {
                encoding: "utf8",
              });
        expect(text).toMatch(/This draft has \d+ open items/);
      }
      // the alignment report for a board meeting comes out on its own
      const report = page.waitForEvent("download");
      await page.getByRole("button", { name: "Alignment report, PDF" }).click();
      const reportFile = await report;
      expect(reportFile.suggestedFilename()).toMatch(/_NASRO-alignment_.*\.pdf$/);
      const reportText = execFileSync("pdftotext", [await reportFile.path(), "-"], { encoding: "utf8" });
      expect(reportText).toContain("Alignment with the NASRO Recommendations");

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Save to file" }).click();
      const saved = await (await download).path();
      expect((await download).suggestedFilename()).toMatch(/\.mou\.json$/);
      await page.getByRole("button", { name: "All projects" }).click();

      const input = projectFileInput(page);
      const bad: Array<[string, string, RegExp]> = [
        ["notes.txt", "hello there", /not valid JSON/],
        ["invoice.json", '{"kind":"invoice","total":12}', /not an MOU project file/],
        ["cut.mou.json", '{"kind":"sro-mou-project","project":{"schemaVersion":1,"id":"x"', /cut off/],
        ["future.mou.json", '{"schemaVersion":9}', /newer version/],
        ["proto.mou.json", '{"schemaVersion":1,"__proto__":{"x":1}}', /not allowed/],
        [
          "types.mou.json",
          JSON.stringify({ kind: "sro-mou-project", project: { schemaVersion: 1, id: 5 } }),
          /expected string, received number/,
        ],
      ];
      for (const [name, content, message] of bad) {
        await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
        await page.getByRole("alert").filter({ hasText: message }).waitFor();
      }
      // a file far too big is refused by its size, before it is read
      const huge = join(mkdtempSync(join(tmpdir(), "mou-e2e-")), "huge.mou.json");
      writeFileSync(huge, `{"pad":"${" ".repeat(50 * 1024 * 1024)}"}`);
      await input.setInputFiles(huge);
      await page
        .getByRole("alert")
        .filter({ hasText: /“huge\.mou\.json” is 50\.0 MB; an MOU project file is at most 20 MB/ })
        .waitFor();
      await screenshot(page, "08-bad-file");
      const before = await page.locator(".project-list li").count();
      expect(before).toBeGreaterThan(0);

      // the other office changed the agency's name one way, we changed it another: settle it
      const sent = JSON.parse(readFileSync(saved, "utf8")) as {
        project: { parties: { agency: { name: string } } };
      };
      sent.project.parties.agency.name = "Maple Grove Police Dept. (their spelling)";
      await page.locator(".project-list .project-open").filter({ hasText: "Maple Grove" }).first().click();
      await page.getByLabel("Agency name").fill("Maple Grove Police Department (our spelling)");
      await page
        .getByTestId("save-status")
        .filter({ hasText: /^All changes saved/ })
        .waitFor();
      await page.getByRole("button", { name: "All projects" }).click();
      const theirs = {
        name: "theirs.mou.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(sent)),
      };
      // the app asks first; cancelling changes nothing
      await input.setInputFiles(theirs);
      const offer = page.getByRole("dialog", { name: "Merge the changes in “theirs.mou.json”?" });
      await offer.waitFor();
      await expect(offer.getByTestId("merge-preview").textContent()).resolves.toBe(
        "Merging would take 0 changes and 0 positions from their copy, and leave 1 field both offices changed differently for you to settle.",
      );
      await screenshot(page, "08a-merge-offer");
      await axe(page, "merge offer");
      await offer.getByRole("button", { name: "Cancel" }).click();
      await expect.poll(() => page.locator(".project-list li").count()).toBe(before);
      // merged, then undone: our copy is back and the backup is gone
      await input.setInputFiles(theirs);
      await offer.getByRole("button", { name: "Merge into my copy" }).click();
      await page.getByTestId("conflict").waitFor();
      await page.getByRole("button", { name: /^Undo the merge/ }).click();
      await page.getByText("The merge was undone").waitFor();
      await expect.poll(() => page.getByTestId("conflict").count()).toBe(0);
      await expect(page.getByLabel("Agency name").inputValue()).resolves.toBe(
        "Maple Grove Police Department (our spelling)",
      );
      await page.getByRole("button", { name: "All projects" }).click();
      await expect.poll(() => page.locator(".project-list li").count()).toBe(before);
      // merged for good
      await input.setInputFiles(theirs);
      await offer.getByRole("button", { name: "Merge into my copy" }).click();
      await page
        .getByText(/Merged the other office.s copy: 0 changes taken, 0 positions taken, 1 to settle/)
        .waitFor();
      const conflict = page.getByTestId("conflict");
      await expect(conflict.textContent()).resolves.toMatch(
        /Yours.*our spelling.*Theirs.*their spelling.*When you last shared.*Maple Grove Police Department/,
      );
      await screenshot(page, "08b-merge-conflict");
      await conflict.getByRole("button", { name: "Take theirs" }).click();
      await expect(page.getByLabel("Agency name").inputValue()).resolves.toBe(
        "Maple Grove Police Dept. (their spelling)",
      );
      await page
        .getByTestId("save-status")
        .filter({ hasText: /^All changes saved/ })
        .waitFor();
      await page.getByRole("button", { name: "All projects" }).click();
      await expect(page.locator(".project-list").textContent()).resolves.toMatch(/before merge/);
      await expect.poll(() => page.locator(".project-list li").count()).toBe(before + 1);

      // last year's format opens, brought up to date
      await input.setInputFiles({
        name: "old.mou.json",
        mimeType: "application/json",
        buffer: readFileSync("test/fixtures/good/minimal/project.json"),
      });
      await page.getByText(/saved by an earlier version of the MOU wizard \(format 1\)/).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
