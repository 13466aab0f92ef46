import { readFileSync, readdirSync } from "node:fs";
import H from "handlebars/runtime";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import { SRO_FORMS, severalSros, sroPhrase } from "../../src/document/templates";
import { blockLines } from "../../src/document/text";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";

const cases = readdirSync("test/fixtures/good").sort();

function load(name: string): Project {
  const result = parseProjectFile(readFileSync(`test/fixtures/good/${name}/project.json`, "utf8"));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.project;
}

const officersOf = (project: Project) => project.schools.reduce((sum, s) => sum + s.officers, 0);
/**
 * The MOU's own words: its clauses and paragraphs (title, recitals, definitions, body), one a
 * line. The open-items table is left out: it quotes the app's field labels, not clause text.
 */
const textOf = (project: Project) =>
  buildDocument(project, { mode: "draft" })
    .blocks.filter((b) => b.kind === "clause" || b.kind === "paragraph")
    .flatMap(blockLines)
    .join("\n");

/**
 * The sentences of the document: each line without its clause number or list label, and without
 * anything in square brackets (an open-item marker, or a blank that quotes a field's label), split
 * after a full stop, colon or semicolon that is followed by a space.
 */
function sentences(text: string): string[] {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/\s*\[[^\]]*\]/g, "")
        .replace(/^(?:\d+(?:\.\d+)*\.?|\([a-z]+\)|-)\s+/, "")
        .trim(),
    )
    .flatMap((line) => line.split(/(?<=[.:;])\s+/))
    .filter((s) => s !== "");
}

// "The SRO" (or "The SRO's") at the start of a sentence, unless a restrictive word follows that
// says which SRO: "The SRO assigned to the School", "The SRO who used force", "the SRO concerned".
const QUALIFIER = String.raw`(?:assigned|who|concerned|involved)\b`;
const BARE_START = new RegExp(String.raw`^The SRO(?:'s)? (?!${QUALIFIER})`);
// "the SRO shall / may / must" inside a sentence is a reference back, so it needs an antecedent
// earlier in the same sentence: "an SRO", "each SRO", "any SRO", "that SRO", or an SRO qualified
// as above ("If a request of District staff to an SRO conflicts ..., the SRO shall follow").
const BARE_DUTY = /\bthe SRO (?:shall|may|must)\b/;
const ANTECEDENT = new RegExp(String.raw`\b(?:an|each|any|every|that|no) SRO\b|\bSROs? ${QUALIFIER}`, "i");

/** Sentences that, in an MOU with several SROs, read as if there were one. */
function singularSentences(text: string): string[] {
  return sentences(text).filter((s) => {
    if (BARE_START.test(s)) return true;
    const duty = BARE_DUTY.exec(s);
    return duty !== null && !ANTECEDENT.test(s.slice(0, duty.index));
  });
}

/** Words that, in an MOU with one SRO, read as if there were several (placeholders left out). */
const pluralWords = (text: string) =>
  sentences(text).flatMap((s) => s.match(/\b(?:each SRO|the SROs)\b/gi) ?? []);

