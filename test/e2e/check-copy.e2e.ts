import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, screenshot, useChromium, projectFileInput } from "./browser";

const status = (page: Page) => page.getByTestId("check-copy-status");

/** Drops a file on the "Check a signed copy" area, as when it is dragged from the desktop. */
async function dropOnCheck(page: Page, path: string, name: string) {
  const base64 = readFileSync(path).toString("base64");
  await page.evaluate(
    ([content, fileName]) => {
      const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], fileName, { type: "application/pdf" }));
      const zone = document.querySelector(".check-copy .drop-zone");
      if (!zone) throw new Error("no drop zone");
      for (const type of ["dragenter", "dragover", "drop"])
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [base64, name] as const,
  );
}

describe("checking a signed copy", () => {
  const browser = useChromium();

  it(
    "says the app's signature-ready PDF and DOCX match, and explains a file that is not a copy",
    { timeout: 120_000 },
    async () => {
      const base = inject("baseUrl");
      const { page, errors, foreignRequests } = await openPage(browser(), base);
      const workers: string[] = [];
      page.on("worker", (w) => workers.push(w.url()));
      await page.goto(base);
      await page.getByRole("button", { name: "All projects" }).click();
      await projectFileInput(page).setInputFiles("test/fixtures/good/resolved/project.json");
      await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await page.getByRole("button", { name: "Export" }).click();
      const print = (await page.getByTestId("fingerprint").textContent()) ?? "";
      expect(print).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);

      const files: Record<string, string> = {};
      for (const [button, ext] of [
        ["Signature-ready PDF", "pdf"],
        ["Signature-ready DOCX (Word)", "docx"],
      ] as const) {
        const download = page.waitForEvent("download");
        await page.getByRole("button", { name: button }).click();
        files[ext] = await (await download).path();
      }

      const input = page.getByLabel(/^Signed copy \(PDF or DOCX/);
      await input.setInputFiles({
        name: "signed.pdf",
        mimeType: "application/pdf",
        buffer: readFileSync(files.pdf ?? ""),
      });
      await status(page)
        .filter({
          hasText: `“signed.pdf” matches the agreed text: its words are the agreed words, and it carries the fingerprint ${print}.`,
        })
        .waitFor();
      await page.getByRole("heading", { name: "Check a signed copy" }).scrollIntoViewIfNeeded();
      await screenshot(page, "12-check-signed-copy");
      // pdf.js read it in a worker served from the app's own files, as the CSP allows
      expect(workers).toEqual([
        expect.stringMatching(new RegExp(`^${base}assets/pdf\\.worker\\.min-[\\w-]+\\.mjs$`)),
      ]);
      await axe(page, "check a signed copy");

      await input.setInputFiles({
        name: "signed.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: readFileSync(files.docx ?? ""),
      });
      await status(page).filter({ hasText: "“signed.docx” matches the agreed text" }).waitFor();

      // dropped on the area, the copy is checked there and the project stays open
      await dropOnCheck(page, files.pdf ?? "", "dropped.pdf");
      await status(page).filter({ hasText: "“dropped.pdf” matches the agreed text" }).waitFor();
      await expect(page.locator(".drop-overlay").count()).resolves.toBe(0);
      await page.getByRole("heading", { name: "Check a signed copy" }).waitFor();

      // a file that is not a copy of the MOU, whatever its name says
      await input.setInputFiles({
        name: "minutes.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("Board minutes"),
      });
      await status(page)
        .filter({ hasText: "“minutes.pdf”: This file is neither a PDF nor a Word document (DOCX)" })
        .waitFor();
      await input.setInputFiles({
        name: "broken.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.7\n%%EOF"),
      });
      await status(page)
        .filter({ hasText: /“broken\.pdf”: This file could not be read as a PDF/ })
        .waitFor();
      // a file far too big is refused by its size, before it is read
      const huge = join(mkdtempSync(join(tmpdir(), "mou-e2e-")), "scan.pdf");
      writeFileSync(huge, Buffer.alloc(31 * 1024 * 1024, 32));
      await input.setInputFiles(huge);
      await status(page)
        .filter({
          hasText: "“scan.pdf” is 31.0 MB; a signed copy of the MOU is at most 30 MB, so it was not read.",
        })
        .waitFor();

      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
