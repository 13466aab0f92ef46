import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { TOPICS } from "../../src/topics";
import { axe, openPage, openTopic, saved, screenshot, useChromium } from "./browser";
import { fillTopic } from "./fill";

const REQUIRED = TOPICS.filter((t) => t.required);
const OBJECTED = "formal-discipline";

async function actAs(page: Page, side: "Agency" | "District") {
  await page.getByRole("group", { name: "Acting for" }).getByRole("radio", { name: side }).check();
}

describe("two parties draft an MOU to agreement in Chromium", () => {
  const browser = useChromium();

  it("creates, fills, objects, revises and agrees until nothing is open", { timeout: 240_000 }, async () => {
    const base = inject("baseUrl");
    const { context, page, foreignRequests, errors } = await openPage(browser(), base);
    await page.goto(base);

    // a first visit opens the sample; the user goes to the project list and starts a new MOU
    await page.getByRole("button", { name: "All projects" }).click();
    await axe(page, "start");
    await screenshot(page, "01-start");
    await page.getByRole("radio", { name: "The law enforcement agency" }).check();
    await page.getByLabel("Project name").fill("Harbor City SRO MOU 2026-27");
    await page.getByLabel("Agency name").fill("Harbor City Police Department");
    await page.getByLabel("Head of the agency (name)").fill("Chief Maria Santos");
    await page.getByLabel("District name").fill("Harbor City Public Schools");
    await page.getByLabel("Superintendent (name)").fill("Dr. James Okafor");
    await page.getByRole("button", { name: "Create the MOU" }).click();

    // parties, schools and term
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();
    // notices go to each Party's postal address: without one, the notices clause is open
    await page.getByLabel("Agency address").fill("1 Civic Plaza, Harbor City, Oregon 97000");
    await page.getByLabel("District address").fill("200 School Street, Harbor City, Oregon 97000");
    await page.getByRole("button", { name: "Add a school" }).click();
    await page.getByLabel("School 1: name").fill("Harbor City High School");
    await page.getByLabel("School 1: address").fill("100 Harbor Way");
    const parties = TOPICS[0];
    if (!parties) throw new Error("no topics");
    await fillTopic(page, parties);
    await axe(page, "topic");
    await screenshot(page, "02-topic-parties");

    // the agency fills every required topic; a reload halfway loses nothing
    const half = Math.floor(REQUIRED.length / 2);
    for (const [i, topic] of REQUIRED.slice(1).entries()) {
      await openTopic(page, topic.title);
      await fillTopic(page, topic);
      const open = page.getByRole("region", { name: /Open items in this topic/ });
      await expect(open.textContent()).resolves.toMatch(/Waiting for the District to agree/);
      await expect(open.textContent()).resolves.not.toMatch(/Required answer missing|Inconsistent|Departure/);
      if (i === half) {
        await saved(page);
        await page.reload();
        // nothing agreed yet, but the agency's part is done in every topic it filled
        await expect(page.getByTestId("progress").textContent()).resolves.toMatch(
          /0 of \d+ topics agreed · \d+ open items · your part done in \d+ topics, waiting for the District/,
        );
        await openTopic(page, REQUIRED[1]?.title ?? "");
        await expect(page.getByTestId("my-position").textContent()).resolves.toMatch(
          /Proposed the current text/,
        );
      }
    }
    await saved(page);
    await screenshot(page, "03-topic-filled");

    // the district agrees to all but one topic and objects to that one
    await actAs(page, "District");
    for (const topic of REQUIRED) {
      await openTopic(page, topic.title);
      if (topic.id === OBJECTED) {
        await page
          .getByLabel("Objection note")
          .fill("The District wants the principal named as the only person who may ask for a statement.");
        await page.getByRole("button", { name: "Object with this note" }).click();
      } else {
        await page.getByRole("button", { name: "Agree to this topic as written" }).click();
      }
    }
    await page.getByRole("button", { name: /^Review board/ }).click();
    await expect(page.getByTestId("board-count").textContent()).resolves.toBe("1 open item.");
    const items = page.getByTestId("open-item");
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().textContent()).resolves.toMatch(
      /The District objects: The District wants the principal named/,
    );
    await page.getByRole("radio", { name: "Waiting on the District" }).check();
    await expect(page.getByTestId("board-count").textContent()).resolves.toBe(
      "No open items waiting on the District.",
    );
    await page.getByRole("radio", { name: "All open items" }).check();
    await axe(page, "board");
    await screenshot(page, "04-review-board");

    // the agency revises the text; the objection gives way to a fresh request for agreement
    await actAs(page, "Agency");
    await items.first().getByRole("button").click();
    const custom = page.getByRole("textbox", { name: "Custom clause (optional)" });
    await custom.fill(
      "Only the principal of a School, or the principal's designee, may ask the SRO for a written statement.",
    );
    await custom.blur();
    await expect(page.getByTestId("their-position").textContent()).resolves.toBe("No position yet");
    await actAs(page, "District");
    // the district agrees to the words it sees: the revised clause, numbered, on the topic screen
    const printed = page.getByRole("region", { name: "As it will print" });
    await expect
      .poll(() => printed.textContent())
      .toMatch(/\d+\.\d+\s*Only the principal of a School, or the principal's designee, may ask/);
    await page.getByRole("button", { name: "Agree to this topic as written" }).click();
    await expect(page.getByTestId("progress").textContent()).resolves.toMatch(
      /(\d+) of \1 topics agreed · 0 open items/,
    );
    await saved(page);

    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { level: 2, name: "Preview" }).waitFor();
    await expect(page.locator(".paper").textContent()).resolves.toContain(
      "Only the principal of a School, or the principal's designee",
    );
    await axe(page, "preview");
    await screenshot(page, "05-preview");
    await page.getByRole("button", { name: "Export" }).click();
    await page
      .getByTestId("fingerprint")
      .filter({ hasText: /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/ })
      .waitFor();
    await screenshot(page, "06-export");
    const print = await page.getByTestId("fingerprint").textContent();
    for (const [button, ext] of [
      ["Signature-ready PDF", "pdf"],
      ["Signature-ready DOCX", "docx"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        new RegExp(
          `^SRO-MOU_Harbor-City-Police-Department_Harbor-City-Public-Schools_signature-ready_\\d{4}-\\d{2}-\\d{2}\\.${ext}$`,
        ),
      );
      const path = await file.path();
      if (ext === "pdf")
        expect(execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })).toContain(
          `Fingerprint of the agreed text: ${print}`,
        );
      else
        expect(execFileSync("pandoc", ["-f", "docx", path, "-t", "plain"], { encoding: "utf8" })).toContain(
          "Harbor City Police Department",
        );
    }

    // the parties sign; the signed version is read-only and next year's review starts from it
    await page.getByLabel("Signed by").fill("Chief Maria Santos and Dr. James Okafor");
    await page.getByRole("button", { name: "Mark as signed" }).click();
    // signing makes the project read-only: asked once more, and it can be taken back
    await page.getByRole("group", { name: /^Record that .* signed this MOU on/ }).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Mark as signed" }).click();
    await page.getByRole("button", { name: "Yes, record the signing" }).click();
    await page.getByRole("button", { name: "Take back the record of signing" }).click();
    await page.getByRole("button", { name: "Mark as signed" }).click();
    await page.getByRole("button", { name: "Yes, record the signing" }).click();
    await page.getByText(/This version is read-only/).waitFor();
    // the signing says who recorded it; once a signature-ready file of the signed version is
    // exported, the record stands and can no longer be taken back
    await page.getByText(/Recorded (by .* )?on /).waitFor();
    const signedCopy = page.waitForEvent("download");
    await page.getByRole("button", { name: "Signature-ready PDF" }).click();
    await signedCopy;
    await page.getByText(/so the record of signing stands/).waitFor();
    expect(await page.getByRole("button", { name: "Take back the record of signing" }).count()).toBe(0);
    await page.getByRole("button", { name: "Start the annual review" }).click();
    await page.getByText(/Annual review of the MOU signed on/).waitFor();
    await expect(page.getByTestId("progress").textContent()).resolves.toMatch(/0 open items/);
    await openTopic(page, "Formal School Discipline");
    await page.getByRole("button", { name: "Revise" }).click();
    const revised = page.getByRole("textbox", { name: "Custom clause (optional)" });
    await revised.fill("The principal shall ask for a statement in writing.");
    await revised.blur();
    await expect(page.getByTestId("progress").textContent()).resolves.toMatch(/1 open item/);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { level: 2, name: "Preview" }).waitFor();
    await expect(page.locator(".paper").textContent()).resolves.toMatch(/Record of Annual Review/);
    await screenshot(page, "07-annual-review");

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
