import type { PDFFont } from "pdf-lib";
import type { DocumentMeta } from "../../document/ir";
import { pageLabelText } from "../../document/ir";
import { drawLine } from "./draw-line";
import type { PageInk } from "./ink";
import type { Tagging } from "./tags";
import { FOOTER, HEADER } from "./tags";
import type { FontSet, Line } from "./text-layout";
import { toWords, wrap } from "./text-layout";

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly marginX: number;
  readonly textWidth: number;
}

/**
 * The running header, the page label and the footer (the draft warning or the fingerprint) on
 * every page, as artifacts of the tagged PDF: a page's furniture, not the document's words.
 * Names in them may be of any script.
 */
export function drawRunning(
  pages: ReadonlyArray<PageInk | null>,
  meta: DocumentMeta,
  fonts: FontSet,
  regular: PDFFont,
  tags: Tagging,
  geometry: PageGeometry,
): void {
  const oneLine = (text: string, size: number): Line =>
    wrap(
      toWords([{ kind: "text", text }], fonts, size),
      Number.POSITIVE_INFINITY,
      regular.widthOfTextAtSize(" ", size),
    )[0] ?? {
      words: [],
      width: 0,
      last: true,
      rtl: false,
    };
  const plainLine = (size: number) => ({
    x: 0,
    baseline: 0,
    maxWidth: 0,
    justify: false,
    size,
    space: regular.widthOfTextAtSize(" ", size),
    draft: false,
    markerX: 0,
  });
  const small = 8;
  pages.forEach((ink, i) => {
    if (!ink) return;
    // the running header stays on one line: long party names get smaller type
    const header = meta.header;
    const full = oneLine(header, small);
    const headerSize = Math.min(small, (small * geometry.textWidth) / Math.max(full.width, 1));
    const headerLine = headerSize === small ? full : oneLine(header, headerSize);
    tags.current = HEADER;
    drawLine(ink, headerLine, {
      ...plainLine(headerSize),
      x: geometry.width - geometry.marginX - headerLine.width,
      baseline: geometry.height - 42,
      maxWidth: headerLine.width,
    });
    const num = oneLine(pageLabelText(meta.pageLabel, i + 1, pages.length), small);
    tags.current = FOOTER;
    drawLine(ink, num, {
      ...plainLine(small),
      x: (geometry.width - num.width) / 2,
      baseline: 40,
      maxWidth: num.width,
    });
    const foot = oneLine(meta.footer, 7);
    drawLine(ink, foot, {
      ...plainLine(7),
      x: (geometry.width - foot.width) / 2,
      baseline: 28,
      maxWidth: foot.width,
    });
  });
}
