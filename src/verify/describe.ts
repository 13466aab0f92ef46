import type { CheckResult, Difference } from "./compare";

/** How the result reads in the app: one sentence, then the details as a list. */
export interface CheckReport {
  /** "match": the copy is an agreed version; "differs": it is not, or cannot be shown to be. */
  readonly tone: "match" | "caution" | "differs";
  readonly headline: string;
  readonly details: readonly string[];
}

/** Differences listed in full; the rest are counted. */
const SHOWN = 5;
/** A long change is quoted by its first words. */
const QUOTED_WORDS = 25;

function quote(words: string): string {
  const list = words.split(" ");
  return list.length > QUOTED_WORDS ? `“${list.slice(0, QUOTED_WORDS).join(" ")} …”` : `“${words}”`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

function list(items: readonly (string | number)[]): string {
  const s = items.map(String);
  return s.length <= 1 ? (s[0] ?? "") : `${s.slice(0, -1).join(", ")} and ${s.at(-1)}`;
}

/** One difference in words: "Clause 5.3 (page 7): the copy says “30” where the agreed text says “90”." */
export function describeDifference(d: Difference): string {
  const where = `Near ${d.place}${d.page !== null ? ` (page ${d.page} of the copy)` : ""}`;
  const after = d.before ? ` after “…${d.before}”` : d.after ? ` before “${d.after}…”` : "";
  if (d.agreed && d.copy)
    return `${where}: the copy says ${quote(d.copy)} where the agreed text says ${quote(d.agreed)}${after}.`;
  if (d.agreed) return `${where}: the copy leaves out ${quote(d.agreed)}${after}.`;
  return `${where}: the copy adds ${quote(d.copy)}${after}.`;
}

function differenceLines(differences: readonly Difference[]): string[] {
  const shown = differences.slice(0, SHOWN).map(describeDifference);
  const rest = differences.length - shown.length;
  return rest > 0 ? [...shown, `… and ${plural(rest, "more difference")}.`] : shown;
}

/** The words the app shows for the result of checking a copy named `fileName`. */
export function describeCheck(result: CheckResult, fileName: string): CheckReport {
  const file = `“${fileName}”`;
  const others = result.printed;
  const missingPages =
    result.pagesWithoutFingerprint.length > 0
      ? [
          `${result.pagesWithoutFingerprint.length === 1 ? "Page" : "Pages"} ${list(result.pagesWithoutFingerprint)} of the copy ${result.pagesWithoutFingerprint.length === 1 ? "carries" : "carry"} no fingerprint: look at ${result.pagesWithoutFingerprint.length === 1 ? "it" : "them"} closely (a page printed from another file, or scanned).`,
        ]
      : [];
  switch (result.kind) {
    case "match": {
      const print = result.version.doc.meta.fingerprint?.short ?? "";
      return {
        tone: "match",
        headline: `${file} matches ${result.version.label}: its words are the agreed words, and it carries the fingerprint ${print}.`,
        details: [
          ...missingPages,
          "The names, titles and dates in the signature blocks are not compared: they are filled in when signing.",
        ],
      };
    }
    case "fingerprintMissing": {
      const print = result.version.doc.meta.fingerprint?.short ?? "";
      return {
        tone: "caution",
        headline: `The words of ${file} match ${result.version.label}, but ${
          others.length === 0
            ? "it carries no fingerprint"
            : `it carries ${others.length === 1 ? "the fingerprint" : "the fingerprints"} ${list(others)}`
        } where ${print} belongs.`,
        details: [
          others.length === 0
            ? "Its footer may have been left off when it was printed or retyped; the words themselves are the agreed ones."
            : "A footer that does not belong to these words: ask where this copy was printed from.",
          ...missingPages,
        ],
      };
    }
    case "wordsDiffer":
      return {
        tone: "differs",
        headline: `${file} carries the fingerprint of ${result.version.label} (${result.version.doc.meta.fingerprint?.short ?? ""}), but its words differ from that text in ${plural(result.differences.length, "place")}.`,
        details: [...differenceLines(result.differences), ...missingPages],
      };
    case "differs":
      return {
        tone: "differs",
        headline: `${file} does not match ${result.version.label}: its words differ in ${plural(result.differences.length, "place")}.`,
        details: [
          ...(others.length > 0
            ? [
                `It carries ${others.length === 1 ? "the fingerprint" : "the fingerprints"} ${list(others)}, which is not that of any agreed version of this MOU.`,
              ]
            : ["It carries no fingerprint of an agreed version of this MOU."]),
          ...differenceLines(result.differences),
        ],
      };
    case "unrelated":
      return {
        tone: "differs",
        headline: `${file} is not a copy of this MOU: its words are too different from every agreed version to compare.`,
        details: others.length > 0 ? [`It carries the fingerprint ${list(others)}.`] : [],
      };
    case "noText":
      return {
        tone: "caution",
        headline: `${file} has no text to read: it may be a scan or a photograph of the pages.`,
        details: [
          "Its words cannot be checked here. Compare the fingerprint printed at the foot of each page with the one both Parties agreed, or check the file the scan was printed from.",
        ],
      };
  }
}
