import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Project } from "../../../src/project/schema";
import ImportScreen from "../../../src/ui/import/ImportScreen";

/** A short agreement in our own words: the mapping tests render every clause's list of topics. */
const SHORT = `SCHOOL RESOURCE OFFICER AGREEMENT

This Agreement is made by and between the Ashford Police Department (the "Department") and the Ashford School District (the "District").

1. Purpose. The purpose of this Agreement is to place officers in district schools to build trust with students and keep the campuses safe.

2. Questioning of Students. Before an officer questions a student as a suspect, the officer shall make a reasonable effort to reach the student's parent, and an administrator shall be present.

3. Selection. The Chief and the Superintendent shall interview candidates together. A candidate shall have at least five (5) years of law enforcement experience.

4. Notices. Notices under this Agreement go to the Chief and the Superintendent at their offices.
`;

async function pasteShort(text = SHORT) {
  const user = userEvent.setup();
  const open = vi.fn<(p: Project) => void>();
  render(<ImportScreen close={() => undefined} open={open} />);
  const area = screen.getByLabelText("Or paste the agreement's text");
  // typing a whole agreement key by key is slow: paste it, as a user would
  await user.click(area);
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Import the pasted text" }));
  await screen.findByRole("heading", { name: "Check the topic of each clause" });
  return { user, open };
}

describe("Import screen", () => {
  // the screen loads the reader (mammoth and the rest) on the first file; load it once here, so no
  // test waits on a cold module graph
  beforeAll(async () => {
    await import("../../../src/import/analyse");
  });

  it("says a bad file is not an MOU and keeps the pasted text", async () => {
    const user = userEvent.setup();
    render(<ImportScreen close={() => undefined} open={() => undefined} />);
    await user.type(screen.getByLabelText("Or paste the agreement's text"), "kept words");
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])], "mou.docx");
    await user.upload(screen.getByLabelText(/The MOU as a Word document/), zip);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /“mou\.docx” could not be imported\. .*Word document/,
    );
    expect(screen.getByLabelText("Or paste the agreement's text")).toHaveValue("kept words");
    await user.upload(screen.getByLabelText(/The MOU as a Word document/), new File([], "empty.pdf"));
    expect(await screen.findByRole("alert")).toHaveTextContent("“empty.pdf” is empty");
  });

  it("shows each clause with its proposed topic and why, and lets the user reassign by keyboard", async () => {
    const { user } = await pasteShort();
    const select = screen.getByRole("combobox", { name: "Topic of Clause 2." });
    expect(select).toHaveDisplayValue("Questioning of Students");
    const why = select.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(why)).toHaveTextContent(/Proposed, (high|medium|low) confidence \(\d+%\)/);
    expect(document.getElementById(why)).toHaveTextContent(/Matched: “/);
    // (the arrow keys on the select are tested in Chromium, test/e2e/import.e2e.ts: jsdom has no native select)
    await user.selectOptions(select, "Other provisions (kept word for word)");
    expect(select).toHaveValue("");
    expect(document.getElementById(why)).toHaveTextContent("Assigned by you.");
  });

  it("takes a suggested answer only when checked, highlighting its sentence, and creates the project", async () => {
    const { user, open } = await pasteShort();
    const suggestions = screen.getByRole("region", { name: "Suggested answers" });
    const box = within(suggestions).getByRole("checkbox", { name: /Take “5” for .*experience/i });
    expect(box).not.toBeChecked();
    const item = box.closest("li") as HTMLElement;
    expect(item.querySelector("mark")).toHaveTextContent("five (5)");
    await user.click(box);
    expect(screen.getByLabelText("Agency")).toHaveValue("Ashford Police Department");
    await user.click(screen.getAllByRole("button", { name: "Create the project" })[0] as HTMLElement);
    expect(open).toHaveBeenCalledTimes(1);
    const project = open.mock.calls[0]?.[0] as Project;
    expect(project.parties.agency.name).toBe("Ashford Police Department");
    expect(project.parties.district.name).toBe("Ashford School District");
    const taken = Object.values(project.topics).filter((t) => Object.keys(t.answers).length > 0);
    expect(taken).toHaveLength(1);
  });

  it("shows the check-up with totals, each topic's status and the MOU's clause by number", async () => {
    const { user } = await pasteShort();
    await user.click(screen.getAllByRole("button", { name: "Check-up" })[0] as HTMLElement);
    expect(await screen.findByRole("heading", { name: /Check-up of/ })).toHaveFocus();
    expect(screen.getByTestId("checkup-totals")).toHaveTextContent(
      /Of \d+ recommended topics: \d+ addressed, \d+ partly addressed, \d+ not addressed\./,
    );
    const questioning = screen
      .getByRole("heading", { name: /^Questioning of Students/ })
      .closest("li") as HTMLElement;
    expect(questioning).toHaveTextContent("Recommendation:");
    expect(within(questioning).getByText("2.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download the check-up as PDF" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Download the check-up as DOCX (Word)" })).toBeEnabled();
  });

  it("starts the annual review from the MOU, its wording the signed text", async () => {
    const { user, open } = await pasteShort();
    await user.click(screen.getByRole("radio", { name: "The school district" }));
    await user.click(
      screen.getAllByRole("button", { name: "Start the annual review from this MOU" })[0] as HTMLElement,
    );
    const project = open.mock.calls[0]?.[0] as Project;
    expect(project.review).not.toBeNull();
    // acting for the District: the review's record says so, and the project opens on that side
    expect(project.history.at(-1)?.side).toBe("district");
    expect(localStorage.getItem(`sro-mou-side:${project.id}`)).toBe("district");
    expect(project.baseline?.imported?.topics["questioning-students"]?.[0]?.text).toMatch(
      /^Before an officer questions a student as a suspect/,
    );
    expect(project.topics["questioning-students"]?.included).toBe(true);
  });
});
