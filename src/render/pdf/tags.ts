import type { PDFDocument, PDFPage, PDFRef } from "pdf-lib";
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFObject } from "pdf-lib";

/**
 * An object written as prebuilt text, exactly as pdf-lib would write the dictionary or array it
 * stands for: a structure tree has an element per paragraph, list item and table cell, and pdf-lib
 * would build (and later measure and copy) a dozen objects for each. ASCII only: names, numbers
 * and references.
 */
class Prebuilt extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }
  override clone(): Prebuilt {
    return this;
  }
  override toString(): string {
    return this.text;
  }
  override sizeInBytes(): number {
    return this.text.length;
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const text = this.text;
    for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
    return text.length;
  }
}

/** pdf-lib's text of a dictionary, from its keys and values' text, in order. */
function dictText(entries: ReadonlyArray<readonly [string, string]>): string {
  let out = "<<\n";
  for (const [key, value] of entries) out += `/${key} ${value}\n`;
  return `${out}>>`;
}
/** pdf-lib's text of an array. */
function arrayText(items: readonly string[]): string {
  let out = "[ ";
  for (const item of items) out += `${item} `;
  return `${out}]`;
}

/**
 * The logical structure of a tagged PDF (ISO 32000-1, 14.7–14.8): what a screen reader reads,
 * in reading order. The renderer says which element it is drawing (`Tagging.current`); the
 * page's ink (ink.ts) wraps the text it draws in marked content with an id (MCID) that this
 * tree points to, and everything else (rules, fills, highlights, running header and footer) as
 * an artifact.
 */
export type StructType =
  | "Document"
  | "H1"
  | "H2"
  | "H3"
  | "P"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "TR"
  | "TH"
  | "TD"
  | "Div"
  | "Form";

/** Attributes written as the element's /A (owner and values): a header cell's scope, a list's numbering. */
export type StructAttributes =
  | { readonly owner: "Table"; readonly scope: "Column" | "Row" }
  | { readonly owner: "List"; readonly numbering: "Decimal" | "UpperAlpha" | "LowerAlpha" | "None" };

type Kid =
  | StructElem
  | { readonly kind: "mcid"; readonly page: number; readonly mcid: number }
  | { readonly kind: "annot"; readonly page: number; readonly ref: PDFRef; readonly key: number };

export class StructElem {
  readonly kids: Kid[] = [];
  constructor(
    readonly type: StructType,
    readonly attributes?: StructAttributes,
  ) {}
  /** A child element, after the children and content already given. */
  add(type: StructType, attributes?: StructAttributes): StructElem {
    const child = new StructElem(type, attributes);
    this.kids.push(child);
    return child;
  }
}

/** Content that is not the document's (a page's furniture): read by no screen reader. */
export interface Artifact {
  readonly artifact: "Header" | "Footer" | "Pagination";
}

export type Owner = StructElem | Artifact;

export const HEADER: Artifact = { artifact: "Header" };
export const FOOTER: Artifact = { artifact: "Footer" };
/** A table's header row repeated at the top of a page. */
export const PAGINATION: Artifact = { artifact: "Pagination" };

