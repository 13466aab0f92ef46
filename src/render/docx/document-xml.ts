/**
 * The frame of word/document.xml around the body (body.ts), as the docx library writes it for
 * this renderer's one section: its declaration, the w:document element with the namespaces the
 * library declares, and the section's properties (A4, 1-inch margins, the default header and
 * footer). test/unit/docx-writer.test.ts holds it to the library's own output.
 */

const NAMESPACES: ReadonlyArray<readonly [string, string]> = [
  ["wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"],
  ["mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"],
  ["o", "urn:schemas-microsoft-com:office:office"],
  ["r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"],
  ["m", "http://schemas.openxmlformats.org/officeDocument/2006/math"],
  ["v", "urn:schemas-microsoft-com:vml"],
  ["wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"],
  ["wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"],
  ["w10", "urn:schemas-microsoft-com:office:word"],
  ["w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"],
  ["w14", "http://schemas.microsoft.com/office/word/2010/wordml"],
  ["w15", "http://schemas.microsoft.com/office/word/2012/wordml"],
  ["wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"],
  ["wpi", "http://schemas.microsoft.com/office/word/2010/wordprocessingInk"],
  ["wne", "http://schemas.microsoft.com/office/word/2006/wordml"],
  ["wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"],
  ["cx", "http://schemas.microsoft.com/office/drawing/2014/chartex"],
  ["cx1", "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex"],
  ["cx2", "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex"],
  ["cx3", "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex"],
  ["cx4", "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex"],
  ["cx5", "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex"],
  ["cx6", "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex"],
  ["cx7", "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex"],
  ["cx8", "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex"],
  ["aink", "http://schemas.microsoft.com/office/drawing/2016/ink"],
  ["am3d", "http://schemas.microsoft.com/office/drawing/2017/model3d"],
  ["w16cex", "http://schemas.microsoft.com/office/word/2018/wordml/cex"],
  ["w16cid", "http://schemas.microsoft.com/office/word/2016/wordml/cid"],
  ["w16", "http://schemas.microsoft.com/office/word/2018/wordml"],
  ["w16sdtdh", "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"],
  ["w16se", "http://schemas.microsoft.com/office/word/2015/wordml/symex"],
];

const OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document mc:Ignorable="w14 w15 wp14"' +
  NAMESPACES.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join("") +
  "><w:body>";

/**
 * The package's relationships are numbered styles, numbering, footnotes, endnotes, settings,
 * then comments when there are any, then the header and the footer.
 */
function sectionProperties(hasComments: boolean): string {
  const header = hasComments ? 7 : 6;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="rId${header}"/>` +
    `<w:footerReference w:type="default" r:id="rId${header + 1}"/>` +
    '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** word/document.xml for a body written by body.ts. */
export function documentXml(body: string, hasComments: boolean): string {
  return `${OPEN}${body}${sectionProperties(hasComments)}</w:body></w:document>`;
}
