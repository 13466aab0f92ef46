/**
 * Plain text without shaping. fontkit's `layout` maps a string to glyphs (cmap), substitutes
 * them (GSUB) and positions them (GPOS); pdf-lib and the line breaker use only the glyphs and
 * their advance widths, never the positions. For most words of an MOU no GSUB lookup can
 * change a glyph (Tinos has no default ligatures), so the cmap's glyphs are the shaped glyphs:
 * this module finds, once per font, the characters for which that is provably so, and gives
 * their glyphs straight from the cmap (the same glyph objects `layout` returns).
 *
 * "Provably": text is plain when every character is in SAFE_RANGES (no combining mark, no
 * default-ignorable character, no fraction slash: the characters fontkit's shapers treat
 * specially) and none of their glyphs can start a GSUB substitution that could match a
 * sequence of such characters. Every lookup of every feature is considered, default or not,
 * so the test errs on the side of shaping.
 */

/** Latin, Latin-1, Latin Extended A and B, general punctuation, currency and letterlike symbols. */
const SAFE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac], // U+00AD (soft hyphen) is default-ignorable
  [0xae, 0x24f],
  [0x2010, 0x2029], // U+202A to U+202E (bidi embeddings) are default-ignorable
  [0x202f, 0x2043], // U+2044 (fraction slash) starts fontkit's fraction shaping
  [0x2045, 0x205e], // U+2060 and after are default-ignorable
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
];

/** A list in fontkit's decoded tables: an array, or an array decoded on demand (LazyArray). */
type List<T> = readonly T[] | { toArray(): T[] };
function items<T>(list: List<T> | undefined): readonly T[] {
  if (!list) return [];
  return Array.isArray(list) ? (list as readonly T[]) : (list as { toArray(): T[] }).toArray();
}

/** The parts of fontkit's decoded OpenType tables read here. */
type Coverage =
  | { readonly version: 1; readonly glyphs: List<number> }
  | {
      readonly version: 2;
      readonly rangeRecords: List<{ readonly start: number; readonly end: number }>;
    };
interface SubTable {
  readonly version?: number;
  readonly lookupType?: number;
  readonly extension?: SubTable;
  readonly coverage?: Coverage;
  readonly coverages?: List<Coverage>;
  readonly backtrackCoverage?: List<Coverage>;
  readonly inputCoverage?: List<Coverage>;
  readonly lookaheadCoverage?: List<Coverage>;
  readonly ligatureSets?: List<List<{ readonly components: List<number> }>>;
}
interface Lookup {
  readonly lookupType: number;
  readonly subTables: List<SubTable>;
}
interface Glyph {
  readonly id: number;
}
/** The fontkit font, as far as this module uses it. */
export interface PlainFont {
  readonly GSUB?: {
    readonly lookupList?: List<Lookup>;
    readonly featureList?: List<{ readonly feature?: { readonly lookupListIndexes?: List<number> } }>;
    readonly featureVariations?: unknown;
  };
  readonly _cmapProcessor: { lookup(codePoint: number): number };
  glyphsForString(text: string): Glyph[];
}

/** A coverage table's glyphs, in coverage-index order. */
function coverageGlyphs(coverage: Coverage | undefined): number[] {
  if (!coverage) return [];
  if (coverage.version === 1) return [...items(coverage.glyphs)];
  const out: number[] = [];
  for (const r of items(coverage.rangeRecords)) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

/**
 * The glyphs at which a substitution may start on text of safe characters (`safe`: their
 * glyphs); null when a lookup is of a kind not understood here (then everything is shaped).
 */
function riskyGlyphs(font: PlainFont, safe: ReadonlySet<number>): Set<number> | null {
  const risky = new Set<number>();
  const gsub = font.GSUB;
  if (!gsub) return risky;
  if (gsub.featureVariations) return null;
  // the lookups a feature applies; a lookup that only a context lookup applies runs only inside
  // a matched context, which starts at a glyph found risky below
  const all = items(gsub.lookupList);
  const used = new Set<number>();
  for (const f of items(gsub.featureList)) for (const i of items(f.feature?.lookupListIndexes)) used.add(i);
  const lookups: Lookup[] = [];
  for (const i of used) {
    const lookup = all[i];
    if (!lookup) return null;
    lookups.push(lookup);
  }
  const safeOf = (c: Coverage | undefined) => coverageGlyphs(c).filter((g) => safe.has(g));
  const touches = (c: Coverage | undefined) => safeOf(c).length > 0;
  for (const lookup of lookups) {
    for (const raw of items(lookup.subTables)) {
      const type = lookup.lookupType === 7 ? raw.lookupType : lookup.lookupType;
      const table = lookup.lookupType === 7 ? raw.extension : raw;
      if (type === undefined || !table) return null;
      switch (type) {
        case 1: // single
        case 2: // multiple
        case 3: // alternate
        case 8: // reverse chaining single
          for (const g of safeOf(table.coverage)) risky.add(g);
          break;
        case 4: {
          // ligature: only when every component is a safe character's glyph too
          const first = coverageGlyphs(table.coverage);
          const sets = items(table.ligatureSets);
          first.forEach((g, k) => {
            if (!safe.has(g)) return;
            const set = sets[k];
            if (!set || items(set).some((lig) => items(lig.components).every((c) => safe.has(c))))
              risky.add(g);
          });
          break;
        }
        case 5:
        case 6: {
          if (table.version === 3) {
            // coverage-based context: every position must be able to hold a safe glyph
            const input = items(type === 5 ? table.coverages : table.inputCoverage);
            const positions =
              type === 5
                ? input
                : [...items(table.backtrackCoverage), ...input, ...items(table.lookaheadCoverage)];
            if (input.length === 0) return null;
            if (positions.every(touches)) {
              const start = input[0];
              for (const g of safeOf(start)) risky.add(g);
            }
          } else {
            for (const g of safeOf(table.coverage)) risky.add(g);
          }
          break;
        }
        default:
          return null;
      }
    }
  }
  return risky;
}

/** Per font: whether each safe character (by code unit) is plain, 1, or not, 0. */
const plainChars = new WeakMap<PlainFont, Uint8Array | null>();

function plainTable(font: PlainFont): Uint8Array | null {
  let table = plainChars.get(font);
  if (table !== undefined) return table;
  table = null;
  try {
    // glyph ids from the cmap (no glyph objects are made: which characters a glyph object
    // records is decided by the text that first asks for it, as before)
    const glyphOf = new Map<number, number>();
    for (const [lo, hi] of SAFE_RANGES)
      for (let cp = lo; cp <= hi; cp++) {
        const id = font._cmapProcessor.lookup(cp);
        if (id > 0) glyphOf.set(cp, id);
      }
    const risky = riskyGlyphs(font, new Set(glyphOf.values()));
    if (risky) {
      table = new Uint8Array(0x10000);
      for (const [cp, id] of glyphOf) if (!risky.has(id)) table[cp] = 1;
    }
  } catch {
    table = null; // a table fontkit decodes otherwise than expected: shape everything
  }
  plainChars.set(font, table);
  return table;
}

/**
 * The glyphs `font.layout(text)` would give, when the text is plain for the font (see above);
 * undefined when the text must be shaped.
 */
export function plainGlyphs(font: PlainFont, text: string): Glyph[] | undefined {
  if (text === "") return undefined;
  const table = plainTable(font);
  if (!table) return undefined;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 1) return undefined;
  return font.glyphsForString(text);
}
