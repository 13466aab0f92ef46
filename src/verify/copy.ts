/** The text of a copy of the MOU as read from a file, before it is compared. */
export interface CopyText {
  readonly format: "pdf" | "docx";
  /**
   * The text of each page in reading order (a PDF), or of the body as one page (a DOCX, whose
   * pages are laid out by the word processor). A PDF's pages still hold their running header,
   * page label and footer; the comparison takes those out.
   */
  readonly pages: readonly string[];
  /** Text printed around the body that is not on its pages: a DOCX's header and footer parts. */
  readonly furniture: string;
}

/** Why a file could not be read as a copy of the MOU, in words for the person who chose it. */
export class CopyReadError extends Error {
  constructor(
    readonly reason: "tooLarge" | "notPdfOrDocx" | "damaged" | "encrypted" | "tooManyPages",
    message: string,
  ) {
    super(message);
    this.name = "CopyReadError";
  }
}

/** The largest file checked: a signed MOU with scanned pages is a few MB; far larger is not one. */
export const MAX_COPY_BYTES = 30 * 1024 * 1024;
/** More pages than any MOU has: a larger file is refused rather than read for minutes. */
export const MAX_COPY_PAGES = 500;

/** What a file is by its first bytes, whatever its name says. */
export function sniffCopy(bytes: Uint8Array): "pdf" | "docx" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "docx";
  // "%PDF-" within the first kilobyte, as PDF readers accept it
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-") ? "pdf" : null;
}
