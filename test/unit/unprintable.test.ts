import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  caretAfterReplace,
  describeReplaced,
  findUnprintable,
  replaceUnprintable,
} from "../../src/format/printable";
import { sanitizeUserText } from "../../src/document/tokens";
import { MAX_DEPTH, loadProject } from "../../src/project/load";
import { parseProjectFile } from "../../src/project/file";
import { buildDocument } from "../../src/document/build";
import { documentText } from "../../src/document/text";

describe("findUnprintable", () => {
  it("finds nothing in ordinary text, tabs and new lines included", () => {
    for (const s of [
      "",
      "Smith & Sons",
      "Ærøskøbing café",
      "北京市 🚓 👩‍👩‍👧",
      "a\tb\nc\r\nd",
      "\u00a0\u200d\ufffd",
    ])
      expect(findUnprintable(s), JSON.stringify(s)).toEqual([]);
  });

  it("names each character that cannot be printed and where it is", () => {
    const found = findUnprintable("a\ufffeb\uffffc\fd\u2028e\u2029f\vg\u0001h");
    expect(found.map((u) => [u.index, u.codePoint, u.fate])).toEqual([
      [1, 0xfffe, "removed"],
      [3, 0xffff, "removed"],
      [5, 0x0c, "break"],
      [7, 0x2028, "break"],
      [9, 0x2029, "break"],
      [11, 0x0b, "break"],
      [13, 0x01, "removed"],
    ]);
    expect(found.map((u) => u.name)).toEqual([
      "noncharacter (U+FFFE)",
      "noncharacter (U+FFFF)",
      "form feed (U+000C)",
      "line separator (U+2028)",
      "paragraph separator (U+2029)",
      "vertical tab (U+000B)",
      "control character (U+0001)",
    ]);
  });

  it("finds lone surrogates, C1 controls, other noncharacters and the model's own token characters", () => {
    const found = findUnprintable("x\ud800y\udc00z\u0085\u009f\ufdd0\u{1fffe}\ue000\u007f");
    expect(found.map((u) => u.codePoint)).toEqual([
      0xd800, 0xdc00, 0x85, 0x9f, 0xfdd0, 0x1fffe, 0xe000, 0x7f,
    ]);
    expect(found[0]?.name).toBe("unpaired surrogate (U+D800)");
    expect(found.find((u) => u.codePoint === 0x85)?.fate).toBe("break");
    // a pair is one character, a well-formed emoji is not reported
    expect(findUnprintable("🚓")).toEqual([]);
  });
});

describe("replaceUnprintable", () => {
  it("makes a break a new line in a field of several lines, a space in a one-line field, and removes the rest", () => {
    const text = "One\fTwo\u2028Three\u2029Four\vFive\ufffeSix\u0007";
    expect(replaceUnprintable(text, true).text).toBe("One\nTwo\nThree\nFour\nFiveSix");
    expect(replaceUnprintable(text, false).text).toBe("One Two Three Four FiveSix");
    expect(replaceUnprintable("plain", false)).toEqual({ text: "plain", found: [] });
    expect(replaceUnprintable("a\u{1fffe}b", false).text).toBe("ab");
  });

  it("keeps the caret where it was among the characters kept", () => {
    const text = "ab\ufffecd\fef";
    const { found } = replaceUnprintable(text, false);
    // the caret after "cd" (index 5) moves back by the one character removed before it
    expect(caretAfterReplace(found, 5)).toBe(4);
    expect(caretAfterReplace(found, text.length)).toBe("abcd ef".length);
    expect(caretAfterReplace(found, 1)).toBe(1);
  });

  it("says which character, where, and what became of it", () => {
    const one = replaceUnprintable("Hello\fWorld", true);
    expect(describeReplaced(one.found, true)).toBe(
      "A form feed (U+000C) at character 6 cannot be printed: it was replaced by a new line.",
    );
    expect(describeReplaced(one.found, false)).toContain("replaced by a space");
    const many = replaceUnprintable("a\ufffeb\u0001c\u2028", false);
    expect(describeReplaced(many.found, false)).toBe(
      "3 characters that cannot be printed (noncharacter (U+FFFE), control character (U+0001), line separator (U+2028)), the first at character 2, were removed or replaced by a space.",
    );
    expect(describeReplaced([], false)).toBe("");
  });

  it("is what the document model's sanitizeUserText applies", () => {
    expect(sanitizeUserText("A\uffffB\fC\ue000")).toBe("AB\nC");
  });
});

function sampleEnvelope(): { project: Record<string, unknown> } & Record<string, unknown> {
  return JSON.parse(readFileSync("public/sample.mou.json", "utf8")) as {
    project: Record<string, unknown>;
  };
}

