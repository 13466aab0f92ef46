import { diffArrays } from "diff";
import type { MouDocument } from "../document/ir";
import type { CopyText } from "./copy";
import type { AgreedWord, CopyWord } from "./words";
import { FINGERPRINT_PATTERN, agreedWords, blockPlaces, pageWords, runningWords } from "./words";

/** A version of this MOU both Parties agreed to, as the app can print it. */
export interface AgreedVersion {
  /** As a sentence names it: "the agreed text as it stands", "the MOU signed on August 1, 2026". */
  readonly label: string;
  /** Its document model in signature-ready form, with its fingerprint. */
  readonly doc: MouDocument;
}

/** One place where the copy's words are not the agreed words. */
export interface Difference {
  /** The agreed words the copy leaves out or replaces ("" when the copy only adds words). */
  readonly agreed: string;
  /** The copy's words in their place ("" when the copy only leaves words out). */
  readonly copy: string;
  /** Where in the agreed text: "clause 5.3", "recital B", "section 5 (Staffing)". */
  readonly place: string;
  /** A few agreed words on either side, to find the place. */
  readonly before: string;
  readonly after: string;
  /** The page of the copy (a PDF's), or null. */
  readonly page: number | null;
}

interface Compared {
  readonly version: AgreedVersion;
  /** Null: the words are too different to line up (another document altogether). */
  readonly differences: readonly Difference[] | null;
}

interface Printed {
  /** The fingerprints printed in the copy, most frequent first. */
  readonly printed: readonly string[];
  /** Pages of a PDF on which no fingerprint is printed (a page swapped in, or scanned). */
  readonly pagesWithoutFingerprint: readonly number[];
}

export type CheckResult = Printed &
  (
    | { readonly kind: "match"; readonly version: AgreedVersion }
    | {
        /** The copy prints the fingerprint of an agreed version, but its words are not that version's. */
        readonly kind: "wordsDiffer";
        readonly version: AgreedVersion;
        readonly differences: readonly Difference[];
      }
    | {
        /** The words are an agreed version's, but its fingerprint is not printed (none, or another). */
        readonly kind: "fingerprintMissing";
        readonly version: AgreedVersion;
      }
    | {
        /** No agreed version's fingerprint is printed and the words differ from each; version: the closest. */
        readonly kind: "differs";
        readonly version: AgreedVersion;
        readonly differences: readonly Difference[];
      }
    | {
        /** The words do not line up with any agreed version: another document. */
        readonly kind: "unrelated";
      }
    | {
        /** No text to read: a scanned copy, or an empty file. */
        readonly kind: "noText";
      }
  );

/**
 * More changes than this and the copy is treated as another document: a bound on the diff's
 * work (it grows with the number of changes), and no one wants thousands of differences listed.
 */
const MAX_EDIT = 3_000;
/** The words around a difference that say where it is. */
const CONTEXT = 6;
/**
 * Words a signer may add in each signature block (a name, a title, a date written in a form
 * field or by hand); more than this in one place is reported as a difference.
 */
const SIGNATURE_WORDS_PER_BLOCK = 16;

/** The words of a copy, without the running header and footer of its pages. */
export function copyWords(
  copy: CopyText,
  doc: MouDocument,
  agreed: readonly AgreedWord[] = agreedWords(doc),
): CopyWord[] {
  const vocabulary = new Set(agreed.map((w) => w.key));
  const running = copy.format === "pdf" ? runningWords(doc) : [];
  return copy.pages.flatMap((text, i) =>
    pageWords(text, copy.format === "pdf" ? i + 1 : null, running, vocabulary),
  );
}

function printedFingerprints(copy: CopyText): Printed {
  const count = new Map<string, number>();
  const pagesWithoutFingerprint: number[] = [];
  copy.pages.forEach((text, i) => {
    const found = [...text.matchAll(FINGERPRINT_PATTERN)].map((m) => m[0].toUpperCase());
    if (found.length === 0 && copy.format === "pdf" && text.trim() !== "")
      pagesWithoutFingerprint.push(i + 1);
    for (const f of found) count.set(f, (count.get(f) ?? 0) + 1);
  });
  for (const m of copy.furniture.matchAll(FINGERPRINT_PATTERN)) {
    const f = m[0].toUpperCase();
    count.set(f, (count.get(f) ?? 0) + 1);
  }
  const printed = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  return { printed, pagesWithoutFingerprint: printed.length > 0 ? pagesWithoutFingerprint : [] };
}

/** A run of changes between two stretches of equal words: agreed words [a0, a1), copy words [c0, c1). */
interface Hunk {
  a0: number;
  a1: number;
  c0: number;
  c1: number;
}

