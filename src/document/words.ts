import type { Flag, PagePart, PartySide, SignatureLabels } from "./ir";

/**
 * The words the document prints around its clauses: who a flag waits on, the page label, the
 * footers, the signature labels and the file properties. One place, so every renderer prints
 * the same words and none writes its own.
 */

export const SIDE_NAMES: Record<PartySide, string> = { agency: "Agency", district: "District" };

/** "the Agency and the District" */
export function whoMustAct(sides: readonly PartySide[]): string {
  return sides.map((s) => `the ${SIDE_NAMES[s]}`).join(" and ");
}

/** The words of a flag's comment or margin note: the reason, the message, and who must act. */
export function flagComment(label: string, message: string, waitingOn: readonly PartySide[]): string {
  return `${label}: ${message} Who must act: ${whoMustAct(waitingOn)}.`;
}

/** A flag with its comment written out. */
export function makeFlag(
  label: string,
  message: string,
  waitingOn: readonly PartySide[],
  number?: number,
): Flag {
  return {
    label,
    message,
    waitingOn,
    comment: flagComment(label, message, waitingOn),
    ...(number !== undefined ? { number } : {}),
  };
}

export const PAGE_LABEL: readonly PagePart[] = ["Page ", { field: "page" }, " of ", { field: "pages" }];

export const DRAFT_FOOTER = "DRAFT: not for signature";

export function fingerprintFooter(short: string): string {
  return `Fingerprint of the agreed text: ${short}`;
}

export const SIGNATURE_LABELS: SignatureLabels = {
  signature: "Signature",
  name: "Name:",
  title: "Title:",
  date: "Date",
};

export const AUTHOR = "SRO MOU Wizard";
export const AUTHOR_INITIALS = "MW";
export const LANGUAGE = "en-US";
