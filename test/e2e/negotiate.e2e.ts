import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { axe, openPage, openTopic, saved, screenshot, useChromium } from "./browser";

/** Switches the side this browser acts for, and says who is acting (naming them the first time). */
async function actAs(page: Page, side: "Agency" | "District", name: string, title: string): Promise<void> {
  await page.getByRole("radio", { name: side, exact: true }).check();
  const person = page.getByRole("combobox", { name: `Person acting for the ${side}` });
  const known = await person.locator("option", { hasText: name }).count();
  if (known > 0) {
    await person.selectOption({ label: `${name}, ${title}` });
    return;
  }
  // switching side asks who is acting
  await page.getByText(`Say who is acting for the ${side}`).waitFor();
  await person.selectOption({ label: "Someone else…" });
  const group = page.getByRole("group", { name: `Name a person acting for the ${side}` });
  await group.getByRole("textbox", { name: "Name" }).fill(name);
  await group.getByRole("textbox", { name: "Title" }).fill(title);
  await group.getByRole("button", { name: "Act as this person" }).click();
  await expect.poll(() => person.locator("option:checked").textContent()).toBe(`${name}, ${title}`);
}

describe("negotiating a topic between the offices", () => {
  const browser = useChromium();

  it("the agency proposes, the district objects with a question, the agency answers with a counter-proposal, the district agrees to the words it sees", async () => {
    const { context, page, errors } = await openPage(browser(), inject("baseUrl"), {
      viewport: { width: 1366, height: 900 },
    });
    await page.goto(inject("baseUrl"));
    await page
      .getByRole("note", { name: "Sample" })
      .getByRole("button", { name: "Start your own MOU" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Start a new MOU" }).waitFor();
    await page.getByLabel(/Project name/).fill("Riverside SRO MOU");
    await page.getByLabel(/Agency name/).fill("Riverside Police Department");
    await page.getByLabel(/District name/).fill("Riverside Unified School District");
    await page.getByRole("button", { name: "Create the MOU" }).click();
    await page.getByRole("heading", { level: 2, name: "Parties, Schools and Term" }).waitFor();

    // the agency, named, proposes the discipline terms
    await actAs(page, "Agency", "Dana Ruiz", "Chief of Police");
    await openTopic(page, "Formal School Discipline");
    await page.getByRole("radio", { name: /^No role: discipline is for school staff alone/ }).check();
    await page.getByRole("radio", { name: "Yes" }).first().check();
    await expect(page.getByTestId("my-position").textContent()).resolves.toMatch(/Proposed/);
    const clauses = page.getByRole("region", { name: "As it will print" });
    await expect.poll(() => clauses.textContent()).toMatch(/administer Formal Discipline/);
    await saved(page);

    // the district objects, and asks a question
    await actAs(page, "District", "Lee Park", "Superintendent");
    await page.getByLabel("Objection note").fill("We want the SRO to be able to give a statement.");
    await page.getByRole("button", { name: "Object with this note" }).click();
    const talk = page.getByRole("region", { name: /^Conversation with the Agency/ });
    await talk.getByRole("radio", { name: "Question" }).check();
    await talk
      .getByRole("textbox", { name: "Message" })
      .fill("Would the SRO give a written statement if asked?");
    await talk.getByRole("button", { name: "Send question" }).click();
    await talk.getByText("Waiting for the Agency to answer.").waitFor();
    await axe(page, "topic with a conversation");
    await screenshot(page, "negotiate-01-district-asks");

    // the agency sees the objection and the question first on its review board
    await actAs(page, "Agency", "Dana Ruiz", "Chief of Police");
    await page.getByRole("button", { name: /^Review board/ }).click();
    const board = page.getByTestId("open-item");
    await board.first().waitFor();
    const ranked = await board.allTextContents();
    expect(ranked.slice(0, 2).join(" | ")).toMatch(/objects.*\|.*asks|asks.*\|.*objects/);
    await openTopic(page, "Formal School Discipline");
    const agencyTalk = page.getByRole("region", { name: /^Conversation with the District/ });
    await agencyTalk.getByText("Open: waiting for your answer.").waitFor();
    await agencyTalk.getByRole("button", { name: "Answer this question" }).click();
    await page.keyboard.type("Yes: the SRO may give a statement, and takes no part in the decision.");
    await agencyTalk.getByRole("radio", { name: "Counter-proposal" }).check();
    await agencyTalk.getByRole("button", { name: "Send the answer" }).click();
    await agencyTalk.getByText("Answered by Dana Ruiz (Agency).").waitFor();
    // the counter-proposal made the text: the district's objection is withdrawn by the change
    await page.getByRole("radio", { name: /^May report facts and give a statement/ }).check();
    await expect.poll(() => clauses.textContent()).toMatch(/may give a written statement/);
    await saved(page);

    // the district reads the revised words on the topic screen and agrees to them
    await actAs(page, "District", "Lee Park", "Superintendent");
    await expect(page.getByTestId("their-position").textContent()).resolves.toMatch(/Proposed/);
    await expect(clauses.textContent()).resolves.toMatch(
      /may give a written statement when the administrator asks/,
    );
    await page.getByRole("button", { name: "Agree to this topic as written" }).click();
    await expect(page.getByTestId("my-position").textContent()).resolves.toMatch(/Agrees/);
    const open = page.getByRole("region", { name: /^Open items in this topic/ });
    expect(await open.count()).toBe(0);
    // the history says who did what
    await page.getByText(/^Changes to this topic/).click();
    const history = page.locator(".history li");
    await expect(history.first().textContent()).resolves.toMatch(
      /District \(Lee Park\): Agreed to the text\./,
    );
    await screenshot(page, "negotiate-02-district-agrees");
    await saved(page);

    // after a reload the conversation, the people and the positions are all there
    await page.reload();
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    await openTopic(page, "Formal School Discipline");
    await expect(
      page
        .getByRole("combobox", { name: "Person acting for the District" })
        .locator("option:checked")
        .textContent(),
    ).resolves.toBe("Lee Park, Superintendent");
    await expect(
      page.getByRole("region", { name: /^Conversation with the Agency \(2\)/ }).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
