import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, saved, screenshot, useChromium } from "./browser";

describe("data survives the browser: earlier versions and backups", () => {
  const browser = useChromium();

  it(
    "restores an earlier version, and every project from a backup file after a delete",
    { timeout: 90_000 },
    async () => {
      const base = inject("baseUrl");
      const { context, page, errors } = await openPage(browser(), base);
      await page.goto(base);
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      const agency = page.getByLabel("Agency name");
      const original = await agency.inputValue();
      expect(original).toBe("Maple Grove Police Department");

      // an edit, saved: the copy it replaced is an earlier version
      await agency.fill("Maple Grove Police Dept. (edited)");
      await agency.blur();
      await saved(page);
      await page.getByRole("button", { name: "All projects" }).click();
      const item = page.locator(".project-list li").filter({ hasText: "Maple Grove" });
      await item.waitFor();
      await expect(page.getByTestId("persistence").textContent()).resolves.toMatch(
        /^This browser (may clear your projects if space runs low — save backups to a file|keeps your projects)/,
      );
      // never saved to a file here: the list says so, with the button near
      await item.getByTestId("file-reminder").waitFor();

      await item.getByRole("button", { name: /^Earlier versions/ }).click();
      const dialog = page.getByRole("dialog", { name: /^Earlier versions of/ });
      const versions = dialog.getByRole("list", { name: "Earlier versions" }).getByRole("listitem");
      await versions.first().waitFor();
      await screenshot(page, "11-earlier-versions");
      await axe(page, "earlier versions");
      const before = await versions.count();
      // the oldest is the sample as it was first opened
      await versions
        .last()
        .getByRole("button", { name: /^Restore/ })
        .click();
      await page
        .getByRole("status")
        .filter({ hasText: /is back as it was when saved/ })
        .waitFor();

      await item.locator(".project-open").click();
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await expect.poll(() => page.getByLabel("Agency name").inputValue()).toBe(original);
      await page.getByRole("button", { name: "All projects" }).click();

      // the version the restore replaced is an earlier version now
      await item.getByRole("button", { name: /^Earlier versions/ }).click();
      await expect.poll(() => versions.count()).toBe(before + 1);
      await dialog.getByRole("button", { name: "Close" }).click();

      // one file with every project
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Back up all projects to a file" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^SRO-MOU-backup_.*\.json$/);
      const text = readFileSync(await file.path(), "utf8");
      const backup = JSON.parse(text) as { kind: string; projects: { kind: string }[] };
      expect(backup.kind).toBe("sro-mou-backup");
      expect(backup.projects.map((p) => p.kind)).toEqual(["sro-mou-project"]);
      // backed up: no reminder any more
      await expect.poll(() => item.getByTestId("file-reminder").count()).toBe(0);

      // delete the project, then bring it back from the file
      await item.getByRole("button", { name: /^Delete/ }).click();
      await page
        .getByRole("dialog", { name: /^Delete/ })
        .getByRole("button", { name: "Delete" })
        .click();
      await expect.poll(() => page.locator(".project-list li").count()).toBe(0);

      const restore = async (name: string, content: string) => {
        const chooser = page.waitForEvent("filechooser");
        await page.getByRole("button", { name: "Restore from a backup file…" }).click();
        await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
      };
      // a bad file says what is wrong and changes nothing
      await restore("notes.json", "{}");
      await page.getByRole("alert").filter({ hasText: "not a backup of MOU projects" }).waitFor();
      expect(await page.locator(".project-list li").count()).toBe(0);

      await restore("backup.json", text);
      await page
        .getByRole("status")
        .filter({ hasText: /Restored “/ })
        .waitFor();
      await item.waitFor();
      await screenshot(page, "12-restored-from-backup");

      // a project already here is not overwritten: the backup's copy is kept beside it if it differs
      await restore("backup.json", text);
      await page
        .getByRole("status")
        .filter({ hasText: /Already here as in the backup/ })
        .waitFor();
      expect(await page.locator(".project-list li").count()).toBe(1);

      await item.locator(".project-open").click();
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await expect.poll(() => page.getByLabel("Agency name").inputValue()).toBe(original);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("reminds, on the project screen, of changes not yet saved to a file", { timeout: 60_000 }, async () => {
    const base = inject("baseUrl");
    const { context, page, errors } = await openPage(browser(), base);
    await page.goto(base);
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    const reminder = page.getByTestId("project-file-reminder");
    await expect.poll(() => reminder.textContent()).toBe("Not yet saved to a file");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save to file" }).click();
    await download;
    await expect.poll(() => reminder.count()).toBe(0);

    await page.getByLabel("Agency name").fill("Maple Grove Police Department (changed)");
    await expect.poll(() => reminder.textContent()).toBe("Changed since you last saved it to a file");
    await saved(page);
    // the browser's copy is newer than the file's after a reload too
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    await expect.poll(() => reminder.textContent()).toBe("Changed since you last saved it to a file");
    expect(errors).toEqual([]);
    await context.close();
  });
});
