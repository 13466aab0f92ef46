/**
 * What importing an existing MOU yields: its text split into clauses, a proposed topic for each
 * clause with the reasons, suggested answers with the words they came from, and the parties and
 * dates found. Plain data with stable ids, so a mapping screen can show and change it; nothing
 * here is applied to a project until a person confirms it.
 */

export type SourceFormat = "docx" | "pdf" | "text";

/** One line or paragraph of the source, in reading order. */
export interface SourceLine {
  readonly text: string;
  /** 1-based page; null where the format has no pages (DOCX, pasted text). */
  readonly page: number | null;
  /** What the source said the line is, where it says (a DOCX heading style, a list item, a table cell). */
  readonly role?: "heading" | "listItem" | "tableCell";
  /** The number the word processor printed before the line (Word's automatic numbering), when known. */
  readonly listNumber?: string;
  /** How deep in nested lists the line sits (0 outermost), where the source says. */
  readonly listLevel?: number;
}

export interface SourceText {
  readonly format: SourceFormat;
  readonly lines: readonly SourceLine[];
  /** Number of pages, when the format has them. */
  readonly pages: number | null;
  /** Things the reader noticed that a person should know (e.g. a list numbered by a style it could not read). */
  readonly warnings: readonly string[];
}

/** Where a clause sits in the agreement. */
export type ClausePart = "preamble" | "body" | "signatures" | "exhibit";

export interface ImportedClause {
  /** Stable within one import: "c1", "c2", … in reading order. */
  readonly id: string;
  /** The number as printed ("1.1", "Section 4.01", "Article IV", "(a)"); null for an unnumbered paragraph. */
  readonly number: string | null;
  /** The heading printed with the clause, or the heading of the article it opens; null when none. */
  readonly heading: string | null;
  /** The clause's words, without its number and heading; verbatim but for joined lines. */
  readonly text: string;
  /** Page where the clause starts; null when unknown. */
  readonly page: number | null;
  /** 0 for an article or top-level section, 1 for its clauses, 2 for sub-clauses, and so on. */
  readonly level: number;
  /** The clause this one sits under (an article, a section), when numbered beneath one. */
  readonly parentId: string | null;
  readonly part: ClausePart;
  /** The exhibit's title ("Exhibit A: Schedule of Schools") for clauses inside an exhibit. */
  readonly exhibit: string | null;
}

/** A signal that matched a clause, and how much it counted. */
export interface SignalHit {
  /** The phrase as the topic declares it, or a word of the topic's title or clause wording. */
  readonly phrase: string;
  readonly source: "signal" | "title" | "wording";
  /** Times it occurs in the clause (heading included). */
  readonly count: number;
  /** Its share of the score. */
  readonly weight: number;
}

export interface TopicCandidate {
  readonly topicId: string;
  readonly topicTitle: string;
  readonly score: number;
  readonly reasons: readonly SignalHit[];
}

/** The topic proposed for one clause, or none ("other provisions"). */
export interface ClauseMapping {
  readonly clauseId: string;
  /** Null: the clause fits no topic and stays among the other provisions, verbatim. */
  readonly topicId: string | null;
  /** 0 to 1: how clearly the best topic wins (its score, and its lead over the next). */
  readonly confidence: number;
  /** The best three candidates, best first, with the signals that matched each. */
  readonly candidates: readonly TopicCandidate[];
  /** One sentence a screen can show: why this topic, or why none. */
  readonly why: string;
}

export type SuggestedValue = number | string | boolean;

/** A value a clause states for a field of a topic, with the words it came from. */
export interface SuggestedAnswer {
  /** "s1", "s2", … */
  readonly id: string;
  readonly clauseId: string;
  readonly topicId: string;
  /**
   * The field's key; "table.column" for a column of a table field (a cost share); null for a
   * value the MOU states that no field holds (hours per day), shown in the check-up only.
   */
  readonly fieldKey: string | null;
  readonly fieldLabel: string;
  readonly value: SuggestedValue;
  /** The value as the clause prints it: "forty (40) hours", "60%". */
  readonly printed: string;
  /** The sentence it came from, and its offsets in the clause's text (end exclusive). */
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** The value's own offsets in the clause's text, to highlight within the sentence. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** A fact about the agreement found in its title, recitals or signature blocks. */
export interface Found<T> {
  readonly value: T;
  /** The clause it came from and the words that say it. */
  readonly clauseId: string;
  readonly quote: string;
}

export interface ImportedSignatory {
  readonly side: "agency" | "district" | "other";
  readonly name: string;
  readonly title: string;
  /** The party the block is for, as printed. */
  readonly organization: string;
  readonly role: "signatory" | "approved-as-to-form" | "attest";
  readonly clauseId: string;
}

export interface ImportedParties {
  readonly agency: Found<string> | null;
  readonly district: Found<string> | null;
  readonly title: Found<string> | null;
  readonly effectiveDate: Found<string> | null;
  readonly termYears: Found<number> | null;
  readonly signatories: readonly ImportedSignatory[];
}

export interface ImportResult {
  readonly kind: "sro-mou-import";
  readonly format: 1;
  readonly source: { readonly name: string; readonly format: SourceFormat; readonly pages: number | null };
  readonly clauses: readonly ImportedClause[];
  readonly mappings: readonly ClauseMapping[];
  readonly suggestions: readonly SuggestedAnswer[];
  readonly parties: ImportedParties;
  readonly warnings: readonly string[];
}
