import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// A defined term is used in the form the Definitions section gives it, every time: counsel reads
// "the superintendent of the District" beside a defined "Superintendent" as a second person, and
// "each high School" as a School that is not the defined one.

const cases = readdirSync("test/fixtures/good").sort();
const text = (name: string) => readFileSync(`test/fixtures/good/${name}/document.txt`, "utf8");

/** The terms the Definitions section defines, in the form it defines them. */
function definedTerms(doc: string): string[] {
  return [...doc.matchAll(/^\d+\.\d+ "([^"]+)" means /gm)].map((m) => m[1] ?? "");
}

/** The lines of the document outside its Definitions section, each with its clause number. */
function bodyLines(doc: string): string[] {
  const lines = doc.split("\n");
  const start = lines.findIndex((l) => /^\d+\. Definitions$/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\d+\. /.test(l));
  return start < 0 ? lines : [...lines.slice(0, start), ...lines.slice(end < 0 ? lines.length : end)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The words of a multi-word term, or of "Superintendent", in another capitalisation: "school
 * day", "the superintendent". Single-word terms such as "School" have ordinary senses ("school
 * year", "district court") that are not the defined term, so they are checked by `misqualified`.
 */
function otherCase(line: string, term: string): string[] {
  if (!/^[A-Z]/.test(term)) return []; // a term defined in lower case ("day") reads alike at a sentence start
  if (!term.includes(" ") && term !== "Superintendent") return [];
  const re = new RegExp(`\\b${escape(term)}s?\\b`, "gi");
  return [...line.matchAll(re)].map((m) => m[0]).filter((found) => !found.startsWith(term));
}

/** A defined place-term after an ordinary adjective that makes it another thing: "each high School". */
function misqualified(line: string, term: string): string[] {
  if (term !== "School") return [];
  return [...line.matchAll(/\b(?:high|middle|elementary|public|private|charter|other) Schools?\b/g)].map(
    (m) => m[0],
  );
}

describe.each(cases)("defined terms in %s", (name) => {
  const doc = text(name);
  const terms = definedTerms(doc);

  it("has a Definitions section", () => {
    expect(terms.length).toBeGreaterThan(0);
  });

  it("uses each defined term in its defined form only", () => {
    const wrong: string[] = [];
    // an email address is not a use of a term ("superintendent@district.example")
    for (const line of bodyLines(doc).map((l) => l.replace(/\S+@\S+/g, "<email>"))) {
      const clause = /^(\d+\.\d+|\([a-z]+\))/.exec(line)?.[1] ?? line.slice(0, 40);
      for (const term of terms) {
        for (const found of [...otherCase(line, term), ...misqualified(line, term)])
          wrong.push(`${clause}: "${found}" where "${term}" is defined`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("the defined-terms check", () => {
  const doc = '1. Definitions\n1.1 "Superintendent" means the superintendent of the District.\n2. Roles\n';
  it("reads the terms and skips the definitions themselves", () => {
    expect(definedTerms(doc)).toEqual(["Superintendent"]);
    expect(bodyLines(doc).join("\n")).not.toContain("means");
  });
  it("catches another capitalisation and an ordinary adjective before School", () => {
    expect(otherCase("2.1 The superintendent of the District shall.", "Superintendent")).toEqual([
      "superintendent",
    ]);
    expect(otherCase("2.2 On each school day and on School Days.", "School Day")).toEqual(["school day"]);
    expect(misqualified("2.3 The SRO serves each high School.", "School")).toEqual(["high School"]);
    expect(misqualified("2.4 Cedar Falls High School.", "School")).toEqual([]);
  });
});