function hunks(agreed: readonly AgreedWord[], copy: readonly CopyWord[]): Hunk[] | null {
  const parts = diffArrays(
    agreed.map((w) => w.key),
    copy.map((w) => w.key),
    { maxEditLength: MAX_EDIT },
  );
  if (!parts) return null;
  const out: Hunk[] = [];
  let a = 0;
  let c = 0;
  let open: Hunk | null = null;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      a += n;
      c += n;
      open = null;
      continue;
    }
    if (!open) {
      open = { a0: a, a1: a, c0: c, c1: c };
      out.push(open);
    }
    if (part.removed) a = open.a1 = a + n;
    else c = open.c1 = c + n;
  }
  return out;
}

/**
 * Differences a signed copy may rightly have: list numbers missing (a DOCX's are computed by
 * Word, not written in its text), and anything within the signature blocks (names, titles and
 * dates filled in by hand or in form fields, which text extraction reads in varying order, or
 * not at all). Everything else, the exhibits after the signatures included, must be word for word.
 */
function allowed(h: Hunk, agreed: readonly AgreedWord[], signatureBlocks: number): boolean {
  const removed = agreed.slice(h.a0, h.a1);
  const added = h.c1 - h.c0;
  if (removed.length > 0 && added === 0 && removed.every((w) => w.role === "number")) return true;
  const inSignatures =
    removed.length > 0
      ? removed.every((w) => w.role === "signature")
      : agreed[h.a0 - 1]?.role === "signature" || agreed[h.a0]?.role === "signature";
  return inSignatures && added <= SIGNATURE_WORDS_PER_BLOCK * Math.max(1, signatureBlocks);
}

function compare(copy: CopyText, version: AgreedVersion): Compared {
  const agreed = agreedWords(version.doc);
  const words = copyWords(copy, version.doc, agreed);
  const found = hunks(agreed, words);
  if (!found) return { version, differences: null };
  const places = blockPlaces(version.doc.blocks);
  const signatureBlocks = version.doc.blocks.reduce(
    (n, b) => n + (b.kind === "signatures" ? b.blocks.length : 0),
    0,
  );
  const text = (ws: readonly { word: string }[]) => ws.map((w) => w.word).join(" ");
  const differences = found
    .filter((h) => !allowed(h, agreed, signatureBlocks))
    .map((h): Difference => {
      const at = agreed[h.a0 < h.a1 ? h.a0 : Math.max(0, h.a0 - 1)];
      const page = words[h.c0]?.page ?? words[h.c0 - 1]?.page ?? null;
      return {
        agreed: text(agreed.slice(h.a0, h.a1)),
        copy: text(words.slice(h.c0, h.c1)),
        place: at ? (places[at.block] ?? "") : "",
        before: text(agreed.slice(Math.max(0, h.a0 - CONTEXT), h.a0)),
        after: text(agreed.slice(h.a1, h.a1 + CONTEXT)),
        page,
      };
    });
  return { version, differences };
}

/**
 * Says whether the text of a copy (a signed PDF or DOCX) is the text of one of the agreed
 * versions, by its printed fingerprint and word by word, and if not, where it differs.
 */
export function checkCopy(copy: CopyText, versions: readonly AgreedVersion[]): CheckResult {
  const printed = printedFingerprints(copy);
  if (copy.pages.every((p) => p.trim() === "")) return { kind: "noText", ...printed };
  const compared = versions.map((v) => compare(copy, v));
  const printedVersion = (c: Compared) =>
    printed.printed.includes(c.version.doc.meta.fingerprint?.short ?? "");
  const onlyItsPrint = (c: Compared) =>
    printed.printed.length === 1 && printed.printed[0] === c.version.doc.meta.fingerprint?.short;

  const same = compared.filter((c) => c.differences?.length === 0);
  const exact = same.find(onlyItsPrint);
  if (exact) return { kind: "match", version: exact.version, ...printed };
  const sameWords = same[0];
  if (sameWords) return { kind: "fingerprintMissing", version: sameWords.version, ...printed };

  const byPrint = compared.find(printedVersion);
  if (byPrint?.differences)
    return { kind: "wordsDiffer", version: byPrint.version, differences: byPrint.differences, ...printed };
  const closest = compared
    .filter((c): c is Compared & { differences: readonly Difference[] } => c.differences !== null)
    .sort((x, y) => x.differences.length - y.differences.length)[0];
  if (closest)
    return { kind: "differs", version: closest.version, differences: closest.differences, ...printed };
  return { kind: "unrelated", ...printed };
}
