/**
 * The document model: every word of the MOU, and the words around it (running header, page
 * label, footer, signature labels, comments, authors), so renderers decide layout only. It
 * imports nothing from the project or the topics: a renderer sees only this.
 */

export type PartySide = "agency" | "district";

/** Why a run is flagged, and who must act; renderers turn it into a highlight and a comment. */
export interface Flag {
  /** "Objection", "Required answer missing", … */
  readonly label: string;
  readonly message: string;
  readonly waitingOn: readonly PartySide[];
  /** The words of the comment or margin note: the reason, the message and who must act. */
  readonly comment: string;
  /** The item's number in the open-items table, printed beside the flagged words: "[Open 3]". */
  readonly number?: number;
}

/** A tracked change against the baseline (annual review). */
export interface ChangeMark {
  readonly type: "ins" | "del";
  readonly author: PartySide;
  /** The author's name as the change shows it: "Agency". */
  readonly authorName: string;
  readonly date: string;
}

export type Inline =
  | {
      readonly kind: "text";
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly flags?: readonly Flag[];
      readonly change?: ChangeMark;
      /** Names a page reference can point to (bookmarks in Word): the page of these words. */
      readonly anchors?: readonly string[];
    }
  | {
      /** An unanswered blank: printed as "[label: not yet answered]". */
      readonly kind: "blank";
      readonly label: string;
      readonly flags: readonly Flag[];
    }
  | {
      /**
       * The number of the page where the block anchored `target` starts, as the format lays it
       * out; a format without pages prints PAGELESS.
       */
      readonly kind: "pageRef";
      readonly target: string;
    };

/** What a page reference prints in a format that has no pages (plain text, the preview). */
export const PAGELESS = "—";

export interface SignatureBlock {
  /** The line above the block, saying for whom and in what capacity: "For the District", "Approved as to form for the Agency". */
  readonly caption: string;
  readonly name: string;
  readonly title: string;
  /** The first block of a Party: it starts a new row, so no row mixes two Parties. */
  readonly startsParty: boolean;
  /** Stable id for fillable PDF fields. */
  readonly id: string;
}

/** The printed labels of a signature block. */
export interface SignatureLabels {
  readonly signature: string;
  readonly name: string;
  readonly title: string;
  readonly date: string;
}

/**
 * A number that is the next of a numbered list at a level (sections 0, clauses 1, sub-clauses 2),
 * so a word processor can number it itself and renumber when a clause is inserted; the printed
 * number is the one it computes.
 */
export interface ListPlace {
  readonly list: "body" | "recitals";
  readonly level: 0 | 1 | 2;
}

export type Block =
  | { readonly kind: "title"; readonly lines: readonly string[] }
  | {
      readonly kind: "heading";
      readonly number: string | null;
      readonly text: string;
      readonly level: 1 | 2;
      readonly listed?: ListPlace;
    }
  | {
      readonly kind: "paragraph";
      readonly inlines: readonly Inline[];
      readonly align?: "center" | "left";
    }
  | {
      readonly kind: "clause";
      readonly level: 1 | 2;
      /** Printed number: "3.1" or "(a)". */
      readonly number: string;
      readonly inlines: readonly Inline[];
      readonly topicId: string | null;
      readonly listed?: ListPlace;
    }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: ReadonlyArray<ReadonlyArray<readonly Inline[]>>;
      /** Relative column widths. */
      readonly widths: readonly number[];
      /** The table of open items at the front of a draft, whose clause column is filled last. */
      readonly role?: "openItems";
    }
  | {
      readonly kind: "signatures";
      readonly blocks: readonly SignatureBlock[];
      readonly labels: SignatureLabels;
    }
  | { readonly kind: "pageBreak" };

export type DocumentMode = "draft" | "final";

/** A piece of the page label: words, or the page's number, or the number of pages. */
export type PagePart = string | { readonly field: "page" | "pages" };

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly agencyName: string;
  readonly districtName: string;
  readonly status: "Draft" | "Signature-ready" | "Annual review";
  readonly version: string;
  /** Running header on every page. */
  readonly header: string;
  /** Centred at the foot of every page: "Page 3 of 12". */
  readonly pageLabel: readonly PagePart[];
  /** Below the page label: the draft warning, or the fingerprint of a signature-ready MOU. */
  readonly footer: string;
  /** SHA-256 of the words of a signature-ready MOU (see fingerprintOf); absent from drafts. */
  readonly fingerprint?: { readonly full: string; readonly short: string };
  /** Whether changes against the signed MOU are shown as tracked changes (an annual review's draft). */
  readonly redline: boolean;
  /** The document's author and producer, as file properties name them. */
  readonly author: string;
  readonly authorInitials: string;
  readonly keywords: readonly string[];
  /** BCP 47 language of the text. */
  readonly language: string;
}

/** An open item as the document lists it. */
export interface DocumentOpenItem {
  readonly topicId: string;
  readonly topicTitle: string;
}

export interface MouDocument {
  readonly meta: DocumentMeta;
  readonly mode: DocumentMode;
  readonly blocks: readonly Block[];
  readonly openItems: readonly DocumentOpenItem[];
}

/** "Page 3 of 12", for renderers that number pages themselves. */
export function pageLabelText(parts: readonly PagePart[], page: number, pages: number): string {
  return parts
    .map((p) => (typeof p === "string" ? p : p.field === "page" ? String(page) : String(pages)))
    .join("");
}

/** How a blank prints. One place, so every renderer and the text comparison agree. */
/** A run of plain text, with any style or flags given. */
export function text(t: string, extra: Partial<Extract<Inline, { kind: "text" }>> = {}): Inline {
  return { kind: "text", text: t, ...extra };
}

export function blankText(label: string): string {
  return `[${label}: not yet answered]`;
}

/** The open items a run is flagged with. */
export function inlineFlags(inline: Inline): readonly Flag[] {
  return inline.kind === "blank" ? inline.flags : inline.kind === "text" ? (inline.flags ?? []) : [];
}

export function inlineText(inline: Inline): string {
  switch (inline.kind) {
    case "blank":
      return blankText(inline.label);
    case "pageRef":
      return PAGELESS;
    case "text":
      return inline.text;
  }
}

/** Signature blocks two to a row, a new row for each Party's first block. */
export function signatureRows(blocks: readonly SignatureBlock[]): SignatureBlock[][] {
  const rows: SignatureBlock[][] = [];
  for (const b of blocks) {
    const last = rows.at(-1);
    if (!last || b.startsParty || last.length === 2) rows.push([b]);
    else last.push(b);
  }
  return rows;
}
