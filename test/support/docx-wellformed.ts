import { unzipSync } from "fflate";

/**
 * A DOCX checked in-process, for the fuzz (python3's expat, in test/docs/ooxml.test.ts, costs a
 * process per file): the package unzips; [Content_Types].xml and word/document.xml are there;
 * every .xml and .rels part is UTF-8 and well-formed XML 1.0 (one root, tags balanced and
 * properly nested, attributes quoted and not repeated, only the five predefined entities, no
 * character XML forbids, raw or as a reference); annotation ids (w:ins, w:del, comments,
 * bookmarks) are unique across kinds in each part. Returns the problems found, none when valid.
 */
export function docxProblems(bytes: Uint8Array): string[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    return [`not a zip: ${String(error)}`];
  }
  const problems: string[] = [];
  for (const required of ["[Content_Types].xml", "word/document.xml", "_rels/.rels"]) {
    if (!files[required]) problems.push(`${required} is missing`);
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    problems.push(...xmlProblems(text).map((p) => `${name}: ${p}`));
    if (name.startsWith("word/")) problems.push(...annotationIdProblems(text).map((p) => `${name}: ${p}`));
  }
  return problems;
}

/** XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const allowedCodePoint = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const NAME = String.raw`[A-Za-z_:][\w.:-]*`;
const ATTRIBUTE = new RegExp(String.raw`\s+(${NAME})\s*=\s*("[^"<]*"|'[^'<]*')`, "y");
const TOKEN = new RegExp(
  String.raw`<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/(${NAME})\s*>|<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>`,
  "y",
);

function referenceProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/&([^;&<\s]*);?/g)) {
    const ref = m[0];
    const body = m[1] ?? "";
    if (!ref.endsWith(";")) {
      problems.push(`a bare "&" at ${m.index}`);
    } else if (body.startsWith("#")) {
      const cp = /^#x[0-9a-fA-F]+$/.test(body)
        ? parseInt(body.slice(2), 16)
        : /^#[0-9]+$/.test(body)
          ? parseInt(body.slice(1), 10)
          : Number.NaN;
      if (!allowedCodePoint(cp)) problems.push(`reference ${ref} to a character XML does not allow`);
    } else if (!["amp", "lt", "gt", "quot", "apos"].includes(body)) {
      problems.push(`unknown entity ${ref}`);
    }
  }
  return problems;
}

/** Well-formedness of one XML document (no DTD: OOXML parts have none). */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) {
    const cp = bad[0].codePointAt(0) ?? 0;
    problems.push(`character U+${cp.toString(16).toUpperCase().padStart(4, "0")} at ${bad.index}`);
  }
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  const textRun = (end: number) => {
    const run = text.slice(at, end);
    if (stack.length === 0 && run.trim() !== "") problems.push(`text outside the root at ${at}`);
    if (run.includes("]]>")) problems.push(`"]]>" in text at ${at}`);
    problems.push(...referenceProblems(run));
  };
  while (at < text.length && problems.length < 5) {
    const lt = text.indexOf("<", at);
    if (lt < 0) {
      textRun(text.length);
      break;
    }
    textRun(lt);
    TOKEN.lastIndex = lt;
    const m = TOKEN.exec(text);
    if (!m) {
      problems.push(`malformed markup at ${lt}: ${JSON.stringify(text.slice(lt, lt + 40))}`);
      break;
    }
    const [token, closing, opening, attributes = "", selfClosing] = m;
    if (token.startsWith("<?xml") && lt !== 0) problems.push(`XML declaration not at the start`);
    if (closing !== undefined) {
      const open = stack.pop();
      if (open !== closing) problems.push(`</${closing}> closes <${open ?? "nothing"}> at ${lt}`);
    } else if (opening !== undefined) {
      if (stack.length === 0) roots += 1;
      const names = new Set<string>();
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
        const name = a[1] ?? "";
        if (names.has(name)) problems.push(`attribute ${name} twice on <${opening}> at ${lt}`);
        names.add(name);
        problems.push(...referenceProblems((a[2] ?? "").slice(1, -1)));
      }
      if (selfClosing !== "/") stack.push(opening);
    }
    at = lt + token.length;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Annotation ids unique across kinds (ECMA-376 Part 1, 17.13); a comment's or bookmark's start, end and reference share one. */
function annotationIdProblems(text: string): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const claims =
    /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|commentRangeStart|bookmarkStart)\b[^>]*?\sw:id="([^"]*)"/g;
  for (const m of text.matchAll(claims)) {
    const [, tag = "", id = ""] = m;
    const was = owner.get(id);
    if (was !== undefined) problems.push(`id ${id} of a w:${tag} is already used by a w:${was}`);
    else owner.set(id, tag);
  }
  return problems;
}
