import * as fontkit from "fontkit";
import type { PDFDocument } from "pdf-lib";
import type { PlainFont } from "./plain-glyphs";
import { plainGlyphs } from "./plain-glyphs";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/**
 * pdf-lib 1.17 expects the old @pdf-lib/fontkit fork, whose subsetting drops glyphs of some
 * TrueType fonts (Tinos among them: blank text in poppler). fontkit 2 subsets correctly but
 * removed `Subset.encodeStream()`; this shim gives pdf-lib that one method back.
 */
interface Subset {
  /** The original ids of the glyphs included so far, in the order of their new ids. */
  readonly glyphs: readonly number[];
  encode(): Uint8Array;
}
interface Listener {
  on(event: string, fn: (arg?: unknown) => void): Listener;
}

/**
 * Encoded subsets of one font, by the glyphs they hold: a subset is the same file whenever the
 * same glyphs were asked for in the same order (the next export of the same MOU, an MOU whose
 * words use the same letters), so it is built once.
 */
type SubsetCache = Map<string, Uint8Array>;

function withEncodeStream(subset: Subset, cache: SubsetCache): Subset & { encodeStream(): Listener } {
  return Object.assign(subset, {
    encodeStream(): Listener {
      const handlers = new Map<string, (arg?: unknown) => void>();
      queueMicrotask(() => {
        try {
          const key = subset.glyphs.join(",");
          let bytes = cache.get(key);
          if (!bytes) {
            bytes = subset.encode();
            if (cache.size >= 16) cache.clear();
            cache.set(key, bytes);
          }
          handlers.get("data")?.(bytes);
          handlers.get("end")?.();
        } catch (error) {
          handlers.get("error")?.(error);
        }
      });
      const listener: Listener = {
        on(event, fn) {
          handlers.set(event, fn);
          return listener;
        },
      };
      return listener;
    },
  });
}

type Layout = (text: string, features?: unknown) => unknown;

/**
 * pdf-lib shapes every measured and drawn string anew (fontkit's OpenType layout), and an MOU
 * repeats the same words thousands of times: remembering each word's glyph run makes rendering
 * an order of magnitude faster. Glyph runs are read-only to pdf-lib. A word no substitution can
 * change gets its glyphs from the cmap, unshaped (plain-glyphs.ts): the same glyphs; what it
 * skips is the glyphs' positioning, which neither pdf-lib nor the line breaker reads.
 */
function memoizeLayout(font: PlainFont, layout: Layout): Layout {
  const cache = new Map<string, unknown>();
  return (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = cache.get(text);
    if (run === undefined) {
      const glyphs = plainGlyphs(font, text);
      run = glyphs ? { glyphs, direction: "ltr" } : layout(text);
      if (cache.size > 50_000) cache.clear();
      cache.set(text, run);
    }
    return run;
  };
}

/** fontkit's decoded tables and where each table lies in the file. */
interface Tables {
  readonly _tables: Record<string, unknown>;
  readonly directory: {
    readonly tables: Readonly<Record<string, { readonly offset: number; readonly length: number }>>;
  };
  _decodeTable(entry: { readonly offset: number; readonly length: number }): unknown;
}

/**
 * The 'post' table's header, read from the file; the rest of the table (every glyph's name,
 * which fontkit decodes with it, thousands of strings) only when something asks for it. pdf-lib
 * reads the header alone (italic angle, fixed pitch) for the font descriptor.
 */
function lazyPost(font: Tables, bytes: Uint8Array): void {
  const entry = font.directory.tables.post;
  if (!entry || entry.length < 32 || "post" in font._tables) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  const header: Record<string, number> = {
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: object | undefined;
  const full = (): object => (whole ??= (font._decodeTable(entry) as object | undefined) ?? {});
  font._tables.post = new Proxy(header, {
    get: (target, key) => (typeof key === "string" && key in target ? target[key] : Reflect.get(full(), key)),
    has: (target, key) => key in target || key in full(),
  });
}

// parsed fonts are kept per byte buffer, so repeated exports reuse their shaping cache
const parsed = new WeakMap<Uint8Array, unknown>();

export const fontkitAdapter: Fontkit = {
  create(buffer: Uint8Array) {
    const known = parsed.get(buffer);
    if (known) return known as ReturnType<Fontkit["create"]>;
    const font = fontkit.create(buffer as Buffer) as unknown as PlainFont & {
      createSubset(): Subset;
      layout: Layout;
    };
    const createSubset = font.createSubset.bind(font);
    const subsets: SubsetCache = new Map();
    font.createSubset = () => withEncodeStream(createSubset(), subsets);
    font.layout = memoizeLayout(font, font.layout.bind(font));
    lazyPost(font as unknown as Tables, buffer);
    parsed.set(buffer, font);
    // pdf-lib reads the same properties from fontkit 2's font as from its fork
    return font as unknown as ReturnType<Fontkit["create"]>;
  },
};
