import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { createProject } from "../../src/project/new-project";
import { setAnswer, setPosition, updateAgreementDetails } from "../../src/project/actions";
import { assemble } from "../../src/document/assemble";
import { documentText } from "../../src/document/text";
import { renderDocx } from "../../src/render/docx";
import { renderPdf } from "../../src/render/pdf/render";
import { loadFontNode } from "../../src/render/pdf/fonts-node";

it("scratch", async () => {
  let p = createProject("Test");
  p = updateAgreementDetails(
    p,
    "agency",
    {
      parties: {
        ...p.parties,
        agency: { ...p.parties.agency, name: "Rivertown Police Department & Co <x>", headName: "Dana Ortiz" },
        district: {
          ...p.parties.district,
          name: "Rivertown Unified School District",
          superintendentName: "Sam Lee",
        },
      },
      schools: [{ id: "1", name: "Rivertown High", level: "high", address: "1 Main St", officers: 1 }],
    },
    "parties",
  );
  p = setAnswer(p, "agency", "formal-discipline", "sroRole", "witness");
  p = setAnswer(p, "agency", "formal-discipline", "notes", "Привет 你好 😀 café {{x}}");
  p = setPosition(p, "district", "formal-discipline", "object", "Too vague");
  const doc = assemble(p, { mode: "draft" });
  console.log(documentText(doc));
  writeFileSync("/tmp/t.docx", await renderDocx(doc));
  writeFileSync("/tmp/t.pdf", await renderPdf(doc, { loadFont: loadFontNode }));
});
