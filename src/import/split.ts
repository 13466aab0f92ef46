import { dropFurniture } from "./furniture";
import type { LeadingNumber, NumberContext, NumberStyle } from "./numbering-forms";
import { isHeadingLine, leadingNumber, splitHeading } from "./numbering-forms";
import type { ClausePart, ImportedClause, SourceLine, SourceText } from "./types";

interface Paragraph {
  readonly text: string;
  readonly page: number | null;
  readonly role?: SourceLine["role"];
  readonly listNumber?: string;
  readonly listLevel?: number;
}

const SIGNATURE_LABEL =
  /^(?:by|name|printed name|title|date|signature|attest(?:ed)?|witness)\s*:|^_{4,}|^approved as to (?:legal )?form\b/i;
const WITNESS = /^in witness whereof\b/i;
/** A short line that says the Parties sign below: "Signed by the parties on the dates below." */
const SIGN_BELOW =
  /^(?:(?:the|both) parties\s+(?:have\s+)?)?(?:signed|executed|sign)\b.{0,80}\b(?:below|the dates? (?:written|shown|indicated))\W*$/i;
const EXHIBIT =
  /^(exhibit|attachment|appendix|schedule|annex|addendum)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b\s*[:.–—-]?\s*(.*)$/i;
/** A caption that opens the signature blocks: "SIGNED:", "SIGNATURES", "EXECUTED". */
const SIGNED = /^(?:signed|signatures?|executed)\b[\s:.]*$/i;
/** A caption naming a Party, as it stands above its signature block. */
const sideOfCaption = (t: string) =>
  /\b(?:police|sheriff|department|district|board|school|city|county|township|town)\b/i.test(t) ? t : null;
const RECITAL = /^(?:whereas\b|now,? therefore\b|recitals?\b|background\b)/i;

export const isSignatureLabel = (text: string): boolean => SIGNATURE_LABEL.test(text.trim());

/** "Exhibit A: Schedule of Schools" on a line of its own; null for a sentence that mentions an exhibit. */
export function exhibitTitle(text: string): { name: string; title: string | null } | null {
  const m = EXHIBIT.exec(text.trim());
  if (!m) return null;
  const rest = (m[3] ?? "").trim();
  if (rest !== "" && !isHeadingLine(rest)) return null;
  const name = `${(m[1] ?? "").charAt(0).toUpperCase()}${(m[1] ?? "").slice(1).toLowerCase()} ${m[2] ?? ""}`;
  return { name, title: rest === "" ? null : rest.replace(/[.:]$/, "") };
}

const isCapsHeading = (text: string) => isHeadingLine(text) && text === text.toUpperCase();

/** Joins the lines a PDF or plain text wraps into paragraphs; a DOCX gives paragraphs already. */
function paragraphs(source: SourceText): Paragraph[] {
  const out: Paragraph[] = [];
  let current: {
    lines: string[];
    page: number | null;
    role?: SourceLine["role"];
    listNumber?: string;
    listLevel?: number;
  } | null = null;
  const close = () => {
    if (current) {
      const { lines, ...rest } = current;
      out.push({ ...rest, text: lines.join(" ").replace(/(\w)- (\w)/g, "$1-$2") });
    }
    current = null;
  };
  const ctx: NumberContext = { last: {} };
  for (const line of dropFurniture(source.lines)) {
    const text = line.text.trim();
    if (text === "") {
      close();
      continue;
    }
    const last: string = current ? ((current as { lines: string[] }).lines.at(-1) ?? "") : "";
    const startsNew =
      current === null ||
      source.format === "docx" ||
      line.listNumber !== undefined ||
      line.role === "heading" ||
      leadingNumber(text, ctx) !== null ||
      isSignatureLabel(text) ||
      isSignatureLabel(last) ||
      exhibitTitle(text) !== null ||
      exhibitTitle(last) !== null ||
      WITNESS.test(text) ||
      /^(?:whereas|now,? therefore)\b/i.test(text) ||
      isCapsHeading(text) ||
      isCapsHeading(last);
    if (startsNew) {
      close();
      current = {
        lines: [text],
        page: line.page,
        ...(line.role ? { role: line.role } : {}),
        ...(line.listNumber !== undefined ? { listNumber: line.listNumber } : {}),
        ...(line.listLevel !== undefined ? { listLevel: line.listLevel } : {}),
      };
    } else current?.lines.push(text);
  }
  close();
  return out;
}

interface Draft {
  number: string | null;
  heading: string | null;
  text: string;
  page: number | null;
  level: number;
  parent: number | null;
  part: ClausePart;
  exhibit: string | null;
}

/**
 * Splits an agreement's text into clauses: each keeps its number as printed, its heading, its
 * words and its page. Running headers, footers and page numbers are dropped; the title and
 * recitals form the preamble, "IN WITNESS WHEREOF" and "By:/Name:/Title:/Date:" lines the
 * signature blocks, and "Exhibit A", "Attachment 1", "Appendix" start an exhibit.
 */