/** An outline (bookmark) entry: an article and where it starts. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly y: number;
}

export class Tagging {
  readonly root = new StructElem("Document");
  /** What the text drawn now belongs to. */
  current: Owner = this.root;
  /** Per page, the element each MCID belongs to (the MCID is the index). */
  private readonly marks: StructElem[][] = [];
  private readonly annots: Array<{ readonly ref: PDFRef; readonly owner: StructElem }> = [];
  readonly outline: OutlineEntry[] = [];

  /** A new MCID on page `page` for content of `owner`. */
  mark(page: number, owner: StructElem): number {
    let onPage = this.marks[page];
    if (!onPage) this.marks[page] = onPage = [];
    const mcid = onPage.length;
    onPage.push(owner);
    owner.kids.push({ kind: "mcid", page, mcid });
    return mcid;
  }

  /** An annotation (a form field's widget) as content of `owner`; returns its /StructParent key. */
  annotation(owner: StructElem, page: number, ref: PDFRef): number {
    this.annots.push({ ref, owner });
    const key = -this.annots.length; // numbered after the pages' keys, when written
    owner.kids.push({ kind: "annot", page, ref, key });
    return key;
  }

  /**
   * Writes the structure tree, the parent tree, the pages' /StructParents and /Tabs, the
   * outline and the catalog's /MarkInfo.
   */
  write(pdf: PDFDocument, pages: readonly PDFPage[]): void {
    const ctx = pdf.context;
    const pageKeys = pages.length;
    const annotKey = (key: number) => pageKeys - key - 1;
    const refs = new Map<StructElem, PDFRef>();
    const keep = (e: StructElem): boolean =>
      e.type === "TD" || e.type === "TH" || e.kids.some((k) => !(k instanceof StructElem) || keep(k));
    const assign = (e: StructElem) => {
      refs.set(e, ctx.nextRef());
      for (const k of e.kids) if (k instanceof StructElem && keep(k)) assign(k);
    };
    assign(this.root);
    const firstPage = (e: StructElem): number | undefined => {
      for (const k of e.kids) {
        const p = k instanceof StructElem ? firstPage(k) : k.page;
        if (p !== undefined) return p;
      }
      return undefined;
    };
    const pageRef = (i: number): string => (pages[i] as PDFPage).ref.toString();
    const rootRef = ctx.nextRef();
    // the elements' dictionaries, with the keys in the order pdf-lib's would have them
    const writeElem = (e: StructElem, parent: PDFRef) => {
      const ref = refs.get(e) as PDFRef;
      const pg = firstPage(e);
      const kids: string[] = [];
      for (const k of e.kids) {
        if (k instanceof StructElem) {
          const kidRef = refs.get(k);
          if (!kidRef) continue;
          writeElem(k, ref);
          kids.push(kidRef.toString());
        } else if (k.kind === "mcid") {
          kids.push(
            k.page === pg
              ? String(k.mcid)
              : dictText([
                  ["Type", "/MCR"],
                  ["Pg", pageRef(k.page)],
                  ["MCID", String(k.mcid)],
                ]),
          );
        } else {
          kids.push(
            dictText([
              ["Type", "/OBJR"],
              ["Obj", k.ref.toString()],
              ["Pg", pageRef(k.page)],
            ]),
          );
          const annot = ctx.lookup(k.ref, PDFDict);
          annot.set(PDFName.of("StructParent"), PDFNumber.of(annotKey(k.key)));
        }
      }
      const entries: Array<readonly [string, string]> = [
        ["Type", "/StructElem"],
        ["S", `/${e.type}`],
        ["P", parent.toString()],
      ];
      if (pg !== undefined) entries.push(["Pg", pageRef(pg)]);
      if (kids.length > 0) entries.push(["K", kids.length === 1 ? (kids[0] as string) : arrayText(kids)]);
      const a = e.attributes;
      if (a?.owner === "Table")
        entries.push([
          "A",
          dictText([
            ["O", "/Table"],
            ["Scope", `/${a.scope}`],
          ]),
        ]);
      if (a?.owner === "List")
        entries.push([
          "A",
          dictText([
            ["O", "/List"],
            ["ListNumbering", `/${a.numbering}`],
          ]),
        ]);
      ctx.assign(ref, new Prebuilt(dictText(entries)));
    };
    writeElem(this.root, rootRef);

    const nums: string[] = [];
    pages.forEach((page, i) => {
      page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
      const onPage = this.marks[i];
      if (!onPage || onPage.length === 0) return;
      page.node.set(PDFName.of("StructParents"), PDFNumber.of(i));
      nums.push(String(i), arrayText(onPage.map((e) => refs.get(e)?.toString() ?? "null")));
    });
    this.annots.forEach((a, n) => {
      nums.push(String(pageKeys + n), refs.get(a.owner)?.toString() ?? "null");
    });
    const parentTree = ctx.register(new Prebuilt(dictText([["Nums", arrayText(nums)]])));
    ctx.assign(
      rootRef,
      ctx.obj({
        Type: "StructTreeRoot",
        K: refs.get(this.root) as PDFRef,
        ParentTree: parentTree,
        ParentTreeNextKey: pageKeys + this.annots.length,
      }),
    );
    const catalog = pdf.catalog;
    catalog.set(PDFName.of("StructTreeRoot"), rootRef);
    catalog.set(PDFName.of("MarkInfo"), ctx.obj({ Marked: true }));
    this.writeOutline(pdf, pages);
  }

  private writeOutline(pdf: PDFDocument, pages: readonly PDFPage[]): void {
    const entries = this.outline.filter((e) => pages[e.page]);
    if (entries.length === 0) return;
    const ctx = pdf.context;
    const outlinesRef = ctx.nextRef();
    const refs = entries.map(() => ctx.nextRef());
    entries.forEach((e, i) => {
      const item = ctx.obj({
        Title: PDFHexString.fromText(e.title),
        Parent: outlinesRef,
        Dest: [(pages[e.page] as PDFPage).ref, "XYZ", null, e.y, null],
      });
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) item.set(PDFName.of("Prev"), prev);
      if (next) item.set(PDFName.of("Next"), next);
      ctx.assign(refs[i] as PDFRef, item);
    });
    ctx.assign(
      outlinesRef,
      ctx.obj({
        Type: "Outlines",
        First: refs[0] as PDFRef,
        Last: refs[refs.length - 1] as PDFRef,
        Count: entries.length,
      }),
    );
    pdf.catalog.set(PDFName.of("Outlines"), outlinesRef);
    pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
  }
}

/** Sets a form field's description (/TU): what a screen reader says for it. */
export function describeField(dict: PDFDict, description: string): void {
  dict.set(PDFName.of("TU"), PDFHexString.fromText(description));
}
