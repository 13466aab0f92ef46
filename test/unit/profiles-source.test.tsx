import { render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { updateAgreementDetails } from "../../src/project/actions";
import { parseProjectFile } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
import type { Project } from "../../src/project/schema";
import { ReviewBoard } from "../../src/ui/ReviewBoard";

function resolved(): Project {
  const r = parseProjectFile(readFileSync("test/fixtures/good/resolved/project.json", "utf8"));
  if (!r.ok) throw new Error("fixture");
  return r.project;
}

describe("where a chosen law's demand is raised", () => {
  it("the review board shows the provision, our summary and the date it was checked", () => {
    const p = updateAgreementDetails(
      resolved(),
      "district",
      { profiles: ["illinois"] },
      "Chose.",
      new Date(),
    );
    render(<ReviewBoard project={p} items={openItems(p)} go={() => undefined} />);
    const item = screen
      .getAllByTestId("open-item")
      .find((li) => li.textContent?.includes("Illinois law requires SRO training within 1 year"));
    expect(item?.textContent).toContain(
      "105 ILCS 5/10-20.68(b): The officer completes the state SRO course, or has a waiver, within 1 year of assignment.",
    );
    expect(item?.textContent).toContain("(checked November 29, 2026)");
  });

  it("says when a demand rests on a secondary source", () => {
    const p = updateAgreementDetails(resolved(), "district", { profiles: ["florida"] }, "Chose.", new Date());
    render(<ReviewBoard project={p} items={openItems(p)} go={() => undefined} />);
    const item = screen
      .getAllByTestId("open-item")
      .find((li) => li.textContent?.includes("Fla. Stat. § 1006.12(1)(b)"));
    expect(item?.textContent).toMatch(
      /checked November 29, 2026; statute text not found; from a secondary source: casetext\.com and NASBE copies/,
    );
  });
});
