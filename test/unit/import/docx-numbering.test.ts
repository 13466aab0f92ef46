import { describe, expect, it } from "vitest";
import { NumberCounter, paragraphLists, readNumbering } from "../../../src/import/docx-numbering";

const level = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

function counter(levels: string, overrides = "") {
  return new NumberCounter(
    readNumbering(
      `<w:numbering><w:abstractNum w:abstractNumId="7">${levels}</w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>` +
        `<w:num w:numId="2"><w:abstractNumId w:val="7"/>${overrides}</w:num></w:numbering>`,
    ),
  );
}

describe("Word's automatic numbers", () => {
  it('prints "Article IV" and "Section 4.01" from upper roman and zero-padded levels', () => {
    const c = counter(level(0, "upperRoman", "Article %1", 4) + level(1, "decimalZero", "Section %1.%2"));
    expect(c.next({ numId: "1", level: 0 })).toBe("Article IV");
    expect(c.next({ numId: "1", level: 1 })).toBe("Section IV.01");
    expect(c.next({ numId: "1", level: 1 })).toBe("Section IV.02");
    expect(c.next({ numId: "1", level: 0 })).toBe("Article V");
    expect(c.next({ numId: "1", level: 1 })).toBe("Section V.01");
  });

  it("restarts deeper levels, letters past z, bullets as null, and a list instance that restarts", () => {
    const c = counter(
      level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)") + level(2, "bullet", "•"),
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
    );
    expect(c.next({ numId: "1", level: 0 })).toBe("1.");
    for (let i = 0; i < 26; i++) c.next({ numId: "1", level: 1 });
    expect(c.next({ numId: "1", level: 1 })).toBe("(aa)");
    expect(c.next({ numId: "1", level: 2 })).toBeNull();
    expect(c.next({ numId: "1", level: 0 })).toBe("2.");
    expect(c.next({ numId: "1", level: 1 })).toBe("(a)");
    // numId 2 restarts the same definition: a list of its own
    expect(c.next({ numId: "2", level: 0 })).toBe("1.");
    expect(c.next({ numId: "1", level: 0 })).toBe("3.");
    expect(c.next({ numId: "9", level: 0 })).toBeNull();
  });

  it("reads each paragraph's list from its properties or its style, and skips mc:Choice", () => {
    const numbering = readNumbering(
      `<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    );
    const c = new NumberCounter(numbering);
    const doc =
      `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:p>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr></w:p>` +
      `<mc:AlternateContent><mc:Choice Requires="wps"><w:p/></mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>` +
      `<w:p/></w:body>`;
    expect(paragraphLists(doc, c)).toEqual([
      { numId: "5", level: 0 },
      { numId: "5", level: 0 },
      null,
      null,
      null,
    ]);
  });
});
