import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importText } from "../../../src/import/analyse";
import { ImportReadError } from "../../../src/import/errors";

/** Lines that look like pieces of agreements, to mix with noise. */
const PIECES = [
  "1.",
  "1.1",
  "(a)",
  "Section 4.01",
  "ARTICLE IV",
  "IV.",
  "A.",
  "By: ____",
  "Name: A B",
  "Page 2 of 9",
  "EXHIBIT A",
  "IN WITNESS WHEREOF",
  "forty (40) hours of training before assignment.",
  "The District shall pay sixty percent (60%) of the cost.",
  "between the Town Police Department and the Town School District,",
];

describe("the import on any text", () => {
  it("never throws but for empty text, and keeps every offset inside its clause", () => {
    const line = fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join("\n");
        let result;
        try {
          result = importText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportReadError);
          expect(text.trim()).toBe("");
          return;
        }
        const byId = new Map(result.clauses.map((c) => [c.id, c]));
        expect(result.mappings.map((m) => m.clauseId)).toEqual(result.clauses.map((c) => c.id));
        for (const s of result.suggestions) {
          const clause = byId.get(s.clauseId)?.text ?? "";
          expect(clause.slice(s.start, s.end)).toBe(s.sentence);
          expect(clause.slice(s.valueStart, s.valueEnd)).toBe(s.printed);
        }
      }),
      { numRuns: 200, seed: 20261128 },
    );
  }, 60_000);

  it("reads long, odd lines in little time (no runaway pattern)", () => {
    const odd = [
      `${"Section 1.1 ".repeat(2000)}`,
      `${"forty and ".repeat(3000)}days`,
      `${"(a".repeat(5000)}`,
      `${"A ".repeat(20000)}.`,
      `between ${"the Police ".repeat(3000)} and`,
    ].join("\n\n");
    const started = performance.now();
    importText(odd);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
