import { strFromU8, unzipSync } from "fflate";
import type { CopyText } from "./copy";
import { CopyReadError } from "./copy";

/** A part larger than this (unpacked) is not an MOU's text: refused rather than inflated. */
const MAX_PART_BYTES = 50 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Elements whose content is not printed text: deleted or moved-away text, field codes, fallbacks. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "w:instrText", "w:delInstrText", "mc:Fallback"]);

/**
 * The printed text of a WordprocessingML part (document, header or footer), a paragraph a line,
 * in document order: runs' text (w:t), tabs and breaks as spaces, tracked insertions as text and
 * tracked deletions left out, as Word shows the document with its changes accepted. List numbers
 * are not text in the file (Word computes them from the numbering definitions), so they are absent.
 * Hidden text (a run marked w:vanish) does not print, so it is left out: a clause hidden in Word is
 * missing from the copy.
 */
export function wordPartText(xml: string): string {
  const out: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  let skipping = 0;
  let inText = false;
  // the run being read, its properties, and whether they hide it
  let inRun = false;
  let inRunProps = false;
  let hidden = false;
  for (const m of xml.matchAll(tag)) {
    const [, closing, name = "", attributes = "", selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText && skipping === 0 && !hidden) out.push(decodeXml(chars));
      continue;
    }
    if (name === "w:r" && !selfClosing) {
      inRun = !closing;
      hidden = false;
    } else if (name === "w:rPr" && inRun && !selfClosing) inRunProps = !closing;
    else if (name === "w:vanish" && inRunProps && !closing)
      hidden = !/w:val="(false|0|off)"/.test(attributes);
    if (hidden) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (name === "w:t") inText = !closing && !selfClosing;
    if (skipping > 0) continue;
    if (closing && name === "w:p") out.push("\n");
    else if (!closing && (name === "w:tab" || name === "w:br" || name === "w:cr") && selfClosing)
      out.push(" ");
    else if (!closing && name === "w:noBreakHyphen") out.push("-");
  }
  return out.join("");
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The main document part a package names in its relationships (word/document.xml as Word writes it). */
function mainPart(rels: string | undefined): string {
  const target = rels
    ?.match(/<Relationship\b[^>]*>/g)
    ?.find((r) => /Type="[^"]*\/officeDocument"/.test(r))
    ?.match(/Target="([^"]+)"/)?.[1];
  return target ? target.replace(/^\//, "") : "word/document.xml";
}

/**
 * Reads the text of a DOCX: the body, and its headers and footers (where the fingerprint is
 * printed) apart from it. Only those parts are unpacked.
 */
export function extractDocx(bytes: Uint8Array): CopyText {
  const notDocx = new CopyReadError(
    "notPdfOrDocx",
    "This file is not a Word document (DOCX): it could not be opened as one.",
  );
  if (!isZip(bytes)) throw notDocx;
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  const wanted = (name: string) =>
    name === "_rels/.rels" || /^word\/(document\d*|header\d*|footer\d*)\.xml$/.test(name);
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name) && f.name !== "[Content_Types].xml") return false;
        if (f.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new CopyReadError("damaged", "This Word document could not be unpacked: it may be damaged.");
  }
  if (tooLarge)
    throw new CopyReadError(
      "tooLarge",
      "This Word document holds far more text than an MOU, so it was not read.",
    );
  const text = (name: string) => {
    const part = files[name];
    return part ? strFromU8(part) : undefined;
  };
  const body = text(mainPart(text("_rels/.rels")));
  if (body === undefined || !/wordprocessingml/.test(text("[Content_Types].xml") ?? "")) throw notDocx;
  const furniture = Object.keys(files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort()
    .map((name) => wordPartText(text(name) ?? ""))
    .join("\n");
  return { format: "docx", pages: [wordPartText(body)], furniture };
}
