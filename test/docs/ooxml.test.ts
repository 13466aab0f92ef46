import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build";
import type { MouDocument } from "../../src/document/ir";
import { parseProjectFile } from "../../src/project/file";
import type { Project } from "../../src/project/schema";
import { loadFontNode } from "../../src/render/pdf/fonts-node";
import { render } from "../../src/render/registry";
import { objectionOnInsertions, reviewedProject } from "../support/review-project";
import { docxPart, docxWithPart, run, write } from "./tools";

/**
 * Word's strictness, checked on the package itself (python3's expat parser, as Word's is strict):
 * - every .xml part parses, with no character XML 1.0 forbids, raw or as a reference;
 * - annotation ids (comments, w:ins, w:del, bookmarks) are unique across kinds in the document
 *   (ECMA-376 Part 1, 17.13: "a unique identifier for an annotation within a WordprocessingML
 *   document"); a comment's start, end and reference share its id, as a bookmark's start and end;
 * - every commentRangeStart has its commentRangeEnd after it, a commentReference and an entry in
 *   comments.xml, and every comment in comments.xml is referenced.
 */
const CHECK = String.raw`
import sys, re, json, zipfile
import xml.etree.ElementTree as ET
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []
z = zipfile.ZipFile(sys.argv[1])
bad_char = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
bad_ref = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
def forbidden(cp):
    return (cp < 0x20 and cp not in (9, 10, 13)) or 0xd800 <= cp <= 0xdfff or cp in (0xfffe, 0xffff) or cp > 0x10ffff
trees = {}
for name in z.namelist():
    if not (name.endswith(".xml") or name.endswith(".rels")):
        continue
    raw = z.read(name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{name}: not UTF-8 ({e})"); continue
    m = bad_char.search(text)
    if m:
        problems.append(f"{name}: character U+{ord(m.group(0)):04X} XML does not allow, at offset {m.start()}")
    for r in bad_ref.finditer(text):
        v = r.group(1)
        cp = int(v[1:], 16) if v.startswith("x") else int(v)
        if forbidden(cp):
            problems.append(f"{name}: reference {r.group(0)} to a character XML does not allow")
    try:
        trees[name] = ET.fromstring(raw)
    except ET.ParseError as e:
        problems.append(f"{name}: does not parse ({e})")
owner = {}
def claim(part, tag, id_, kind):
    if id_ is None:
        problems.append(f"{part}: {tag} without an id")
    elif id_ in owner:
        problems.append(f"{part}: id {id_} of a {tag} is used by another annotation ({owner[id_]})")
    else:
        owner[id_] = kind
stories = [n for n in trees if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
starts, ends, refs = {}, {}, {}
order = 0
for part in stories:
    for el in trees[part].iter():
        order += 1
        tag = el.tag.replace(W, "w:")
        id_ = el.get(W + "id")
        if tag in ("w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange"):
            claim(part, tag, id_, "a tracked change")
        elif tag == "w:bookmarkStart":
            claim(part, tag, id_, "a bookmark")
        elif tag == "w:bookmarkEnd":
            if owner.get(id_) != "a bookmark":
                problems.append(f"{part}: bookmarkEnd {id_} without its bookmarkStart")
        elif tag == "w:commentRangeStart":
            claim(part, tag, id_, "a comment")
            starts[id_] = order
        elif tag == "w:commentRangeEnd":
            if id_ in ends: problems.append(f"{part}: commentRangeEnd {id_} twice")
            ends[id_] = order
        elif tag == "w:commentReference":
            if id_ in refs: problems.append(f"{part}: commentReference {id_} twice")
            refs[id_] = order
comments = set()
if "word/comments.xml" in trees:
    for c in trees["word/comments.xml"].iter(W + "comment"):
        cid = c.get(W + "id")
        if cid in comments: problems.append(f"word/comments.xml: comment {cid} twice")
        comments.add(cid)
for cid, at in starts.items():
    if cid not in ends: problems.append(f"commentRangeStart {cid} has no commentRangeEnd")
    elif ends[cid] < at: problems.append(f"commentRangeEnd {cid} comes before its start")
    if cid not in refs: problems.append(f"commentRangeStart {cid} has no commentReference")
    if cid not in comments: problems.append(f"commentRangeStart {cid} has no comment in comments.xml")
for cid in list(ends) + list(refs):
    if cid not in starts: problems.append(f"comment {cid} ends or is referenced without a commentRangeStart")
for cid in comments:
    if cid not in refs: problems.append(f"comment {cid} in comments.xml is never referenced")
print(json.dumps({"problems": problems, "annotations": len(owner), "comments": len(comments), "parts": len(trees)}))
`;

interface Report {
  readonly problems: string[];
  readonly annotations: number;
  readonly comments: number;
  readonly parts: number;
}

function checkOoxml(docx: string): Report {
  return JSON.parse(run("python3", ["-c", CHECK, docx])) as Report;
}

