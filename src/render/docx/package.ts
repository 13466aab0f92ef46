import { AlignmentType, Document, Footer, Header, LevelFormat, PageNumber, Paragraph, TextRun } from "docx";
import type { FileChild, ILevelsOptions, IRunOptions } from "docx";
import type { MouDocument, PagePart } from "../../document/ir";
import { scriptPieces } from "../docx-scripts";
import type { CommentSpec } from "./body";

/**
 * The docx library's document for a printable MOU, as the renderer built it before it wrote the
 * package itself (package-xml.ts): with library-body.ts, the reference the tests hold the
 * renderer to. Only the tests import it.
 */

const FONT = "Times New Roman";
const BODY_SIZE = 23; // half-points: 11.5 pt

/** Word's own numbering for the lists the model marks: sections "1.", clauses "1.1", sub-clauses "(a)"; recitals "A.". */
export const LISTS = { body: "mou-body", recitals: "mou-recitals" } as const;

function level(
  level: number,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
  left: number,
): ILevelsOptions {
  return {
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging: 720 } } },
  };
}

const NUMBERING = {
  config: [
    {
      reference: LISTS.body,
      levels: [
        level(0, LevelFormat.DECIMAL, "%1.", 720),
        // "2.1", not "2.1.": the clause numbers the PDF and the cross-references print
        level(1, LevelFormat.DECIMAL, "%1.%2", 720),
        level(2, LevelFormat.LOWER_LETTER, "(%3)", 1440),
      ],
    },
    { reference: LISTS.recitals, levels: [level(0, LevelFormat.UPPER_LETTER, "%1.", 720)] },
  ],
};

/** Runs for plain text with the given options, a run per script piece (docx-scripts.ts). */
export function scriptRuns(text: string, options: Omit<IRunOptions, "text"> = {}): TextRun[] {
  return scriptPieces(text).map((p) => new TextRun({ ...options, ...p.options, text: p.text }));
}

function pagePart(p: PagePart): string {
  if (typeof p === "string") return p;
  return p.field === "page" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES;
}

/** The library's document for a printable MOU: everything but the body, which is `children`. */
export function packageDocument(
  doc: MouDocument,
  date: Date,
  comments: readonly CommentSpec[],
  children: FileChild[],
): Document {
  const { meta } = doc;
  const print = meta.fingerprint?.short;
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: `${meta.status}, version ${meta.version}`,
    keywords: meta.keywords.join(", "),
    customProperties: [
      { name: "Agency", value: meta.agencyName },
      { name: "District", value: meta.districtName },
      { name: "Status", value: meta.status },
      { name: "Version", value: meta.version },
      ...(print ? [{ name: "Fingerprint", value: print }] : []),
    ],
    numbering: NUMBERING,
    comments: {
      children: comments.map((c) => ({
        id: c.id,
        author: meta.author,
        initials: meta.authorInitials,
        date,
        children: [new Paragraph({ children: [new TextRun(c.text)] })],
      })),
    },
    styles: {
      default: {
        document: {
          // the language a screen reader reads the MOU in (and Word's proofing uses)
          run: { font: FONT, size: BODY_SIZE, language: { value: meta.language } },
          paragraph: { spacing: { after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: "MouTitle",
          name: "MOU Title",
          basedOn: "Normal",
          run: { size: 36, bold: true },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: "MouSubtitle",
          name: "MOU Subtitle",
          basedOn: "Normal",
          run: { size: 26 },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: "Heading1",
          name: "Heading 1",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 26, bold: true },
          paragraph: { spacing: { before: 300, after: 120 }, keepNext: true },
        },
        {
          id: "Heading2",
          name: "Heading 2",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 24, bold: true },
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: scriptRuns(meta.header, { size: 18 }),
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: meta.pageLabel.map(pagePart), size: 18 })],
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: meta.footer, size: 16 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
