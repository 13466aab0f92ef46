import type { OpenItem, OpenReason } from "../project/open-items";
import type { Side } from "../project/schema";

/** Why a run is flagged, and who must act; renderers turn it into a highlight and a comment. */
export interface Flag {
  readonly reason: OpenReason;
  readonly message: string;
  readonly waitingOn: readonly Side[];
  /** The item's number in the open-items table, printed beside the flagged words: "[Open 3]". */
  readonly number?: number;
}

/** A tracked change against the baseline (annual review). */
export interface ChangeMark {
  readonly type: "ins" | "del";
  readonly author: Side;
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
    }
  | {
      /** An unanswered blank: printed as "[label: not yet answered]". */
      readonly kind: "blank";
      readonly label: string;
      readonly flags: readonly Flag[];
    };

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

export type Block =
  | { readonly kind: "title"; readonly lines: readonly string[] }
  | { readonly kind: "heading"; readonly number: string | null; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: "paragraph"; readonly inlines: readonly Inline[]; readonly align?: "center" | "left" }
  | {
      readonly kind: "clause";
      readonly level: 1 | 2;
      /** Printed number: "3.1" or "(a)". */
      readonly number: string;
      readonly inlines: readonly Inline[];
      readonly topicId: string | null;
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
  | { readonly kind: "signatures"; readonly blocks: readonly SignatureBlock[] }
  | { readonly kind: "pageBreak" };

export type DocumentMode = "draft" | "final";

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly agencyName: string;
  readonly districtName: string;
  readonly status: "Draft" | "Signature-ready" | "Annual review";
  readonly version: string;
  /** Running header on every page. */
  readonly header: string;
}

export interface MouDocument {
  readonly meta: DocumentMeta;
  readonly mode: DocumentMode;
  readonly blocks: readonly Block[];
  readonly openItems: readonly OpenItem[];
}

/** How a blank prints. One place, so every renderer and the text comparison agree. */
/** A run of plain text, with any style or flags given. */
export function text(t: string, extra: Partial<Extract<Inline, { kind: "text" }>> = {}): Inline {
  return { kind: "text", text: t, ...extra };
}

export function blankText(label: string): string {
  return `[${label}: not yet answered]`;
}

export function inlineText(inline: Inline): string {
  return inline.kind === "blank" ? blankText(inline.label) : inline.text;
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
