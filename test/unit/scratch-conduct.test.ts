import { it } from "vitest";
import { TOPICS } from "../../src/topics";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import { recommendedAnswers } from "../../src/topics/registry";

const facts = { schoolCount: 6, totalOfficers: 4, effectiveDate: "2026-08-01", termYears: 3 };
const ids = (process.env.IDS ?? "").split(",");
const extra = JSON.parse(process.env.EXTRA ?? "{}");
it("scratch", () => {
  for (const t of TOPICS.filter((x) => ids.includes(x.id))) {
    const rec = recommendedAnswers(t);
    for (const [name, a] of [
      ["blank", {}],
      ["recommended", rec],
      ["extra", { ...rec, ...extra }],
    ] as const) {
      const lines = renderTemplate(t.template, buildTemplateContext(t, a, facts));
      const deps = t.departures.filter((d) => d.applies(a)).map((d) => d.id);
      console.log(
        `--- ${t.id} ${name} departures=${deps.join(",")}\n` +
          lines.join("\n").replace(/\uE000([^\uE001]*)\uE001/g, "[$1?]"),
      );
    }
  }
});