describe("the loader", () => {
  it("replaces characters that cannot be printed, with a notice naming each field", () => {
    const env = sampleEnvelope();
    const p = env.project as {
      parties: {
        agency: { name: string };
        district: { address: string };
        signatories: Array<{ name: string }>;
      };
      schools: Array<{ name: string }>;
      topics: Record<string, { customClause: string; answers: Record<string, unknown> }>;
    };
    p.parties.agency.name = "Springfield\ufffe Police Department";
    p.parties.district.address = "1 Main St\u2028Springfield";
    const sig = p.parties.signatories[1];
    if (sig) sig.name = "Jane\u0001 Doe";
    const school = p.schools[0];
    if (school) school.name = "Lincoln\uffff High";
    const armed = p.topics["armed-sro"];
    if (armed) {
      armed.customClause = "First clause.\fSecond clause.";
      armed.answers.notes = "Holsters\u2029locked.";
    }
    const result = parseProjectFile(JSON.stringify(env));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = result.project;
    expect(out.parties.agency.name).toBe("Springfield Police Department");
    expect(out.parties.district.address).toBe("1 Main St Springfield");
    expect(out.parties.signatories[1]?.name).toBe("Jane Doe");
    expect(out.schools[0]?.name).toBe("Lincoln High");
    expect(out.topics["armed-sro"]?.customClause).toBe("First clause.\nSecond clause.");
    expect(out.topics["armed-sro"]?.answers.notes).toBe("Holsters\nlocked.");
    const messages = result.notices.map((n) => n.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Agency name: A noncharacter (U+FFFE) at character 12 cannot be printed: it was removed.",
        "District address: A line separator (U+2028) at character 10 cannot be printed: it was replaced by a space.",
        "Signatory 2: name: A control character (U+0001) at character 5 cannot be printed: it was removed.",
        "School 1: name: A noncharacter (U+FFFF) at character 8 cannot be printed: it was removed.",
        "Armed SRO: custom clause: A form feed (U+000C) at character 14 cannot be printed: it was replaced by a new line.",
        "Armed SRO: Further terms on arming: A paragraph separator (U+2029) at character 9 cannot be printed: it was replaced by a new line.",
      ]),
    );
    // the repaired project loads again with nothing more to say, and prints
    const again = loadProject(out);
    expect(again.ok && again.notices).toEqual([]);
    const text = documentText(buildDocument(out, { mode: "draft" }));
    expect(text).toContain("Second clause.");
    expect(findUnprintable(text)).toEqual([]);
  });

  it("judges a field by what is left once it is made printable: nothing left is blank, refused with both reasons", () => {
    // found by the fuzz (test/unit/fuzz.test.ts): a venue of one U+FFFE was accepted, emptied, and
    // the project then failed to build and, once saved, to open again
    const env = sampleEnvelope();
    const p = env.project as { topics: Record<string, { answers: Record<string, unknown> }> };
    const terms = p.topics["standard-terms"];
    if (!terms) throw new Error("the sample has no standard terms");
    terms.answers.venue = "\ufffe";
    const result = parseProjectFile(JSON.stringify(env));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: "project.topics.standard-terms.answers.venue",
        message:
          "Standard Terms: Court or county where suits are brought: A noncharacter (U+FFFE) at character 1 cannot be printed: it was removed. Enter a value or leave the field blank.",
      },
    ]);
    // with text left over, it is taken, repaired, and the project builds and opens again
    terms.answers.venue = "Lake\ufffe County";
    const kept = parseProjectFile(JSON.stringify(env));
    if (!kept.ok) throw new Error(JSON.stringify(kept.problems));
    expect(kept.project.topics["standard-terms"]?.answers.venue).toBe("Lake County");
    expect(() => buildDocument(kept.project, { mode: "draft" })).not.toThrow();
    expect(loadProject(JSON.parse(JSON.stringify(kept.project))).ok).toBe(true);
  });

  it("says a copy kept inside the project was repaired once, not field by field", () => {
    const env = sampleEnvelope();
    const p = env.project as { history: Array<{ what: string }> };
    for (const h of p.history.slice(0, 3)) h.what = `${h.what}\u0002\u0003`;
    const result = parseProjectFile(JSON.stringify(env));
    expect(result.ok).toBe(true);
    if (!result.ok || p.history.length === 0) return;
    expect(result.notices.map((n) => n.message)).toEqual([
      `${Math.min(3, p.history.length) * 2} characters that cannot be printed, in the history of changes, were removed or replaced by a space or a new line.`,
    ]);
  });

  it("refuses a deeply nested file as too deeply nested, not as tampered with, at any depth", () => {
    for (const depth of [MAX_DEPTH + 1, 10_000, 200_000]) {
      const text = `{"schemaVersion":4,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
      const result = parseProjectFile(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.message).toMatch(/nested too deeply/);
      expect(result.problems[0]?.message).not.toMatch(/tampered/);
      expect(result.problems[0]?.path.startsWith("x[0]")).toBe(true);
    }
    // inside an envelope, and as objects rather than arrays
    let deep = '"end"';
    for (let i = 0; i < 10_000; i++) deep = `{"a":${deep}}`;
    const wrapped = parseProjectFile(
      `{"kind":"sro-mou-project","project":{"schemaVersion":4,"topics":${deep}}}`,
    );
    expect(wrapped.ok).toBe(false);
    if (!wrapped.ok) {
      expect(wrapped.problems[0]?.message).toMatch(/nested too deeply/);
      expect(wrapped.problems[0]?.path).toMatch(/^project\.topics\.a\.a/);
    }
  });

  it("still takes a real project's depth, and still calls a __proto__ key tampering", () => {
    const ok = parseProjectFile(readFileSync("test/fixtures/good/review/project.json", "utf8"));
    expect(ok.ok).toBe(true);
    const bad = loadProject(JSON.parse('{"schemaVersion":4,"a":[[{"__proto__":{}}]]}'));
    expect(!bad.ok && bad.problems[0]).toEqual({
      path: "a[0][0].__proto__",
      message: "This key is not allowed in an MOU project; the file may have been tampered with.",
    });
  });
});
