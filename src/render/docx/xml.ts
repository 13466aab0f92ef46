/**
 * The WordprocessingML the DOCX renderer writes itself (body.ts), element by element, in the form
 * the docx library writes it: the same element and attribute order, the same escaping, an empty
 * element closed on itself. test/unit/docx-writer.test.ts holds each document to the library's
 * own output, byte for byte.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Escapes text and attribute values as the library does; control characters XML cannot hold are dropped. */
export function esc(value: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");
}

/** Run properties the renderer sets; each is written only when given, as the library writes them. */
export interface RunProps {
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  /** Half-points. */
  readonly size?: number | undefined;
  readonly highlight?: string | undefined;
  readonly rightToLeft?: boolean | undefined;
  readonly font?: { readonly cs?: string; readonly eastAsia?: string; readonly hint?: string } | undefined;
  readonly language?:
    { readonly value?: string; readonly eastAsia?: string; readonly bidirectional?: string } | undefined;
}

const onOff = (name: string, value: boolean): string => (value ? `<${name}/>` : `<${name} w:val="false"/>`);

function attrs(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  let out = "";
  for (const [key, value] of pairs) if (value !== undefined) out += ` ${key}="${esc(value)}"`;
  return out;
}

/** w:rPr, or nothing when no property is set. */
export function runProps(p: RunProps): string {
  let out = "";
  if (p.font)
    out += `<w:rFonts${attrs([
      ["w:cs", p.font.cs],
      ["w:eastAsia", p.font.eastAsia],
      ["w:hint", p.font.hint],
    ])}/>`;
  if (p.bold !== undefined) out += onOff("w:b", p.bold) + onOff("w:bCs", p.bold);
  if (p.italics !== undefined) out += onOff("w:i", p.italics) + onOff("w:iCs", p.italics);
  if (p.size !== undefined) out += `<w:sz w:val="${p.size}"/>`;
  if (p.size) out += `<w:szCs w:val="${p.size}"/>`;
  if (p.highlight) out += `<w:highlight w:val="${p.highlight}"/>`;
  if (p.rightToLeft !== undefined) out += onOff("w:rtl", p.rightToLeft);
  if (p.language) {
    const { value, eastAsia, bidirectional } = p.language;
    out += `<w:lang${attrs([
      ["w:val", value],
      ["w:eastAsia", eastAsia],
      ["w:bidi", bidirectional],
    ])}/>`;
  }
  return out === "" ? "" : `<w:rPr>${out}</w:rPr>`;
}

/** A run of text (w:t, spaces kept). */
export const textRun = (text: string, p: RunProps): string =>
  `<w:r>${runProps(p)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A run of deleted text (w:delText); a run with no text is written empty, as the library does. */
export function deletedRun(text: string, p: RunProps): string {
  const inner = runProps(p) + (text ? `<w:delText xml:space="preserve">${esc(text)}</w:delText>` : "");
  return inner === "" ? "<w:r/>" : `<w:r>${inner}</w:r>`;
}

export const change = (
  tag: "w:ins" | "w:del",
  id: number,
  author: string,
  date: string,
  run: string,
): string => `<${tag} w:id="${id}" w:author="${esc(author)}" w:date="${esc(date)}">${run}</${tag}>`;

export const bookmarkStart = (name: string, id: number): string =>
  `<w:bookmarkStart w:name="${esc(name)}" w:id="${id}"/>`;
export const bookmarkEnd = (id: number): string => `<w:bookmarkEnd w:id="${id}"/>`;
export const commentStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
export const commentEnd = (id: number): string => `<w:commentRangeEnd w:id="${id}"/>`;
export const commentReference = (id: number): string => `<w:r><w:commentReference w:id="${id}"/></w:r>`;

/** Word's PAGEREF field to a bookmark, as a hyperlink, marked dirty so Word works the page out. */
export const pageRefRun = (target: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF ${esc(target)} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>`;

export const pageBreakParagraph = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** A paragraph of the given properties (the inside of w:pPr) and content; empty, it closes on itself. */
export function paragraph(props: string, content: string): string {
  const inner = (props === "" ? "" : `<w:pPr>${props}</w:pPr>`) + content;
  return inner === "" ? "<w:p/>" : `<w:p>${inner}</w:p>`;
}

export const pStyle = (id: string): string => `<w:pStyle w:val="${esc(id)}"/>`;
export const numPr = (level: number, numId: number): string =>
  `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
export const leftTab = (position: number): string =>
  `<w:tabs><w:tab w:val="left" w:pos="${position}"/></w:tabs>`;
export const jc = (value: "center" | "both" | "left" | "right"): string => `<w:jc w:val="${value}"/>`;
