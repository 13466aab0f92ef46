import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALIGNMENT_LABELS, topicAlignment } from "../../src/document/alignment";
import type { TopicAlignment } from "../../src/document/alignment";
import { buildAlignmentReport, buildDocument } from "../../src/document/build";
import type { Block, MouDocument } from "../../src/document/ir";
import { inlineText } from "../../src/document/ir";
import { documentText } from "../../src/document/text";
import { acknowledgeDeparture, setIncluded, setPosition } from "../../src/project/actions";
import { projectFacts } from "../../src/project/facts";
import { parseProjectFile } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
import type { Project } from "../../src/project/schema";
import { TOPICS } from "../../src/topics";

const NOW = new Date("2026-05-01T12:00:00Z");
const SAMPLE = "public/sample.mou.json";
const FILES = [
  SAMPLE,
  ...readdirSync("test/fixtures/good")
    .sort()
    .map((n) => `test/fixtures/good/${n}/project.json`),
];

function load(path: string): Project {
  const r = parseProjectFile(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problems)}`);
  return r.project;
}

type Table = Extract<Block, { kind: "table" }>;
const cells = (t: Table) => t.rows.map((row) => row.map((c) => c.map(inlineText).join("")));
const tables = (doc: MouDocument) => doc.blocks.filter((b): b is Table => b.kind === "table");
const EMPTY: Table = { kind: "table", header: [], rows: [], widths: [] };
/** The report's table of topics: its rows as [topic, section, recommended by, status]. */
const topicRows = (doc: MouDocument) =>
  cells(tables(doc).find((t) => t.header[0] === "Topic" && t.header[3] === "Status") ?? EMPTY);
const departureRows = (doc: MouDocument) =>
  cells(tables(doc).find((t) => t.header[3] === "The Parties' reason") ?? EMPTY);

describe.each(FILES)("alignment of %s", (path) => {
  const project = load(path);
  const rows = topicAlignment(project);
  const report = buildAlignmentReport(project);
  const items = openItems(project);
  const facts = projectFacts(project);
  const byId = new Map<string, TopicAlignment>(rows.map((r) => [r.topicId, r]));

  it("lists every topic once, in the order of the MOU, in the report", () => {
    expect(rows.map((r) => r.topicId)).toEqual(TOPICS.map((t) => t.id));
    expect(topicRows(report).map((r) => r[0])).toEqual(TOPICS.map((t) => t.title));
    expect(new Set(TOPICS.map((t) => t.title)).size).toBe(TOPICS.length);
  });

  it("gives each topic in the MOU its section number, and none to a topic left out", () => {
    const mou = buildDocument(project, { mode: "draft" });
    for (const [title, section] of topicRows(report)) {
      const topic = TOPICS.find((t) => t.title === title);
      const first = mou.blocks.find(
        (b) => b.kind === "clause" && b.topicId === topic?.id && b.level === 1,
      ) as Extract<Block, { kind: "clause" }> | undefined;
      expect(section, title).toBe(first ? first.number : "—");
    }
  });

  it("says a topic departs without acknowledgement exactly when the open items hold a departure for it", () => {
    for (const topic of TOPICS) {
      const open = items.some((i) => i.topicId === topic.id && i.reason === "departure");
      expect(byId.get(topic.id)?.status === "departs-open", topic.id).toBe(open);
    }
  });

  it("says a topic is left out exactly when it is not in the MOU, and not yet agreed exactly when consent is open", () => {
    for (const topic of TOPICS) {
      const status = byId.get(topic.id)?.status ?? "missing";
      const out = ["not-addressed", "left-out-agreed", "left-out-open"].includes(status);
      expect(out, topic.id).toBe(!facts.addressedTopics.includes(topic.id));
      if (!out) continue;
      const waiting = items.some(
        (i) => i.topicId === topic.id && (i.reason === "not-agreed" || i.reason === "objection"),
      );
      expect(status === "left-out-open", topic.id).toBe(waiting);
    }
  });

  it("lists each departure with the note the Parties gave when they acknowledged it", () => {
    const printed = departureRows(report);
    const expected = rows.flatMap((r) =>
      r.departures.map((d) => {
        const ack = project.topics[r.topicId]?.acknowledgements.find((a) => a.departureId === d.id);
        const side = ack?.side === "agency" ? "Agency" : "District";
        const reason = ack
          ? `${ack.note.trim() || "No reason given."} (acknowledged by the ${side})`
          : "Not yet acknowledged.";
        return [r.title, d.message, d.recommendation, reason];
      }),
    );
    expect(printed).toEqual(expected);
    // a topic that departs says so; one that follows has no departure
    for (const r of rows) {
      expect(r.departures.length > 0, r.topicId).toBe(r.status.startsWith("departs"));
      if (r.status === "departs-acknowledged") expect(r.departures.every((d) => d.acknowledged)).toBe(true);
    }
  });

  it("prints each topic's status in the report's words", () => {
    expect(topicRows(report).map((r) => r[3])).toEqual(rows.map((r) => ALIGNMENT_LABELS[r.status]));
  });

  it("is a report of its own: its title, header and footer, no signatures, no open-item marks", () => {
    expect(report.blocks[0]).toMatchObject({ kind: "title" });
    expect(report.blocks[0]?.kind === "title" && report.blocks[0].lines[0]).toBe(
      "Alignment with the NASRO Recommendations",
    );
    expect(report.meta.header).toMatch(/^Alignment with the NASRO Recommendations: /);
    expect(report.meta.footer).toContain("not part of the MOU");
    expect(report.meta.fingerprint).toBeUndefined();
    expect(report.blocks.some((b) => b.kind === "signatures")).toBe(false);
    expect(report.openItems).toEqual([]);
    expect(documentText(report)).toContain(
      items.length === 0
        ? "The MOU has no open items"
        : `${items.length} ${items.length === 1 ? "item is" : "items are"} open`,
    );
  });
});

describe("alignment of the bundled sample", () => {
  const sample = load(SAMPLE);
  const status = (id: string) => topicAlignment(sample).find((r) => r.topicId === id)?.status;

  it("has the staffing departure acknowledged with the Agency's note, and the documentation one open", () => {
    expect(status("staffing")).toBe("departs-acknowledged");
    expect(status("documentation-and-reporting")).toBe("departs-open");
    expect(status("formal-discipline")).toBe("follows");
    for (const id of ["complaints", "searches", "emergency-planning", "family-and-community"])
      expect(status(id), id).toBe("not-addressed");
    const text = documentText(buildAlignmentReport(sample));
    expect(text).toContain(
      "The two elementary Schools share one SRO for now; the Parties will look at a sixth SRO at the yearly staffing review. (acknowledged by the Agency)",
    );
    expect(text).toMatch(/Staffing 5\.1 NASRO Departs, as the Parties acknowledged/);
    expect(text).toContain("1 departs from it as the Parties acknowledged, 1 departs from it without");
  });

  it("reads a departure as acknowledged once a Party acknowledges it, with the note as given", () => {
    const p = acknowledgeDeparture(
      sample,
      "district",
      "documentation-and-reporting",
      "slow-response",
      "Records staff work weekdays only.",
      NOW,
    );
    const row = topicAlignment(p).find((r) => r.topicId === "documentation-and-reporting");
    expect(row?.status).toBe("departs-acknowledged");
    expect(row?.departures[0]?.acknowledged).toEqual({
      side: "district",
      note: "Records staff work weekdays only.",
    });
  });

  it("tells a recommended topic left out by agreement from one whose leaving out is not yet agreed", () => {
    const proposed = setIncluded(sample, "agency", "less-lethal", false, NOW);
    expect(topicAlignment(proposed).find((r) => r.topicId === "less-lethal")?.status).toBe("left-out-open");
    const agreed = setPosition(proposed, "district", "less-lethal", "agree", "", NOW);
    expect(topicAlignment(agreed).find((r) => r.topicId === "less-lethal")?.status).toBe("left-out-agreed");
    expect(openItems(agreed).filter((i) => i.topicId === "less-lethal")).toEqual([]);
  });
});

describe("the alignment annex of the MOU", () => {
  const sample = load(SAMPLE);

  it("prints, on request, every topic and each departure, in place of the departures annex", () => {
    const text = documentText(
      buildDocument(sample, { mode: "draft", alignmentAnnex: true, departuresAnnex: true }),
    );
    expect(text).toContain("Annex: Alignment with the NASRO Recommendations");
    expect(text).not.toContain("Annex: Departures from the NASRO Recommendations");
    for (const t of TOPICS) expect(text).toContain(t.title);
    expect(text).toMatch(/Documentation and Reporting 7\.15 NASRO Departs; not yet acknowledged/);
    expect(text).toContain("(acknowledged by the Agency)");
  });

  it("keeps the old option: the departures alone", () => {
    const text = documentText(buildDocument(sample, { mode: "draft", departuresAnnex: true }));
    expect(text).toContain("Annex: Departures from the NASRO Recommendations");
    expect(text).not.toContain("Annex: Alignment");
  });

  it("is for drafts: the signature-ready MOU carries neither annex", () => {
    const resolved = load("test/fixtures/good/resolved/project.json");
    const text = documentText(
      buildDocument(resolved, { mode: "final", alignmentAnnex: true, departuresAnnex: true }),
    );
    expect(text).not.toContain("Annex: Alignment");
    expect(text).not.toContain("Annex: Departures");
  });

  it.each(FILES)("defines no term the MOU does not use (%s)", (path) => {
    const project = load(path);
    const definitions = (doc: MouDocument) =>
      doc.blocks.flatMap((b) =>
        b.kind === "clause" && b.topicId === null && /^1\.\d+$/.test(b.number)
          ? [b.inlines.map(inlineText).join("")]
          : [],
      );
    const plain = definitions(buildDocument(project, { mode: "draft" }));
    expect(definitions(buildDocument(project, { mode: "draft", alignmentAnnex: true }))).toEqual(plain);
    expect(definitions(buildDocument(project, { mode: "draft", departuresAnnex: true }))).toEqual(plain);
  });

  it("is left out unless asked for", () => {
    expect(documentText(buildDocument(sample, { mode: "draft" }))).not.toContain("Alignment with the NASRO");
  });
});
