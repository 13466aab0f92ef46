import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axe, openPage, openTopic, saved, screenshot, useChromium, projectFileInput } from "./browser";

/** One office: its own fresh browser profile, as on its own computer. */
async function office(browser: Browser, base: string) {
  const opened = await openPage(browser, base);
  await opened.page.goto(base);
  await opened.page.getByRole("button", { name: "All projects" }).click();
  return opened;
}

const field = (page: Page, id: string) => page.locator(`[id="f-${id}"]`);

async function setNumber(page: Page, id: string, value: string) {
  const box = field(page, id);
  await box.fill(value);
  await box.blur();
  await saved(page);
}

/** "Save to file": the path of the downloaded .mou.json. */
async function saveToFile(page: Page): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save to file" }).click();
  return (await download).path();
}

/** Opens the other office's file over our copy of the project, and merges it. */
async function mergeFile(page: Page, path: string) {
  await page.getByRole("button", { name: "All projects" }).click();
  await projectFileInput(page).setInputFiles(path);
  await page.getByRole("dialog").getByRole("button", { name: "Merge into my copy" }).click();
}

/** Drops a file on the page, as when it is dragged from the desktop. */
async function dropFile(page: Page, path: string, name: string) {
  const text = readFileSync(path, "utf8");
  await page.evaluate(
    ([content, fileName]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    [text, name] as const,
  );
}

async function progress(page: Page): Promise<string> {
  return (await page.getByTestId("progress").textContent()) ?? "";
}

const PROBATION = "probation-probationMonths";
const RESPONSE = "staffing-requestResponseDays";

describe("two offices exchange the project file, merge, sign and review", () => {
  const browser = useChromium();

  it(
    "settles a conflict between the offices' copies, signs, and exports the review with tracked changes",
    { timeout: 240_000 },
    async () => {
      const base = inject("baseUrl");
      const agency = await office(browser(), base);
      const district = await office(browser(), base);
      const a = agency.page;
      const d = district.page;

      // the agency has an agreed draft and sends it to the district
      await projectFileInput(a).setInputFiles("test/fixtures/good/resolved/project.json");
      await a.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await a.getByRole("group", { name: "Acting for" }).getByRole("radio", { name: "Agency" }).check();
      await expect(progress(a)).resolves.toMatch(/· 0 open items/);
      const first = await saveToFile(a);
      await a.getByText(/Send it to the District; when their copy comes back, open it/).waitFor();

      // the district opens it in its own browser and changes two topics
      await dropFile(d, first, "SRO-MOU_project.mou.json");
      await d.getByText(/saved by the Agency, so you are acting for the District/).waitFor();
      await openTopic(d, "Probationary Period");
      await setNumber(d, PROBATION, "9");
      await openTopic(d, "Staffing");
      await setNumber(d, RESPONSE, "21");
      await expect(progress(d)).resolves.toMatch(/· 2 open items/);
      const fromDistrict = await saveToFile(d);

      // meanwhile the agency changes one of them differently
      await openTopic(a, "Probationary Period");
      await setNumber(a, PROBATION, "7");

      // the agency opens the district's file: one change taken, one to settle
      await mergeFile(a, fromDistrict);
      await a
        .getByText(/Merged the other office's copy: 1 change taken, 1 position taken, 1 to settle/)
        .waitFor();
      const conflict = a.getByTestId("conflict");
      await expect(conflict.textContent()).resolves.toMatch(/Yours7Theirs9When you last shared12/);
      await screenshot(a, "09-exchange-conflict");
      await axe(a, "conflict");
      // leaving the project and coming back keeps the conflict
      await saved(a);
      await a.reload();
      await a.getByTestId("conflict").waitFor();
      await expect(progress(a)).resolves.toMatch(/· [1-9]\d* open items?/);
      // neither 7 nor 9: the agency writes the compromise
      await conflict.getByLabel("Or write another").fill("8");
      await conflict.getByRole("button", { name: "Use this" }).click();
      await expect.poll(() => a.getByTestId("conflict").count()).toBe(0);
      await openTopic(a, "Staffing");
      await expect(field(a, RESPONSE).inputValue()).resolves.toBe("21");
      await a.getByRole("button", { name: "Agree to this topic as written" }).click();
      await expect(progress(a)).resolves.toMatch(
        /· 1 open item · your part done in 1 topic, waiting for the District$/,
      );
      await saved(a);
      const fromAgency = await saveToFile(a);

      // the district takes the compromise and agrees to it
      await mergeFile(d, fromAgency);
      await d
        .getByText(/Merged the other office's copy: 1 change taken, 2 positions taken, 0 to settle/)
        .waitFor();
      await openTopic(d, "Probationary Period");
      await expect(field(d, PROBATION).inputValue()).resolves.toBe("8");
      await d.getByRole("button", { name: "Agree to this topic as written" }).click();
      await expect(progress(d)).resolves.toMatch(/· 0 open items/);
      await saved(d);
      const agreed = await saveToFile(d);

      // back at the agency: nothing is open, and the signature-ready PDF comes out
      // dropped straight on the open project: it is saved and left, and the merge question asked
      await dropFile(a, agreed, "agreed.mou.json");
      await a.getByRole("dialog").getByRole("button", { name: "Merge into my copy" }).click();
      await a
        .getByText(/Merged the other office.s copy: 0 changes taken, 1 position taken, 0 to settle/)
        .waitFor();
      await expect(progress(a)).resolves.toMatch(/(\d+) of \1 topics agreed · 0 open items/);
      await a.getByRole("button", { name: "Export" }).click();
      const download = a.waitForEvent("download");
      await a.getByRole("button", { name: "Signature-ready PDF" }).click();
      const pdf = await (await download).path();
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toMatch(/Probationary Period of 8 months/);
      expect(text).not.toMatch(/open items?|\[BLANK|TO BE AGREED/i);

      // they sign; a year on, the review revises the probation period
      await a.getByLabel("Signed by").fill("Chief Dana Whitfield and Dr. Alan Reyes");
      await a.getByRole("button", { name: "Mark as signed" }).click();
      await a.getByRole("button", { name: "Yes, record the signing" }).click();
      await a.getByText(/This version is read-only/).waitFor();
      await a.getByRole("button", { name: "Start the annual review" }).click();
      await a.getByText(/Annual review of the MOU signed on/).waitFor();
      // the meeting goes through the topics one at a time
      await a.getByRole("button", { name: "Run the review meeting, one topic at a time" }).click();
      await a.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
      await a.getByRole("button", { name: "Keep as is" }).click();
      await a.getByRole("button", { name: /^Next: / }).click();
      await a.getByLabel("Go to topic").selectOption("probation");
      await a.getByRole("heading", { level: 2, name: "Probationary Period" }).waitFor();
      await a.getByRole("button", { name: "Revise" }).click();
      const note = a.getByLabel("Notes of the meeting on this topic");
      await note.fill("Ten months covers a full school year.");
      await note.blur();
      await expect(a.getByTestId("meeting-tally").textContent()).resolves.toMatch(/^Kept 1 · Revised 1 · /);
      await a.getByRole("button", { name: "Change the text of this topic" }).click();
      await setNumber(a, PROBATION, "10");
      await a.getByRole("button", { name: "Review meeting", exact: true }).click();
      const text10 = a.locator(".meeting-text");
      await text10.locator("ins", { hasText: "10" }).waitFor();
      await expect(text10.locator("del").first().textContent()).resolves.toBe("8");
      await expect(note.inputValue()).resolves.toBe("Ten months covers a full school year.");
      await screenshot(a, "10-review-meeting");
      await axe(a, "meeting");
      // the meeting fills the screen; leaving it brings back the topic list
      await a.getByRole("button", { name: "Leave the meeting" }).click();
      await a.getByRole("button", { name: "Export" }).click();
      await expect(a.getByTestId("review-export-help").textContent()).resolves.toMatch(
        /Word tracked changes under the name of the Party that made them/,
      );
      const reviewDownload = a.waitForEvent("download");
      await a.getByRole("button", { name: "Draft DOCX (Word)" }).click();
      const docx = await (await reviewDownload).path();
      const pandoc = (mode: string, to: string) =>
        execFileSync("pandoc", ["-f", "docx", `--track-changes=${mode}`, "-t", to, "--wrap=none", docx], {
          encoding: "utf8",
        });
      const all = pandoc("all", "markdown");
      expect(all).toMatch(/\[10\]\{\.insertion[^}]*author="Agency"/);
      expect(all).toMatch(/\[8\]\{\.deletion[^}]*author="Agency"/);
      const months = (t: string) => /Probationary Period of (\d+) months/.exec(t.replace(/\s+/g, " "))?.[1];
      expect(months(pandoc("accept", "plain"))).toBe("10");
      expect(months(pandoc("reject", "plain"))).toBe("8");
      expect(pandoc("accept", "plain").replace(/\s+/g, " ")).toMatch(
        /Probationary Period\s*\|?\s*Revised\s*\|?\s*Ten months covers a full school year\./,
      );

      for (const o of [agency, district]) {
        expect(o.foreignRequests).toEqual([]);
        expect(o.errors).toEqual([]);
        await o.context.close();
      }
    },
  );
});
