import type { MouDocument, PagePart } from "../../document/ir";
import { scriptPieces } from "../docx-scripts";
import type { Body, ListName } from "./body";
import { documentXml } from "./document-xml";
import * as C from "./package-constants";
import { esc, paragraph, jc, runProps, textRun } from "./xml";

/**
 * Every part of the DOCX package, written from the document model and its body (body.ts), as the
 * docx library writes them for this renderer's document (library-body.ts and package.ts, which
 * test/unit/docx-writer.test.ts holds these to, byte for byte): the parts that do not change with
 * the MOU are the library's own text (package-constants.ts); the properties, comments, header,
 * footer, styles' language and numbering are written here.
 */

/** Word's w:abstractNumId of each list, and the levels it has (package.ts's NUMBERING). */
const ABSTRACT: Readonly<Record<ListName, { readonly id: number; readonly levels: number }>> = {
  body: { id: 2, levels: 3 },
  recitals: { id: 3, levels: 1 },
};

/** numbering.xml: a w:num for each list, numbered 2, 3, … in the order the body first uses them. */
function numbering(lists: readonly ListName[]): string {
  let out = C.NUMBERING_HEAD;
  lists.forEach((list, i) => {
    const { id, levels } = ABSTRACT[list];
    out += `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="${id}"/>`;
    for (let level = 0; level < levels; level++)
      out += `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`;
    out += "</w:num>";
  });
  return `${out}</w:numbering>`;
}

const element = (name: string, value: string): string => (value ? `<${name}>${esc(value)}</${name}>` : "");

function core(doc: MouDocument, created: Date): string {
  const { meta } = doc;
  const stamp = created.toISOString();
  return (
    C.CORE_OPEN +
    element("dc:title", meta.title) +
    element("dc:subject", meta.subject) +
    element("dc:creator", meta.author) +
    element("cp:keywords", meta.keywords.join(", ")) +
    element("dc:description", `${meta.status}, version ${meta.version}`) +
    element("cp:lastModifiedBy", meta.author) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

function custom(doc: MouDocument): string {
  const { meta } = doc;
  const print = meta.fingerprint?.short;
  const properties: Array<[string, string]> = [
    ["Agency", meta.agencyName],
    ["District", meta.districtName],
    ["Status", meta.status],
    ["Version", meta.version],
    ...(print ? [["Fingerprint", print] as [string, string]] : []),
  ];
  const items = properties.map(
    ([name, value], i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(name)}"><vt:lpwstr>${esc(value)}</vt:lpwstr></property>`,
  );
  return `${C.CUSTOM_OPEN}${items.join("")}</Properties>`;
}

function comments(doc: MouDocument, body: Body, date: Date): string {
  const { author, authorInitials } = doc.meta;
  const stamp = date.toISOString();
  const items = body.comments.map(
    (c) =>
      `<w:comment w:id="${c.id}" w:initials="${esc(authorInitials)}" w:author="${esc(author)}" w:date="${stamp}">` +
      `${paragraph("", textRun(c.text, {}))}</w:comment>`,
  );
  return `${C.COMMENTS_OPEN}${items.join("")}</w:comments>`;
}

function header(doc: MouDocument): string {
  let runs = "";
  for (const p of scriptPieces(doc.meta.header)) runs += textRun(p.text, { size: 18, ...p.options });
  return `${C.HEADER_OPEN}${paragraph(jc("right"), runs)}</w:hdr>`;
}

const FIELD: Readonly<Record<"page" | "pages", string>> = { page: "PAGE", pages: "NUMPAGES" };

/**
 * The page label's runs, as the library splits a run holding page fields: text joins the run it
 * is in; a field's begin joins a run that holds nothing yet, and each of its other parts is a run
 * of its own; what follows a field starts a new run.
 */
function pageLabel(parts: readonly PagePart[], props: string): string {
  let out = "";
  let open = "";
  const close = () => {
    if (open !== "") out += `<w:r>${props}${open}</w:r>`;
    open = "";
  };
  const run = (content: string) => (out += `<w:r>${props}${content}</w:r>`);
  for (const part of parts) {
    if (typeof part === "string") {
      open += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
      continue;
    }
    const begin = '<w:fldChar w:fldCharType="begin"/>';
    if (open === "") run(begin);
    else {
      close();
      run(begin);
    }
    run(`<w:instrText xml:space="preserve">${FIELD[part.field]}</w:instrText>`);
    run('<w:fldChar w:fldCharType="separate"/>');
    run('<w:fldChar w:fldCharType="end"/>');
  }
  close();
  return out === "" ? `<w:r>${props}</w:r>` : out;
}

function footer(doc: MouDocument): string {
  const { meta } = doc;
  return (
    C.FOOTER_OPEN +
    paragraph(jc("center"), pageLabel(meta.pageLabel, runProps({ size: 18 }))) +
    paragraph(jc("center"), textRun(meta.footer, { size: 16 })) +
    "</w:ftr>"
  );
}

/** The package's parts, by path, in the order the library zips them. */
export function packageParts(
  doc: MouDocument,
  body: Body,
  date: Date,
  created: Date,
): Array<[string, string]> {
  const hasComments = body.comments.length > 0;
  return [
    ["word/_rels/document.xml.rels", hasComments ? C.DOCUMENT_RELS_COMMENTS : C.DOCUMENT_RELS],
    ["word/document.xml", documentXml(body.xml, hasComments)],
    ["word/styles.xml", `${C.STYLES_HEAD}<w:lang w:val="${esc(doc.meta.language)}"/>${C.STYLES_TAIL}`],
    ["docProps/core.xml", core(doc, created)],
    ["_rels/.rels", C.PACKAGE_RELS],
    ["word/_rels/header1.xml.rels", C.HEADER_RELS],
    ["word/_rels/footer1.xml.rels", C.FOOTER_RELS],
    ["word/header1.xml", header(doc)],
    ["word/footer1.xml", footer(doc)],
    ["docProps/custom.xml", custom(doc)],
    ["docProps/app.xml", C.APP],
    ["word/footnotes.xml", C.FOOTNOTES],
    ["word/_rels/footnotes.xml.rels", C.FOOTNOTES_RELS],
    ["word/endnotes.xml", C.ENDNOTES],
    ["word/_rels/endnotes.xml.rels", C.ENDNOTES_RELS],
    ["word/settings.xml", C.SETTINGS],
    ...(hasComments
      ? ([
          ["word/comments.xml", comments(doc, body, date)],
          ["word/_rels/comments.xml.rels", C.COMMENTS_RELS],
        ] as Array<[string, string]>)
      : []),
    ["word/fontTable.xml", C.FONT_TABLE],
    ["word/_rels/fontTable.xml.rels", C.FONT_TABLE_RELS],
    ["word/theme/theme1.xml", C.THEME],
    ["word/numbering.xml", numbering(body.lists)],
    [
      "[Content_Types].xml",
      C.CONTENT_TYPES_HEAD + (hasComments ? C.CONTENT_TYPES_COMMENTS : "") + C.CONTENT_TYPES_TAIL,
    ],
  ];
}
