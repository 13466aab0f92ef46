import { render, screen, waitFor, within } from "@testing-library/react";
import { assemble } from "../../src/document/assemble";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setAnswers, setPosition } from "../../src/project/actions";
import { createProject } from "../../src/project/new-project";
import { openItems } from "../../src/project/open-items";
import { setReviewDecision } from "../../src/project/review";
import { reviewedProject } from "../support/review-project";
import type { Project, Side } from "../../src/project/schema";
import { getTopic } from "../../src/topics/registry";
import { ReviewBoard } from "../../src/ui/ReviewBoard";
import { TopicScreen } from "../../src/ui/TopicScreen";

function topic(id: string) {
  const t = getTopic(id);
  if (!t) throw new Error(`no topic ${id}`);
  return t;
}

/** The topic screen with a real project held in state, as the app holds it. */
function Harness({
  id,
  initial,
  side,
  onChange,
}: {
  id: string;
  initial: Project;
  side: Side;
  onChange?: (p: Project) => void;
}) {
  const [project, setProject] = useState(initial);
  return (
    <TopicScreen
      topic={topic(id)}
      project={project}
      side={side}
      apply={(change) =>
        setProject((p) => {
          const next = change(p, side, "");
          onChange?.(next);
          return next;
        })
      }
      previous={null}
      next={null}
      go={() => undefined}
    />
  );
}