describe("the helper that names the SRO or SROs", () => {
  it("gives each form for one SRO and for several", () => {
    expect(sroPhrase("Each", 1)).toBe("The SRO");
    expect(sroPhrase("Each", 3)).toBe("Each SRO");
    expect(sroPhrase("each's", 2)).toBe("each SRO's");
    expect(sroPhrase("an", 1)).toBe("the SRO");
    expect(sroPhrase("an", 2)).toBe("an SRO");
    expect(sroPhrase("the-s", 1)).toBe("the SRO");
    expect(sroPhrase("the-s'", 3)).toBe("the SROs'");
    expect(sroPhrase("The-s", 3)).toBe("The SROs");
    // one officer shared between two schools (0.5 + 0.5) is one SRO; 1.5 officers are several
    expect(severalSros(1)).toBe(false);
    expect(severalSros(0.5)).toBe(false);
    expect(severalSros(1.5)).toBe(true);
  });

  it("says one SRO with the singular of every form, and capitalizes only the capitalized forms", () => {
    for (const [form, [one, several]] of Object.entries(SRO_FORMS)) {
      expect(sroPhrase(form, 1)).toBe(one);
      expect(sroPhrase(form, 4)).toBe(several);
      expect(one, form).toMatch(/SRO(?:'s)?$/);
      if (form === "s") continue; // the bare noun: "SRO", "SROs"
      expect(one, form).toMatch(/^(?:the|The) SRO/);
      expect(/^[A-Z]/.test(several), form).toBe(/^[A-Z]/.test(form));
    }
  });

  it("throws on a form it does not know, so a template typo fails the build's tests", () => {
    expect(() => sroPhrase("every", 2)).toThrow(/Unknown SRO form "every"/);
  });

  it("reads the number of officers from the template's root context", () => {
    const sro = H.helpers["sro"] as (form: string, options: unknown) => string;
    const bySroCount = H.helpers["bySroCount"] as (one: string, several: string, options: unknown) => string;
    const options = (n: number) => ({ data: { root: { facts: { totalOfficers: n } } } });
    expect(sro("Each", options(3))).toBe("Each SRO");
    expect(sro("Each", options(1))).toBe("The SRO");
    expect(bySroCount("is", "are", options(1))).toBe("is");
    expect(bySroCount("is", "are", options(2))).toBe("are");
    expect(() => sro("Each", { data: { root: {} } })).toThrow(/facts.totalOfficers/);
  });
});

describe.each(cases)("SRO wording of %s", (name) => {
  const project = load(name);
  const text = textOf(project);

  if (severalSros(officersOf(project))) {
    it("never names the SRO as if there were one", () => {
      expect(singularSentences(text)).toEqual([]);
    });
    it('forbids with "No SRO shall", never "each SRO shall not"', () => {
      expect(text).not.toMatch(/\beach SRO shall not\b/i);
    });
  } else {
    it("never names the SROs as if there were several", () => {
      expect(pluralWords(text)).toEqual([]);
    });
  }
});

describe("changing the number of officers", () => {
  const three = load("resolved");
  // the same project with one officer at the first school and none at the others
  const one: Project = {
    ...three,
    schools: three.schools.map((s, i) => ({ ...s, officers: i === 0 ? 1 : 0 })),
  };

  it("switches the wording from several SROs to one", () => {
    expect(officersOf(three)).toBe(3);
    expect(officersOf(one)).toBe(1);
    const several = textOf(three);
    const single = textOf(one);
    expect(several).toContain("No SRO shall administer Formal Discipline.");
    expect(single).toContain("The SRO shall not administer Formal Discipline.");
    expect(several).toContain("shall supervise and direct each SRO through a supervisor");
    expect(single).toContain("shall supervise and direct the SRO through a supervisor");
    expect(several).toContain("When the District asks, the SROs shall help educate parents");
    expect(single).toContain("When the District asks, the SRO shall help educate parents");
    expect(singularSentences(several)).toEqual([]);
    expect(pluralWords(single)).toEqual([]);
  });

  it("defines the Employer as employing the SRO or the SROs", () => {
    const sheriff = load("city-sheriff");
    const alone: Project = {
      ...sheriff,
      schools: sheriff.schools.map((s, i) => ({ ...s, officers: i === 0 ? 1 : 0 })),
    };
    expect(textOf(sheriff)).toMatch(
      /"Employer" means the Sunrise County Sheriff's Office, which employs the SROs\./,
    );
    expect(textOf(alone)).toMatch(
      /"Employer" means the Sunrise County Sheriff's Office, which employs the SRO\./,
    );
  });

  it("the check finds the singular wording the templates used to print", () => {
    expect(singularSentences("4.1 The SRO shall not administer Formal Discipline.")).toHaveLength(1);
    expect(
      singularSentences("9.3 Each SRO shall tell the principal. When asked, the SRO shall reply."),
    ).toHaveLength(1);
    expect(
      singularSentences("5.25 Evaluation of SROs. The SRO's supervisor shall evaluate the SRO."),
    ).toHaveLength(1);
    expect(singularSentences("(a) The SRO assigned to the School and the principal shall meet.")).toEqual([]);
    expect(
      singularSentences("4.19 If a request to an SRO conflicts with policy, the SRO shall follow policy."),
    ).toEqual([]);
  });
});