export function splitClauses(source: SourceText): ImportedClause[] {
  const paras = paragraphs(source);
  const drafts: Draft[] = [];
  /** Numbering styles in the order they nest; a word processor's list level tells "1." inside "1." apart. */
  const styles: string[] = [];
  const ctx: { last: Partial<Record<NumberStyle, number>> } = { last: {} };
  let part: ClausePart = "preamble";
  let exhibit: string | null = null;
  let exhibitIndex: number | null = null;
  /** The clause numbered or headed last, and the heading an unnumbered paragraph sits under. */
  let lastNumbered: number | null = null;
  let lastHeading: number | null = null;
  const hasNumbers = paras.some(
    (p) => p.listNumber !== undefined || leadingNumber(p.text, { last: {} }) !== null,
  );
  let seenBodyText = false;

  const levelOf = (style: string) => {
    const i = styles.indexOf(style);
    if (i >= 0) {
      styles.length = i + 1;
      return i;
    }
    styles.push(style);
    return styles.length - 1;
  };
  const parentAt = (level: number): number | null => {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d && d.part === part && d.level < level && d.number !== null) return i;
      if (d && d.part !== part) break;
    }
    return part === "exhibit" ? exhibitIndex : null;
  };

  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (!p) continue;
    const ex = exhibitTitle(p.text);
    if (ex && p.listNumber === undefined) {
      part = "exhibit";
      styles.length = 0;
      let title = ex.title;
      const next = paras[k + 1];
      if (title === null && next && isHeadingLine(next.text) && !exhibitTitle(next.text)) {
        title = next.text.replace(/[.:]$/, "");
        k += 1;
      }
      exhibit = title ? `${ex.name}: ${title}` : ex.name;
      drafts.push({
        number: ex.name,
        heading: title,
        text: "",
        page: p.page,
        level: 0,
        parent: null,
        part,
        exhibit,
      });
      exhibitIndex = drafts.length - 1;
      lastNumbered = exhibitIndex;
      lastHeading = exhibitIndex;
      continue;
    }
    if (
      part !== "exhibit" &&
      part !== "signatures" &&
      (WITNESS.test(p.text) ||
        SIGNED.test(p.text) ||
        SIGN_BELOW.test(p.text) ||
        ((part !== "preamble" || seenBodyText) && isSignatureLabel(p.text)))
    ) {
      // the captions just above the first signature line ("For the District", "SIGNED:") belong to it
      const moved: Draft[] = [];
      while (moved.length < 3) {
        const last = drafts.at(-1);
        if (!last || last.number !== null || last.text !== "" || last.heading === null) break;
        if (
          !SIGNED.test(last.heading) &&
          !/^for\b/i.test(last.heading) &&
          sideOfCaption(last.heading) === null
        )
          break;
        drafts.pop();
        moved.unshift({
          ...last,
          text: last.heading,
          heading: null,
          level: 0,
          parent: null,
          part: "signatures",
        });
      }
      drafts.push(...moved);
      part = "signatures";
    }
    if (part === "signatures") {
      drafts.push({
        number: null,
        heading: null,
        text: p.text,
        page: p.page,
        level: 0,
        parent: null,
        part,
        exhibit: null,
      });
      continue;
    }
    const ln: LeadingNumber | null =
      p.listNumber !== undefined
        ? leadingNumber(`${p.listNumber} ${p.text}`, ctx)
        : RECITAL.test(p.text)
          ? null
          : leadingNumber(p.text, ctx);
    if (ln) {
      if (part === "preamble") part = "body";
      ctx.last[ln.style] = ln.value;
      const level = levelOf(p.listLevel !== undefined ? `${ln.style}@${p.listLevel}` : ln.style);
      const split = splitHeading(ln.rest);
      const text = split.text;
      let heading = split.heading;
      const next = paras[k + 1];
      // "ARTICLE IV" on one line, "TRAINING" on the next
      if (
        heading === null &&
        text === "" &&
        next &&
        next.listNumber === undefined &&
        isHeadingLine(next.text) &&
        !leadingNumber(next.text, ctx)
      ) {
        heading = next.text.replace(/[.:]$/, "");
        k += 1;
      }
      drafts.push({
        number: ln.printed,
        heading,
        text,
        page: p.page,
        level,
        parent: parentAt(level),
        part,
        exhibit,
      });
      lastNumbered = drafts.length - 1;
      if (text === "") lastHeading = lastNumbered;
      seenBodyText = true;
      continue;
    }
    const headingLine = p.role === "heading" || (p.role !== "tableCell" && isHeadingLine(p.text));
    if (part === "preamble") {
      // without numbers, the body starts at the first heading after the title and recitals
      const recitalsDone = drafts.some((d) => /^now,? therefore\b/i.test(d.text));
      if (!hasNumbers && headingLine && (seenBodyText || recitalsDone)) part = "body";
      else {
        drafts.push({
          number: null,
          heading: null,
          text: p.text,
          page: p.page,
          level: 0,
          parent: null,
          part,
          exhibit: null,
        });
        if (!headingLine) seenBodyText = true;
        continue;
      }
    }
    if (headingLine) {
      const level =
        lastNumbered === null || part === "exhibit"
          ? part === "exhibit"
            ? 1
            : 0
          : (drafts[lastNumbered]?.level ?? 0);
      drafts.push({
        number: null,
        heading: p.text.replace(/[.:]$/, ""),
        text: "",
        page: p.page,
        level,
        parent: part === "exhibit" ? exhibitIndex : null,
        part,
        exhibit,
      });
      lastHeading = drafts.length - 1;
      continue;
    }
    // a paragraph without a number: under the heading or numbered clause it follows
    const under =
      lastHeading !== null && (lastNumbered === null || lastHeading >= lastNumbered)
        ? lastHeading
        : lastNumbered !== null
          ? (drafts[lastNumbered]?.parent ?? null)
          : null;
    const level = under === null ? 0 : (drafts[under]?.level ?? 0) + 1;
    drafts.push({
      number: null,
      heading: null,
      text: p.text,
      page: p.page,
      level,
      parent: under,
      part,
      exhibit,
    });
    seenBodyText = true;
  }
  return drafts.map((d, i) => ({
    id: `c${i + 1}`,
    number: d.number,
    heading: d.heading,
    text: d.text,
    page: d.page,
    level: d.level,
    parentId: d.parent === null ? null : `c${d.parent + 1}`,
    part: d.part,
    exhibit: d.exhibit,
  }));
}