function load(path: string): Project {
  const result = parseProjectFile(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.project;
}

async function docxOf(name: string, doc: MouDocument): Promise<string> {
  return write(`ooxml-${name}.docx`, await render("docx", doc, { loadFont: loadFontNode, now: new Date(0) }));
}

const PROJECTS: Array<[string, string]> = [
  ["sample", "public/sample.mou.json"],
  ...readdirSync("test/fixtures/good")
    .sort()
    .map((name): [string, string] => [name, `test/fixtures/good/${name}/project.json`]),
];

describe.each(PROJECTS)("OOXML check: %s", (name, path) => {
  it.each(["draft", "final"] as const)("%s DOCX", async (mode) => {
    const project = load(path);
    let doc: MouDocument;
    try {
      doc = buildDocument(project, { mode });
    } catch (error) {
      // a final document is refused while items are open: only its draft exists
      expect(mode, String(error)).toBe("final");
      return;
    }
    const report = checkOoxml(await docxOf(`${name}-${mode}`, doc));
    expect(report.problems).toEqual([]);
    expect(report.parts).toBeGreaterThan(5);
  });
});

describe("OOXML check: annual review", () => {
  let docx: string;
  let flagged: string;
  beforeAll(async () => {
    const { review } = reviewedProject("ooxml-review");
    const doc = buildDocument(review, { mode: "draft" });
    docx = await docxOf("review", doc);
    // an open item on an inserted clause: a comment around a tracked change
    flagged = await docxOf("review-flagged", objectionOnInsertions(doc));
  });

  it("has unique ids across comments, tracked changes and bookmarks", () => {
    const report = checkOoxml(docx);
    expect(report.problems).toEqual([]);
    const xml = docxPart(docx, "word/document.xml");
    const kinds = ["ins", "del", "commentRangeStart", "bookmarkStart"];
    const ids = kinds.flatMap((k) =>
      [...xml.matchAll(new RegExp(`<w:${k} [^>]*w:id="(\\d+)"`, "g"))].map((m) => m[1]),
    );
    // the review has all four kinds, and none shares an id with another
    for (const k of kinds) expect(xml, k).toContain(`<w:${k} `);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps ids unique when a comment sits on a tracked change", () => {
    expect(checkOoxml(flagged).problems).toEqual([]);
    expect(docxPart(flagged, "word/document.xml")).toMatch(/<w:commentRangeStart [^>]*\/>\s*<w:ins /);
  });

  it("numbers a document the same however many were made before it", async () => {
    const { review } = reviewedProject("ooxml-review");
    const again = await docxOf("review-again", buildDocument(review, { mode: "draft" }));
    expect(docxPart(again, "word/document.xml")).toBe(docxPart(docx, "word/document.xml"));
  });
});

describe("the OOXML check itself", () => {
  let good: string;
  let xml: string;
  beforeAll(async () => {
    good = await docxOf("check-base", buildDocument(load("public/sample.mou.json"), { mode: "draft" }));
    xml = docxPart(good, "word/document.xml");
  });
  const broken = (name: string, part: string, content: string) =>
    checkOoxml(docxWithPart(good, part, content, `${good.replace(/\.docx$/, "")}-${name}.docx`)).problems;

  it("fails on an id a comment shares with a tracked change", () => {
    const id = /<w:commentRangeStart w:id="(\d+)"/.exec(xml)?.[1];
    expect(id).toBeDefined();
    const out = xml.replace(
      "<w:body>",
      `<w:body><w:p><w:ins w:id="${id}" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>x</w:t></w:r></w:ins></w:p>`,
    );
    expect(broken("shared-id", "word/document.xml", out).join("\n")).toMatch(/used by another annotation/);
  });

  it("fails on a comment range without its end or reference", () => {
    const out = xml.replace(/<w:commentRangeEnd w:id="(\d+)"\/>/, "");
    expect(broken("no-end", "word/document.xml", out).join("\n")).toMatch(/has no commentRangeEnd/);
    const noRef = xml.replace(/<w:r><w:commentReference w:id="(\d+)"\/><\/w:r>/, "");
    expect(broken("no-ref", "word/document.xml", noRef).join("\n")).toMatch(/has no commentReference/);
  });

  it("fails on a character XML does not allow, and on a part that does not parse", () => {
    const withChar = xml.replace("<w:t", "<w:t>\uffff</w:t><w:t");
    expect(broken("char", "word/document.xml", withChar).join("\n")).toMatch(/U\+FFFF/);
    const withRef = xml.replace(/<w:t( xml:space="preserve")?>/, "$&&#x1;");
    expect(broken("ref", "word/document.xml", withRef).join("\n")).toMatch(/&#x1;/);
    expect(broken("malformed", "word/styles.xml", "<w:styles>").join("\n")).toMatch(
      /styles\.xml: does not parse/,
    );
  });
});
