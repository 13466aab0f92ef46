import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { addMessage } from "../../src/project/conversation";
import { createProject } from "../../src/project/new-project";
import { openItems } from "../../src/project/open-items";
import type { Project, Side } from "../../src/project/schema";
import { Conversation } from "../../src/ui/Conversation";

/** The conversation with a real project held in state, a person acting as the app stamps them. */
function Harness({
  initial,
  side,
  by,
  seen,
}: {
  initial: Project;
  side: Side;
  by: string;
  seen: { project: Project };
}) {
  const [project, setProject] = useState(initial);
  return (
    <Conversation
      project={project}
      topicId="formal-discipline"
      side={side}
      readOnly={false}
      apply={(change) =>
        setProject((p) => {
          seen.project = change(p, side, by);
          return seen.project;
        })
      }
    />
  );
}

const t0 = new Date("2026-09-01T10:00:00Z");

describe("a topic's conversation", () => {
  beforeEach(() => localStorage.clear());

  it("the district asks a question; it is open for the agency, which answers it with a counter-proposal", async () => {
    const user = userEvent.setup();
    const seen = { project: createProject("Talk", t0) };
    const { unmount } = render(<Harness initial={seen.project} side="district" by="Lee Park" seen={seen} />);
    const talk = screen.getByRole("region", { name: /Conversation with the Agency/ });
    await user.click(within(talk).getByRole("radio", { name: "Question" }));
    await user.type(within(talk).getByRole("textbox", { name: "Message" }), "May the SRO attend a hearing?");
    await user.click(within(talk).getByRole("button", { name: "Send question" }));
    expect(within(talk).getByRole("status")).toHaveTextContent("Question sent.");
    expect(within(talk).getByRole("listitem")).toHaveTextContent(
      /Question from Lee Park \(District\).*May the SRO attend a hearing\?.*Waiting for the Agency to answer/,
    );
    expect(openItems(seen.project).filter((i) => i.reason === "question")).toMatchObject([
      { waitingOn: ["agency"] },
    ]);
    unmount();

    render(<Harness initial={seen.project} side="agency" by="Dana Ruiz" seen={seen} />);
    const agency = screen.getByRole("region", { name: /Conversation with the District/ });
    expect(within(agency).getByRole("listitem")).toHaveTextContent("Open: waiting for your answer.");
    await user.click(within(agency).getByRole("button", { name: "Answer this question" }));
    // the message box takes focus, so typing goes into the answer
    expect(within(agency).getByRole("textbox", { name: "Message" })).toHaveFocus();
    expect(within(agency).getByText(/Answering: “May the SRO attend a hearing\?”/)).toBeInTheDocument();
    await user.keyboard("Only as a witness.");
    await user.click(within(agency).getByRole("radio", { name: "Counter-proposal" }));
    await user.click(within(agency).getByRole("button", { name: "Send the answer" }));
    const items = within(agency).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Answered by Dana Ruiz (Agency).");
    expect(items[1]).toHaveTextContent(/Counter-proposal from Dana Ruiz \(Agency\).*Only as a witness\./);
    expect(openItems(seen.project).some((i) => i.reason === "question")).toBe(false);
  });

  it("an empty message is refused on the form; a message being typed survives a reload", async () => {
    const user = userEvent.setup();
    const seen = { project: createProject("Talk", t0) };
    const first = render(<Harness initial={seen.project} side="agency" by="" seen={seen} />);
    await user.click(screen.getByRole("button", { name: "Send reply" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Write something first.");
    expect(seen.project.conversation).toEqual([]);
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Half a thought");
    first.unmount();
    render(<Harness initial={seen.project} side="agency" by="" seen={seen} />);
    expect(screen.getByRole("textbox", { name: "Message" })).toHaveValue("Half a thought");
  });

  it("shows who wrote each message, or the side when nobody was named", () => {
    const p = addMessage(
      createProject("Talk", t0),
      "agency",
      "",
      { topicId: "formal-discipline", kind: "reply", text: "Fine by us." },
      t0,
    );
    render(<Harness initial={p} side="district" by="" seen={{ project: p }} />);
    expect(screen.getByRole("listitem")).toHaveTextContent(/Reply from the Agency.*Fine by us\./);
  });
});
