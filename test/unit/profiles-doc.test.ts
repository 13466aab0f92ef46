import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROFILES } from "../../src/profiles";
import { PROFILES_DOC, formattedProfilesDoc } from "../../scripts/profiles-doc";

describe("docs/PROFILES.md", () => {
  it("is what the profiles say (run `npx tsx scripts/profiles-doc.ts` after changing them)", async () => {
    expect(readFileSync(PROFILES_DOC, "utf8")).toBe(await formattedProfilesDoc());
  });

  it("lists every profile and every demand's provision", () => {
    const doc = readFileSync(PROFILES_DOC, "utf8");
    for (const p of PROFILES) {
      expect(doc).toContain(`## ${p.label}`);
      for (const s of [...p.required.map((r) => r.source), ...p.checks.map((c) => c.source)])
        expect(doc).toContain(s.citation.replace(/\|/g, "\\|"));
    }
  });
});
