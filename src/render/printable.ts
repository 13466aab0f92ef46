import type { MouDocument } from "../document/ir";
import { replaceUnprintable } from "../format/printable";

function clean(value: unknown): unknown {
  if (typeof value === "string") return replaceUnprintable(value, false).text;
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clean(v);
    return out;
  }
  return value;
}

/**
 * The model with no character a format cannot carry in any of its words: the renderers' own
 * guard, after the fields, the loader and the model's `sanitizeUserText`. A line or page break
 * (form feed, vertical tab, U+0085, U+2028, U+2029) becomes a space, as a new line inside a
 * paragraph prints in the PDF; any other control, a noncharacter or a lone surrogate is dropped,
 * so an XML part of a DOCX stays readable and no PDF line overprints another.
 */
export function printableDocument(doc: MouDocument): MouDocument {
  // the model is plain data, a few levels deep, built by the assembler
  return clean(doc) as MouDocument;
}