describe("topic screen", () => {
  // "As it will print" is a lazy chunk (the document model and every template): loaded before the
  // tests, as a browser that has it cached, so finding it never races the time a busy machine
  // takes to compile it
  beforeAll(async () => {
    await import("../../src/ui/TopicClauses");
  });

  it("shows the topic's clauses as they will print, and updates them as answers change", async () => {
    render(<Harness id="formal-discipline" initial={createProject("T")} side="agency" />);
    const clauses = await screen.findByRole("region", { name: "As it will print" });
    // unanswered: the blank says why, and is marked open
    expect(clauses).toHaveTextContent(/not yet answered/i);
    expect(clauses).toHaveTextContent("⚑");
    await userEvent.click(screen.getByRole("button", { name: "Use the recommended values" }));
    await waitFor(() => expect(clauses).toHaveTextContent("shall not administer Formal Discipline"));
    // numbered as in the whole MOU, with the same words the DOCX and PDF print
    const numbers = within(clauses)
      .getAllByText(/^\d+\.\d+$/)
      .map((n) => n.textContent);
    expect(numbers.length).toBeGreaterThan(1);
    expect(clauses).toHaveTextContent(/Agreeing to this topic means agreeing to these words/);
    expect(
      screen.getByText(/Agreeing means agreeing to the words shown under “As it will print”/),
    ).toBeInTheDocument();
  });

  it("puts focus in a new row, so typing goes into it, and on the Add button after a removal", async () => {
    let latest: Project | null = null;
    const training = render(
      <Harness id="training" initial={createProject("T")} side="agency" onChange={(p) => (latest = p)} />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add course" }));
    expect(screen.getByRole("textbox", { name: "Course 1: Course" })).toHaveFocus();
    await userEvent.keyboard("Basic SRO course");
    expect(screen.getByRole("textbox", { name: "Course 1: Course" })).toHaveValue("Basic SRO course");
    await userEvent.click(screen.getByRole("button", { name: "Remove Course 1" }));
    expect(screen.getByRole("button", { name: "Add course" })).toHaveFocus();
    expect(latest).not.toBeNull();
    training.unmount();

    render(<Harness id="enforcement-discretion" initial={createProject("T")} side="agency" />);
    await userEvent.click(screen.getByRole("button", { name: "Use the recommended values" }));
    await userEvent.click(screen.getByRole("button", { name: "Add program" }));
    expect(screen.getByRole("textbox", { name: "Program 1" })).toHaveFocus();
  });

  it("after Agree, puts focus on the next topic (the Agree button is disabled then)", async () => {
    const proposed = setAnswers(
      createProject("T"),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
    );
    render(
      <TopicScreen
        topic={topic("formal-discipline")}
        project={proposed}
        side="district"
        apply={() => undefined}
        previous={null}
        next={topic("triad-roles")}
        go={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Agree to this topic as written" }));
    expect(screen.getByRole("button", { name: /^Next: The Three Roles of the SRO/ })).toHaveFocus();
  });

  it("shows no clause for a topic left out of the MOU", async () => {
    render(<Harness id="long-guns" initial={createProject("T")} side="agency" />);
    await userEvent.click(screen.getByRole("radio", { name: /Not addressed in this MOU/ }));
    expect(screen.queryByRole("region", { name: "As it will print" })).toBeNull();
  });

  it("shows the guidance, its source and the open items of the topic", () => {
    render(<Harness id="formal-discipline" initial={createProject("T")} side="agency" />);
    expect(screen.getByRole("heading", { level: 2, name: "Formal School Discipline" })).toBeInTheDocument();
    expect(screen.getByText(/NASRO recommends that the SRO take no part/)).toBeInTheDocument();
    expect(
      screen.getByText(/Source: NASRO, School Resource Officer Program Recommendations \(2021\)/),
    ).toBeInTheDocument();
    const open = screen.getByRole("region", { name: /Open items in this topic/ });
    expect(within(open).getByText(/SRO's role in Formal Discipline is missing/)).toBeInTheDocument();
  });

  it("fills the recommended values, and the agency's edit becomes its proposal", async () => {
    let latest: Project | null = null;
    render(
      <Harness
        id="formal-discipline"
        initial={createProject("T")}
        side="agency"
        onChange={(p) => (latest = p)}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Use the recommended values" }));
    expect(
      screen.getByRole("radio", { name: /May report facts and give a statement to administrators/ }),
    ).toBeChecked();
    expect(screen.getByTestId("my-position")).toHaveTextContent("Proposed the current text");
    expect(screen.getByTestId("their-position")).toHaveTextContent("No position yet");
    expect(
      latest &&
        openItems(latest)
          .filter((i) => i.topicId === "formal-discipline")
          .map((i) => i.reason),
    ).toEqual(["not-agreed"]);
  });

  it("shows a departure warning and takes an acknowledgement", async () => {
    render(<Harness id="formal-discipline" initial={createProject("T")} side="district" />);
    await userEvent.click(screen.getByRole("radio", { name: /May administer discipline/ }));
    const warning = screen.getByRole("region", { name: /Departs from the recommendation/ });
    expect(within(warning).getByText(/The SRO may administer formal school discipline/)).toBeInTheDocument();
    await userEvent.click(within(warning).getByRole("button", { name: /Acknowledge this departure/ }));
    expect(
      within(screen.getByRole("region", { name: /Departs from the recommendation/ })).getByText(
        /Acknowledged as deliberate by the District/,
      ),
    ).toBeInTheDocument();
  });

  it("leaves a recommended topic out only when both sides agree, and a chosen law that needs it keeps it open", async () => {
    let latest: Project = createProject("T");
    const { unmount } = render(
      <Harness id="evaluation" initial={latest} side="agency" onChange={(p) => (latest = p)} />,
    );
    await userEvent.click(screen.getByRole("radio", { name: /Not addressed in this MOU/ }));
    expect(screen.queryByRole("heading", { name: "Answers" })).not.toBeInTheDocument();
    expect(
      openItems(latest)
        .filter((i) => i.topicId === "evaluation")
        .map((i) => i.message),
    ).toEqual(["Waiting for the District to agree to leave this topic out."]);
    unmount();

    render(<Harness id="evaluation" initial={latest} side="district" onChange={(p) => (latest = p)} />);
    await userEvent.click(screen.getByRole("button", { name: "Agree to leave this topic out" }));
    expect(openItems(latest).filter((i) => i.topicId === "evaluation")).toEqual([]);
    // a law that needs a topic left out names itself
    const withLaw = { ...latest, profiles: ["virginia"] };
    expect(
      openItems(withLaw)
        .filter((i) => i.topicId === "publication")
        .map((i) => [i.reason, i.message.startsWith("Virginia")]),
    ).toEqual([["required-by-law", true]]);
  });

  it("adds a signatory of any capacity for either Party, ready to type the name", async () => {
    let latest: Project = createProject("T");
    render(<Harness id="parties-and-term" initial={latest} side="agency" onChange={(p) => (latest = p)} />);
    await userEvent.click(screen.getByRole("button", { name: "Add a signatory" }));
    const name = screen.getByLabelText(/Signatory 3: name/);
    await waitFor(() => expect(name).toHaveFocus());
    await userEvent.type(name, "Tom Baker");
    await userEvent.selectOptions(screen.getByLabelText("Signatory 3: for"), "agency");
    await userEvent.selectOptions(screen.getByLabelText("Signatory 3: capacity"), "attest");
    expect(latest.parties.signatories.at(-1)).toMatchObject({
      name: "Tom Baker",
      side: "agency",
      role: "attest",
    });
    const blocks = assemble(latest, { mode: "draft" }).blocks.flatMap((b) =>
      b.kind === "signatures" ? b.blocks : [],
    );
    expect(blocks.map((b) => b.caption)).toEqual([
      "For the Agency",
      "Attest for the Agency",
      "For the District",
    ]);
  });

  it("shows long-gun storage questions only when a long gun is kept at school", async () => {
    render(<Harness id="long-guns" initial={createProject("T")} side="agency" />);
    expect(screen.queryByText("Long gun storage")).not.toBeInTheDocument();
    const kept = screen.getByRole("radiogroup", { name: /Long gun kept at School/ });
    await userEvent.click(within(kept).getByRole("radio", { name: "Yes" }));
    expect(screen.getByText("Long gun storage")).toBeInTheDocument();
    await userEvent.click(within(kept).getByRole("radio", { name: "No" }));
    expect(screen.queryByText("Long gun storage")).not.toBeInTheDocument();
  });

  it("explains a number that is out of range, next to the field", async () => {
    render(<Harness id="parties-and-term" initial={createProject("T")} side="agency" />);
    const years = screen.getByLabelText(/Term in years/);
    await userEvent.type(years, "40");
    expect(await screen.findByText("Enter 10 or less.")).toBeInTheDocument();
    expect(years).toHaveAttribute("aria-invalid", "true");
  });
});

describe("changing agreed text", () => {
  it("tells the editor that the other side's agreement was withdrawn", async () => {
    let project = setAnswers(
      createProject("T"),
      "agency",
      "formal-discipline",
      { sroRole: "witness", noArrestForDiscipline: true },
      "filled",
    );
    project = setPosition(project, "district", "formal-discipline", "agree", "");
    render(<Harness id="formal-discipline" initial={project} side="agency" />);
    expect(screen.getByTestId("their-position")).toHaveTextContent("Agrees to the current text");
    await userEvent.click(
      screen.getByRole("radio", { name: /No role: discipline is for school staff alone/ }),
    );
    expect(screen.getByTestId("their-position")).toHaveTextContent("No position yet");
    expect(
      screen.getByText("The District's agreement was withdrawn because the text changed.", {
        selector: "[role=status]",
      }),
    ).toBeInTheDocument();
  });
});

describe("positions", () => {
  it("asks for a note before an objection, then shows it to the other side", async () => {
    let project = createProject("T");
    const { unmount } = render(
      <Harness id="formal-discipline" initial={project} side="district" onChange={(p) => (project = p)} />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Object with this note" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Say what the objection is");
    await userEvent.type(screen.getByLabelText("Objection note"), "Name who may ask for statements.");
    await userEvent.click(screen.getByRole("button", { name: "Object with this note" }));
    unmount();
    render(<Harness id="formal-discipline" initial={project} side="agency" />);
    expect(screen.getByTestId("their-position")).toHaveTextContent(
      "Objects: “Name who may ask for statements.”",
    );
  });
});

describe("review board", () => {
  it("counts items per reason and filters by who must act", async () => {
    const project = createProject("T");
    const items = openItems(project);
    render(<ReviewBoard project={project} items={items} go={() => undefined} />);
    expect(screen.queryByText(/Changed since the MOU signed/)).toBeNull();
    expect(screen.getByTestId("board-count")).toHaveTextContent(`${items.length} open items.`);
    const counts = screen.getByRole("table", { name: "Open items by reason" });
    const blanks = items.filter((i) => i.reason === "blank").length;
    expect(
      within(counts).getByRole("row", { name: new RegExp(`Required answer missing ${blanks}`) }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: "Waiting on the District" }));
    expect(screen.getByTestId("board-count")).toHaveTextContent(
      `${items.filter((i) => i.waitingOn.includes("district")).length} open items waiting on the District.`,
    );
  });

  it("in an annual review, lists what changed since the signed MOU, by whom, and what is only marked", async () => {
    const { review } = reviewedProject("board");
    const marked = setReviewDecision(
      review,
      "agency",
      "training",
      "revised",
      new Date("2027-05-04T10:00:00Z"),
    );
    const go = vi.fn();
    render(<ReviewBoard project={marked} items={openItems(marked)} go={go} />);
    expect(
      screen.getByRole("heading", { name: "Changed since the MOU signed on June 15, 2026 (3)" }),
    ).toBeVisible();
    const rows = screen.getAllByTestId("changed-topic").map((li) => li.textContent);
    expect(rows).toEqual([
      expect.stringMatching(
        /^Formal School Discipline: custom clause\. Changed by the District on May 2, 2027\./,
      ),
      expect.stringMatching(/^Training: marked for revision, not changed yet\./),
      expect.stringMatching(
        /^Probationary Period: Probationary Period in months\. Changed by the Agency on May 3, 2027\./,
      ),
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Training" }));
    expect(go).toHaveBeenCalledWith("training");
  });
});
