import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createProject } from "../../src/project/new-project";
import type { Project } from "../../src/project/schema";
import { getTopic } from "../../src/topics/registry";
import { TopicScreen } from "../../src/ui/TopicScreen";

/** The topic screen over a project held in state, as the app holds it; `seen` has the latest. */
function Harness({ id, initial, seen }: { id: string; initial: Project; seen: { project: Project } }) {
  const [project, setProject] = useState(initial);
  const topic = getTopic(id);
  if (!topic) throw new Error(id);
  return (
    <TopicScreen
      topic={topic}
      project={project}
      side="agency"
      apply={(change) =>
        setProject((p) => {
          seen.project = change(p, "agency", "");
          return seen.project;
        })
      }
      previous={null}
      next={null}
      go={() => undefined}
    />
  );
}

function setUp(id: string) {
  const initial = createProject("T");
  const seen = { project: initial };
  render(<Harness id={id} initial={initial} seen={seen} />);
  return seen;
}

/** The message a field shows, found through its aria-describedby. */
function messageOf(field: HTMLElement): string {
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((i) => document.getElementById(i)?.textContent ?? "").join(" ");
}

describe("a character that cannot be printed, typed or pasted into a field", () => {
  it("is taken out of a party's name as it is pasted, with a message on the field", async () => {
    const seen = setUp("parties-and-term");
    const user = userEvent.setup();
    const name = screen.getByLabelText(/^Agency name/);
    await user.clear(name);
    await user.type(name, "Springfield");
    await user.paste("\uFFFF Police");
    expect(name).toHaveValue("Springfield Police");
    // the caret stays after what was pasted
    expect((name as HTMLInputElement).selectionStart).toBe("Springfield Police".length);
    expect(seen.project.parties.agency.name).toBe("Springfield Police");
    expect(messageOf(name)).toBe(
      "A noncharacter (U+FFFF) at character 12 cannot be printed: it was removed.",
    );
  });

  it("makes a form feed a space in a one-line field: a school's name and a signatory's", () => {
    const seen = setUp("parties-and-term");
    fireEvent.click(screen.getByRole("button", { name: "Add a school" }));
    const school = screen.getAllByLabelText(/^School \d+: name$/).at(-1);
    if (!school) throw new Error("no school row");
    fireEvent.change(school, { target: { value: "Lincoln\fHigh" } });
    expect(school).toHaveValue("Lincoln High");
    expect(seen.project.schools.at(-1)?.name).toBe("Lincoln High");
    expect(messageOf(school)).toMatch(
      /^School \d+: name: A form feed \(U\+000C\) at character 8 cannot be printed: it was replaced by a space\.$/,
    );
    const signatory = screen.getByLabelText(/^Signatory 1: name/);
    fireEvent.change(signatory, { target: { value: "Dana\u0001 Whitfield\u2028" } });
    expect(signatory).toHaveValue("Dana Whitfield ");
    expect(messageOf(signatory)).toContain("2 characters that cannot be printed");
  });

  it("makes a line or paragraph separator a new line in the custom clause, and says so", () => {
    const seen = setUp("armed-sro");
    const box = screen.getByRole("textbox", { name: "Custom clause (optional)" });
    fireEvent.change(box, { target: { value: "One.\u2029Two.\vThree." } });
    expect(box).toHaveValue("One.\nTwo.\nThree.");
    fireEvent.blur(box);
    expect(seen.project.topics["armed-sro"]?.customClause).toBe("One.\nTwo.\nThree.");
    expect(messageOf(box)).toContain("were replaced by a new line");
    expect(messageOf(box)).toContain("paragraph separator (U+2029), vertical tab (U+000B)");
  });

  it("is taken out of a topic's answer, and ordinary text says nothing", async () => {
    const seen = setUp("armed-sro");
    const user = userEvent.setup();
    const notes = screen.getByLabelText(/^Further terms on arming/);
    await user.type(notes, "Secure holsters.");
    expect(messageOf(notes)).not.toMatch(/cannot be printed/);
    await user.paste("\uFFFE");
    expect(notes).toHaveValue("Secure holsters.");
    expect(messageOf(notes)).toContain(
      "A noncharacter (U+FFFE) at character 17 cannot be printed: it was removed.",
    );
    expect(seen.project.topics["armed-sro"]?.answers.notes).toBe("Secure holsters.");
  });
});
