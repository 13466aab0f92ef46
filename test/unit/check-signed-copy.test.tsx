import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { render as renderAs } from "../../src/render/registry";
import { CheckSignedCopy } from "../../src/ui/CheckSignedCopy";

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(path);
  return r.project;
}

const status = () => screen.getByTestId("check-copy-status");
const input = () => screen.getByLabelText(/^Signed copy \(PDF or DOCX, up to 30 MB\)/);

describe("Check a signed copy", () => {
  it("waits for an agreed text while items are open", () => {
    render(<CheckSignedCopy project={load("public/sample.mou.json")} />);
    expect(input()).toBeDisabled();
    expect(input()).toHaveAccessibleDescription(
      /Available once the MOU is agreed \(nothing open\) or signed/,
    );
  });

  it("says a signed DOCX matches, and explains a file that is not a copy", async () => {
    const project = load("test/fixtures/good/resolved/project.json");
    const doc = buildDocument(project, { mode: "final" });
    const docx = await renderAs("docx", doc, { loadFont: () => Promise.reject(new Error("no fonts")) });
    const user = userEvent.setup();
    render(<CheckSignedCopy project={project} />);

    await user.upload(input(), new File([docx as BlobPart], "signed.docx"));
    expect(await screen.findByText(/^“signed\.docx” matches the agreed text/)).toBeInTheDocument();
    expect(status()).toHaveTextContent(doc.meta.fingerprint?.short ?? "?");

    await user.upload(input(), new File(["Board minutes"], "minutes.docx"));
    expect(
      await screen.findByText(
        "“minutes.docx”: This file is neither a PDF nor a Word document (DOCX), so it cannot be a copy of the MOU.",
      ),
    ).toBeInTheDocument();

    const huge = new File(["x"], "scan.pdf");
    Object.defineProperty(huge, "size", { value: 45 * 1024 * 1024 });
    await user.upload(input(), huge);
    expect(status()).toHaveTextContent(
      "“scan.pdf” is 45.0 MB; a signed copy of the MOU is at most 30 MB, so it was not read.",
    );
  });
});
