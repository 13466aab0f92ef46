import * as fontkit from "fontkit";
import type { PDFDocument } from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/**
 * pdf-lib 1.17 expects the old @pdf-lib/fontkit fork, whose subsetting drops glyphs of some
 * TrueType fonts (Tinos among them: blank text in poppler). fontkit 2 subsets correctly but
 * removed `Subset.encodeStream()`; this shim gives pdf-lib that one method back.
 */
interface Subset {
  encode(): Uint8Array;
}
interface Listener {
  on(event: string, fn: (arg?: unknown) => void): Listener;
}

function withEncodeStream(subset: Subset): Subset & { encodeStream(): Listener } {
  return Object.assign(subset, {
    encodeStream(): Listener {
      const handlers = new Map<string, (arg?: unknown) => void>();
      queueMicrotask(() => {
        try {
          handlers.get("data")?.(subset.encode());
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

export const fontkitAdapter: Fontkit = {
  create(buffer: Uint8Array) {
    const font = fontkit.create(buffer as Buffer) as unknown as { createSubset(): Subset };
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => withEncodeStream(createSubset());
    // pdf-lib reads the same properties from fontkit 2's font as from its fork
    return font as unknown as ReturnType<Fontkit["create"]>;
  },
};
