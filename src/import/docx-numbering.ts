/**
 * The numbers Word prints before automatically numbered paragraphs. They are not text in the
 * file: Word computes them from the numbering definitions (word/numbering.xml) and each
 * paragraph's list and level. mammoth keeps only "ordered list, level n", so the import computes
 * the printed numbers here, the way Word does for the common cases: "1.", "1.1", "(a)",
 * "Section 1.01", "Article IV".
 */

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly legal: boolean;
}

interface AbstractNum {
  readonly levels: ReadonlyMap<number, Level>;
  /** Levels tied to a paragraph style (heading numbering): style id to level. */
  readonly styleLevels: ReadonlyMap<string, number>;
}

interface Num {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
}

export interface WordNumbering {
  readonly abstracts: ReadonlyMap<string, AbstractNum>;
  readonly nums: ReadonlyMap<string, Num>;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The elements named `name` in `xml`, each with its opening tag and inner XML. */
function elements(xml: string, name: string): Array<{ open: string; inner: string }> {
  const out: Array<{ open: string; inner: string }> = [];
  const re = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  for (const m of xml.matchAll(re))
    out.push({ open: m[0].slice(0, m[0].indexOf(">") + 1), inner: m[1] ?? "" });
  return out;
}

function valOf(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}\\b[^>]*>`).exec(xml);
  return m ? attr(m[0], "w:val") : undefined;
}

export function readNumbering(numberingXml: string | null): WordNumbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  if (numberingXml === null) return { abstracts, nums };
  for (const a of elements(numberingXml, "w:abstractNum")) {
    const id = attr(a.open, "w:abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    const styleLevels = new Map<string, number>();
    for (const l of elements(a.inner, "w:lvl")) {
      const ilvl = Number(attr(l.open, "w:ilvl") ?? "0");
      levels.set(ilvl, {
        format: valOf(l.inner, "w:numFmt") ?? "decimal",
        text: valOf(l.inner, "w:lvlText") ?? "",
        start: Number(valOf(l.inner, "w:start") ?? "1"),
        legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(l.inner),
      });
      const style = valOf(l.inner, "w:pStyle");
      if (style !== undefined) styleLevels.set(style, ilvl);
    }
    abstracts.set(id, { levels, styleLevels });
  }
  for (const n of elements(numberingXml, "w:num")) {
    const id = attr(n.open, "w:numId");
    const abstractId = valOf(n.inner, "w:abstractNumId");
    if (id === undefined || abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const o of elements(n.inner, "w:lvlOverride")) {
      const start = valOf(o.inner, "w:startOverride");
      if (start !== undefined) startOverrides.set(Number(attr(o.open, "w:ilvl") ?? "0"), Number(start));
    }
    nums.set(id, { abstractId, startOverrides });
  }
  return { abstracts, nums };
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

export function toRoman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, letters] of ROMAN)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

function toLetters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's number format; null for a bullet. */
export function formatCounter(n: number, format: string): string | null {
  switch (format) {
    case "bullet":
      return null;
    case "none":
      return "";
    case "lowerLetter":
      return toLetters(n);
    case "upperLetter":
      return toLetters(n).toUpperCase();
    case "lowerRoman":
      return toRoman(n);
    case "upperRoman":
      return toRoman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** A paragraph's list and level, as its properties or its style say. */
export interface ParagraphList {
  readonly numId: string;
  readonly level: number;
}

/**
 * Computes printed numbers for numbered paragraphs, in document order. Counters run per list
 * (per numbering definition, or per list instance that restarts it), a deeper level restarting
 * whenever a shallower one advances, as Word does.
 */
export class NumberCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: WordNumbering) {}

  /** The label for the next paragraph of this list and level; null for a bullet or an unknown list. */
  next(list: ParagraphList): string | null {
    const num = this.numbering.nums.get(list.numId);
    const abstract = num ? this.numbering.abstracts.get(num.abstractId) : undefined;
    if (!num || !abstract) return null;
    const key = num.startOverrides.size > 0 ? `num:${list.numId}` : `abs:${num.abstractId}`;
    const start = (l: number) => num.startOverrides.get(l) ?? abstract.levels.get(l)?.start ?? 1;
    const counts = this.counters.get(key) ?? [];
    for (let l = 0; l < list.level; l++) if (counts[l] === undefined) counts[l] = start(l);
    counts[list.level] = counts[list.level] === undefined ? start(list.level) : (counts[list.level] ?? 0) + 1;
    counts.length = list.level + 1;
    this.counters.set(key, counts);
    const level = abstract.levels.get(list.level);
    if (!level) return null;
    if (level.format === "bullet") return null;
    return level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const format = level.legal ? "decimal" : (abstract.levels.get(l)?.format ?? "decimal");
      return formatCounter(counts[l] ?? start(l), format) ?? "";
    });
  }

  /** Whether the list and level are defined (mammoth numbers exactly these paragraphs). */
  defines(list: ParagraphList): boolean {
    const num = this.numbering.nums.get(list.numId);
    return num !== undefined && this.numbering.abstracts.get(num.abstractId)?.levels.has(list.level) === true;
  }

  /** The level a paragraph style is numbered at in some list, for heading styles tied to a list. */
  styleList(styleId: string): ParagraphList | null {
    for (const [numId, num] of this.numbering.nums) {
      const level = this.numbering.abstracts.get(num.abstractId)?.styleLevels.get(styleId);
      if (level !== undefined) return { numId, level };
    }
    return null;
  }
}

/**
 * Each paragraph of word/document.xml, in order, with the list it is numbered in (null when
 * none), read from its own properties or, as mammoth does, from a list level tied to its style.
 * Paragraphs of the alternative content that mammoth skips (mc:Choice) are skipped too.
 */
export function paragraphLists(documentXml: string, counter: NumberCounter): Array<ParagraphList | null> {
  const out: Array<ParagraphList | null> = [];
  const body = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, "");
  for (const p of elements(body, "w:p")) {
    const props =
      /<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(p.inner)?.[0]?.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, "") ??
      "";
    const numPr = /<w:numPr\b[\s\S]*?<\/w:numPr>/.exec(props)?.[0];
    const numId = numPr ? valOf(numPr, "w:numId") : undefined;
    const ilvl = numPr ? valOf(numPr, "w:ilvl") : undefined;
    const style = valOf(props, "w:pStyle");
    if (numId !== undefined && numId !== "0") out.push({ numId, level: Number(ilvl ?? "0") });
    else if (numId === undefined && style !== undefined) out.push(counter.styleList(style));
    else out.push(null);
  }
  return out;
}
