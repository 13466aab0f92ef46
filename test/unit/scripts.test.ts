import { describe, expect, it } from "vitest";
import { resolveBidi, visualOrder } from "../../src/render/pdf/bidi";
import { scriptPieces } from "../../src/render/docx-scripts";
import { fallbacksFor, graphemes } from "../../src/render/pdf/scripts";

/** The text of runs put in the order visualOrder gives (each run's own letters as typed). */
const arrange = (runs: ReadonlyArray<readonly [string, number]>) =>
  visualOrder(runs.map(([, level]) => level)).map((i) => runs[i]?.[0]);

describe("visualOrder (UAX #9 rule L2, per line)", () => {
  it("keeps a left-to-right line as it is", () => {
    expect(visualOrder([0, 0, 0])).toEqual([0, 1, 2]);
    expect(visualOrder([])).toEqual([]);
  });

  it("reverses a right-to-left line", () => {
    expect(visualOrder([1, 1, 1])).toEqual([2, 1, 0]);
  });

  it("reverses a right-to-left phrase inside a left-to-right line, and only it", () => {
    expect(
      arrange([
        ["and", 0],
        [" ", 0],
        ["A", 1],
        [" ", 1],
        ["B", 1],
        [" ", 0],
        ["(DRAFT)", 0],
      ]),
    ).toEqual(["and", " ", "B", " ", "A", " ", "(DRAFT)"]);
  });

  it("keeps numbers and Latin words inside right-to-left text in their own order (level 2)", () => {
    // a right-to-left paragraph: word A, then "2026 SRO" (left to right), then word B
    expect(
      arrange([
        ["A", 1],
        [" ", 1],
        ["2026", 2],
        [" ", 2],
        ["SRO", 2],
        [" ", 1],
        ["B", 1],
      ]),
    ).toEqual(["B", " ", "2026", " ", "SRO", " ", "A"]);
  });

  it("handles deeper levels from the highest down", () => {
    expect(visualOrder([0, 1, 2, 2, 1, 0])).toEqual([0, 4, 2, 3, 1, 5]);
    // the lowest odd level here is 3: the runs at level 2 around it stay put
    expect(visualOrder([2, 3, 3, 2])).toEqual([0, 2, 1, 3]);
  });
});

describe("resolveBidi", () => {
  it("leaves text with nothing right to left alone", () => {
    expect(resolveBidi("The SRO shall attend 👩‍👩‍👧 events.")).toBeNull();
  });

  it("takes the paragraph's direction from its first strong letter", () => {
    expect(resolveBidi("The school מרכז opens")?.baseLevel).toBe(0);
    expect(resolveBidi("מרכז is a school")?.baseLevel).toBe(1);
    expect(resolveBidi("مدرسة النور")?.baseLevel).toBe(1);
  });

  it("gives right-to-left letters odd levels and numbers in them even ones", () => {
    const text = "שלום 2026 עולם";
    const r = resolveBidi(text);
    expect(r).not.toBeNull();
    const level = (i: number) => r?.levels[i] ?? -1;
    expect(level(0)).toBe(1);
    expect(level(text.indexOf("2"))).toBe(2);
    expect(level(text.indexOf("ע"))).toBe(1);
  });

  it("mirrors brackets in right-to-left runs only", () => {
    const text = "(שלום) and (x)";
    const r = resolveBidi(text);
    expect(r?.mirrored.get(0)).toBe(")");
    expect(r?.mirrored.get(5)).toBe("(");
    expect(r?.mirrored.has(text.lastIndexOf("("))).toBe(false);
  });

  it("treats an emoji (beyond the BMP) as the neutral it is, not as a left-to-right letter", () => {
    const text = "שלום 👍 עולם";
    const r = resolveBidi(text);
    const at = text.indexOf("👍");
    expect(r?.levels[at]).toBe(1);
    expect(r?.levels[at + 1]).toBe(1);
  });
});

describe("scripts", () => {
  it("loads fallback fonts only for the scripts in the text", () => {
    expect(fallbacksFor("Maple Grove High School — “quoted” café")).toEqual([]);
    expect(fallbacksFor("מרכז")).toEqual([]); // the body face has Hebrew
    expect(fallbacksFor("مدرسة النور")).toEqual(["arabic"]);
    expect(fallbacksFor("서울 국제학교")).toEqual(["korean"]);
    expect(fallbacksFor("北京 👩‍👩‍👧")).toEqual(["emoji", "cjk"]);
  });

  it("keeps emoji sequences, flags and letters with their marks as one cluster", () => {
    expect(graphemes("a👩‍👩‍👧b")).toEqual(["a", "👩‍👩‍👧", "b"]);
    expect(graphemes("🇺🇸👍🏽")).toEqual(["🇺🇸", "👍🏽"]);
    expect(graphemes("e\u0301x")).toEqual(["e\u0301", "x"]);
    expect(graphemes("plain")).toEqual(["p", "l", "a", "i", "n"]);
  });
});

describe("DOCX script pieces", () => {
  it("leaves Latin text as one piece with no options", () => {
    expect(scriptPieces("Maple Grove")).toEqual([{ text: "Maple Grove", options: {} }]);
  });

  it("marks right-to-left phrases, with the spaces between their words, and Korean", () => {
    const pieces = scriptPieces("and מחוז החינוך (DRAFT) 서울 국제학교");
    expect(pieces.map((p) => p.text)).toEqual(["and ", "מחוז החינוך", " (DRAFT) ", "서울 국제학교"]);
    expect(pieces[1]?.options.rightToLeft).toBe(true);
    expect(pieces[1]?.options.language).toEqual({ bidirectional: "he-IL" });
    expect(pieces[0]?.options.rightToLeft).toBeUndefined();
    expect(pieces[3]?.options.language).toEqual({ eastAsia: "ko-KR" });
    expect(scriptPieces("مدرسة النور")[0]?.options.language).toEqual({ bidirectional: "ar-SA" });
  });
});
