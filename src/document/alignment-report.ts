import { formatDate } from "../format/values";
import { projectFacts } from "../project/facts";
import { openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import {
  ALIGNMENT_BASIS,
  alignmentTable,
  departuresPart,
  firstClauseNumbers,
  summarySentence,
  topicAlignment,
} from "./alignment";
import { assemble } from "./assemble";
import type { Block, MouDocument } from "./ir";
import { text } from "./ir";
import { sanitizeUserText } from "./tokens";
import { AUTHOR, AUTHOR_INITIALS, LANGUAGE, PAGE_LABEL } from "./words";

export const REPORT_TITLE = "Alignment with the NASRO Recommendations";
export const REPORT_FOOTER = "A report on the MOU for the Parties' governing boards; not part of the MOU";

export interface AlignmentReportOptions {
  /** Shown in the document properties, e.g. "board meeting of May 12". */
  readonly version?: string;
}

/**
 * A short report, for a board meeting, of how the MOU stands against the NASRO recommendations:
 * every topic with the section where the MOU settles it and its status, then each departure with
 * the reason the Parties gave. Its own title, header and footer; no signatures. It describes the
 * MOU as drafted, open items and all, and says how many remain open.
 */
export function buildAlignmentReport(project: Project, options: AlignmentReportOptions = {}): MouDocument {
  const facts = projectFacts(project);
  const open = openItems(project).length;
  const agencyName = project.parties.agency.name.trim() || "[Agency]";
  const districtName = project.parties.district.name.trim() || "[District]";
  const between = `between ${sanitizeUserText(agencyName)} and ${sanitizeUserText(districtName)}`;
  const rows = topicAlignment(project);
  // the numbers the MOU itself prints for each topic's first clause
  const numbers = firstClauseNumbers(assemble(project, { mode: "draft", openMarks: false }).blocks);
  const asOf = formatDate(project.updatedAt.slice(0, 10));
  const state =
    open === 0
      ? `The MOU has no open items: every topic is settled as both Parties agreed.`
      : `The MOU is still a draft: ${open} ${open === 1 ? "item is" : "items are"} open between the Parties, and its text may change.`;

  const blocks: Block[] = [
    { kind: "title", lines: [REPORT_TITLE, `of the ${facts.documentKind}`, between] },
    {
      kind: "paragraph",
      align: "center",
      inlines: [text(`for a School Resource Officer Program, as it stood on ${asOf}`, { italic: true })],
    },
    { kind: "paragraph", inlines: [text(state)] },
    { kind: "paragraph", inlines: [text(summarySentence(rows))] },
    {
      kind: "paragraph",
      inlines: [
        text(
          `${ALIGNMENT_BASIS} Where the MOU departs from a recommendation, it says what the Parties agreed; this report gives their reasons. It explains the MOU and does not change it.`,
        ),
      ],
    },
    { kind: "heading", number: null, text: "Topics of the MOU", level: 1 },
    alignmentTable(rows, numbers, "Section of the MOU"),
    ...departuresPart(rows, 1),
  ];

  const status = open === 0 ? "Signature-ready" : project.review ? "Annual review" : "Draft";
  return {
    mode: "draft",
    openItems: [],
    blocks,
    meta: {
      title: `${REPORT_TITLE}: ${facts.documentKind} ${between}`,
      subject: "Alignment of the School Resource Officer program MOU with the NASRO recommendations",
      agencyName,
      districtName,
      status,
      version: options.version ?? project.updatedAt.slice(0, 10),
      header: `${REPORT_TITLE}: ${agencyName} and ${districtName}`,
      pageLabel: PAGE_LABEL,
      footer: REPORT_FOOTER,
      redline: false,
      author: AUTHOR,
      authorInitials: AUTHOR_INITIALS,
      keywords: ["SRO", "MOU", "NASRO", "alignment", agencyName, districtName],
      language: LANGUAGE,
    },
  };
}
