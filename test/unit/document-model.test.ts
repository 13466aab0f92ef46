import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/document/assemble";
import { assembleReview } from "../../src/document/review-marks";
import type { Block } from "../../src/document/ir";
import { inlineFlags, inlineText } from "../../src/document/ir";
import { blockLines, documentText } from "../../src/document/text";
import { TOPICS } from "../../src/topics";
import { parseProjectFile } from "../../src/project/file";
import { openItems } from "../../src/project/open-items";
import { setIncluded } from "../../src/project/actions";

const cases = readdirSync("test/fixtures/good").sort();

function load(name: string) {
  const result = parseProjectFile(readFileSync(`test/fixtures/good/${name}/project.json`, "utf8"));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.project;
}

const flagsOf = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "clause" || b.kind === "paragraph" ? b.inlines.flatMap(inlineFlags) : [],
  );

describe.each(cases)("document model of %s", (name) => {
  const project = load(name);
  // a review's model carries its changes against the signed version
  const doc = assembleReview(project, { mode: "draft" });

  // the words, one block a line: small enough to read in review as counsel would
  it("matches its golden text", async () => {
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(`../fixtures/good/${name}/document.txt`);
  });

  it("flags every open item in the text, and lists each on the open-items page", () => {
    const items = openItems(project);
    const flagged = new Set(flagsOf(doc.blocks).map((f) => f.message));
    const inText = new Set(doc.blocks.flatMap((b) => (b.kind === "clause" && b.topicId ? [b.topicId] : [])));
    // an item on a topic left out of the MOU is listed, with no words to sit on
    for (const item of items.filter((i) => inText.has(i.topicId)))
      expect(flagged, `${item.topicTitle}: ${item.message}`).toContain(item.message);
    const text = documentText(doc);
    if (items.length > 0) expect(text).toContain(`This draft has ${items.length} open`);
  });

  it("never prints undefined, null or an unfilled template", () => {
    expect(documentText(doc)).not.toMatch(/undefined|\bnull\b|\[object Object\]|NaN|\uE000|\uE001/);
  });

  it("numbers sections and clauses in order", () => {
    const numbers = doc.blocks.flatMap((b) =>
      b.kind === "clause" && b.level === 1 && /^\d/.test(b.number) ? [b.number] : [],
    );
    for (let i = 1; i < numbers.length; i++) {
      const [s0, c0] = (numbers[i - 1] ?? "").split(".").map(Number);
      const [s1, c1] = (numbers[i] ?? "").split(".").map(Number);
      expect(
        s1 === s0 ? c1 === (c0 ?? 0) + 1 : s1 === (s0 ?? 0) + 1 && c1 === 1,
        `${numbers[i - 1]} then ${numbers[i]}`,
      ).toBe(true);
    }
  });
});

describe("assemble", () => {
  it("refuses answers that fail their topic's schema instead of printing them", () => {
    const project = load("minimal");
    const state = project.topics["formal-discipline"];
    if (!state) throw new Error("no topic state");
    const bad = {
      ...project,
      topics: { ...project.topics, "formal-discipline": { ...state, answers: { sroRole: 42 } } },
    };
    expect(() => assemble(bad, { mode: "draft" })).toThrow(/Formal School Discipline.*sroRole/);
  });

  it("prints user text literally, never as a template", () => {
    const project = load("unicode");
    const text = documentText(assemble(project, { mode: "draft" }));
    expect(text).toContain("{{not a template}}");
    expect(text).toContain('Smith & Sons <Security> "quoted"');
  });
});

describe("defined terms", () => {
  const allTerms = [...new Set(TOPICS.flatMap((t) => t.terms.map((d) => d.term)))];

  it.each(["resolved", "unicode", "minimal"])(
    "%s: every defined term is used, and every term used is defined",
    (name) => {
      const doc = assemble(load(name), { mode: "draft" });
      const defined = doc.blocks.flatMap((b) =>
        b.kind === "clause" &&
        b.topicId === null &&
        b.inlines[0]?.kind === "text" &&
        /^".+"$/.test(b.inlines[0].text)
          ? [b.inlines[0].text.slice(1, -1)]
          : [],
      );
      const body = doc.blocks
        .filter((b) => !(b.kind === "clause" && b.topicId === null && /^1\.\d+$/.test(b.number)))
        .flatMap(blockLines)
        .join("\n");
      for (const term of defined) expect(body, `"${term}" is defined but never used`).toContain(term);
      for (const term of allTerms) {
        if (body.includes(term)) expect(defined, `"${term}" is used but not defined`).toContain(term);
      }
    },
  );
});

describe("the departures annex", () => {
  const sample = (() => {
    const r = parseProjectFile(readFileSync("public/sample.mou.json", "utf8"));
    if (!r.ok) throw new Error("sample");
    return r.project;
  })();

  it("lists each departure with the reason the Parties gave, when asked for", () => {
    const text = documentText(assemble(sample, { mode: "draft", departuresAnnex: true }));
    expect(text).toContain("Annex: Departures from the NASRO Recommendations");
    expect(text).toContain(
      "The two elementary Schools share one SRO for now; the Parties will look at a sixth SRO at the yearly staffing review. (acknowledged by the Agency)",
    );
    expect(text).toMatch(/Documentation and Reporting[^\n]*Not yet acknowledged\./);
  });

  it("is left out unless asked for", () => {
    expect(documentText(assemble(sample, { mode: "draft" }))).not.toContain("Departures from the NASRO");
  });
});

/** What a word processor prints for each listed number: counters per list and level, a level restarting below its parent. */
function wordListNumbers(blocks: readonly Block[]): Array<{ printed: string; computed: string }> {
  const counters = new Map<string, number[]>();
  const out: Array<{ printed: string; computed: string }> = [];
  const lower = (n: number) => {
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return s;
  };
  for (const b of blocks) {
    if ((b.kind !== "clause" && b.kind !== "heading") || !b.listed || b.number === null) continue;
    const { list, level } = b.listed;
    const c = counters.get(list) ?? [0, 0, 0];
    c[level] = (c[level] ?? 0) + 1;
    for (let l = level + 1; l < 3; l++) c[l] = 0;
    counters.set(list, c);
    const computed =
      list === "recitals"
        ? `${String.fromCharCode(64 + (c[0] ?? 0))}.`
        : level === 0
          ? `${c[0]}.`
          : level === 1
            ? `${c[0]}.${c[1]}`
            : `(${lower(c[2] ?? 0)})`;
    out.push({ printed: b.number, computed });
  }
  return out;
}

describe("Word's own list numbering", () => {
  it.each(cases)("%s: every listed number is the one Word computes, draft and review alike", (name) => {
    const doc = assembleReview(load(name), { mode: "draft" });
    const listed = wordListNumbers(doc.blocks);
    expect(listed.length).toBeGreaterThan(10);
    for (const { printed, computed } of listed) expect(computed).toBe(printed);
    // every numbered clause and section of the body is in a list, so counsel's insertions renumber it
    const unlisted = doc.blocks.filter(
      (b) => (b.kind === "clause" || b.kind === "heading") && b.number && b.number !== "—" && !b.listed,
    );
    expect(unlisted).toEqual([]);
  });
});

describe("cross-references", () => {
  it.each(cases)("%s: each names the number of a clause of the topic it cites", (name) => {
    const doc = assemble(load(name), { mode: "draft" });
    const lines = doc.blocks.flatMap(blockLines);
    expect(lines.join("\n")).not.toContain("a clause this MOU does not contain");
    // the full number of each clause ("2.4", "2.4(b)") and the topic it belongs to
    const topicOf = new Map<string, string | null>();
    let level1 = "";
    for (const b of doc.blocks)
      if (b.kind === "clause") {
        if (b.level === 1) level1 = b.number;
        topicOf.set(b.level === 1 ? b.number : `${level1}${b.number}`, b.topicId);
      }
    for (const line of lines)
      for (const m of line.matchAll(/(\d+\.\d+(?:\([a-z]+\))?) \(([^)]+)\)/g)) {
        const [, number = "", title = ""] = m;
        const topic = TOPICS.find((t) => t.title === title);
        expect(topic, `${line}: no topic "${title}"`).toBeDefined();
        expect(topicOf.get(number), `${line}: clause ${number}`).toBe(topic?.id);
      }
  });

  it("cite the very clause on changes to Exhibit A, not the first clause of its topic", () => {
    const text = documentText(assemble(load("resolved"), { mode: "draft" }));
    const cited =
      /only as section (\d+\.\d+) \(Parties, Schools and Term\) provides for changes to Exhibit A/.exec(
        text,
      )?.[1];
    expect(cited).toBeDefined();
    expect(text).toMatch(
      new RegExp(
        `^${cited?.replace(".", "\\.")} The Parties may change Exhibit A only by a written amendment`,
        "m",
      ),
    );
  });

  it("cite the selection and training clauses by number when a replacement SRO is assigned", () => {
    const text = documentText(assemble(load("resolved"), { mode: "draft" }));
    expect(text).toContain("as sections 5.6 (Selection of SROs) and 5.10 (Training) provide");
    expect(text).toMatch(/^5\.6 Selection of SROs\. /m);
    expect(text).toMatch(/^5\.10 Training\. /m);
  });
});

describe("open items are numbered where they sit", () => {
  it.each(cases)(
    "%s: each item's number is printed at its words, and the table gives that clause",
    (name) => {
      const doc = assembleReview(load(name), { mode: "draft" });
      const lines = doc.blocks.flatMap(blockLines);
      const table = doc.blocks.find((b) => b.kind === "table" && b.role === "openItems");
      if (doc.openItems.length === 0) return expect(table).toBeUndefined();
      if (table?.kind !== "table") throw new Error("no open-items table");
      doc.openItems.forEach((_, k) => {
        const n = k + 1;
        const row = table.rows[k]?.map((c) => c.map((i) => (i.kind === "text" ? i.text : "")).join(""));
        expect(row?.[0]).toBe(String(n));
        const marked = lines.find((l) => new RegExp(`\\[Open (?:[\\d, ]+, )?${n}(?:, [\\d, ]+)?\\]`).test(l));
        expect(marked, `[Open ${n}] is printed`).toBeDefined();
        const clause = row?.[1] ?? "";
        if (/^\d/.test(clause))
          expect(
            marked?.startsWith(`${clause.replace(/\(.*$/, "")} `) ||
              marked?.startsWith(clause.replace(/^\d+\.\d+/, "")),
          ).toBe(true);
        // the page column points to the item's first marker, which carries the anchor
        const page = table.rows[k]?.[2]?.[0];
        if (clause === "not in this MOU") return expect(page).toEqual({ kind: "text", text: "—" });
        expect(page).toEqual({ kind: "pageRef", target: `open_item_${n}` });
        const anchored = doc.blocks.flatMap((b) =>
          b.kind === "clause" || b.kind === "paragraph"
            ? b.inlines.filter((i) => i.kind === "text" && i.anchors?.includes(`open_item_${n}`))
            : [],
        );
        expect(anchored.length, `one marker anchors item ${n}`).toBe(1);
        expect(anchored[0] && inlineText(anchored[0])).toMatch(
          new RegExp(`^ \\[Open (?:[\\d, ]+, )?${n}(?:, [\\d, ]+)?\\]$`),
        );
      });
    },
  );
});

describe('"days" in periods', () => {
  it("are defined once, as the Parties chose to count them", () => {
    const project = load("resolved");
    const parties = project.topics["parties-and-term"];
    if (!parties) throw new Error("no parties topic");
    const text = (dayCount: string) => {
      const topics = {
        ...project.topics,
        "parties-and-term": { ...parties, answers: { ...parties.answers, dayCount } },
      };
      return documentText(assemble({ ...project, topics }, { mode: "draft" }));
    };
    expect(text("calendar")).toMatch(
      /^1\.\d+ "day" means a calendar day; a period of days includes weekends and holidays\.$/m,
    );
    expect(text("business")).toMatch(
      /^1\.\d+ "day" means a day from Monday to Friday that is not a legal holiday/m,
    );
    expect(text("business").match(/"day" means/g)).toHaveLength(1);
  });
});

describe("an open item on a topic left out", () => {
  it("is listed at the front as not in this MOU", () => {
    let project = load("resolved");
    project = setIncluded(project, "agency", "complaints", false);
    project = setIncluded(project, "agency", "evaluation", false);
    const doc = assemble(project, { mode: "draft" });
    const table = doc.blocks.find((b) => b.kind === "table" && b.role === "openItems");
    if (table?.kind !== "table") throw new Error("no open-items table");
    const rows = table.rows.map((r) => r.map((c) => c.map(inlineText).join("")));
    expect(rows).toContainEqual([
      "2",
      "not in this MOU",
      "—",
      "Evaluation of SROs",
      "Not yet agreed: Waiting for the District to agree to leave this topic out.",
      "District",
    ]);
    expect(documentText(doc)).not.toMatch(/^\d+\.\d+ Evaluation of SROs\. /m);
  });
});

describe("lists of sub-clauses", () => {
  it("end each item with a semicolon and the last with a full stop, adding no conjunction", () => {
    const text = documentText(assemble(load("resolved"), { mode: "draft" }));
    expect(text).toContain(
      "(a) restrooms and locker rooms;\n(b) health rooms;\n(c) counseling sessions;\n(d) classes in session.",
    );
    // a list that already says "; or" keeps its words
    expect(text).toContain(
      "(c) when the conduct causes serious bodily injury; or\n(d) when the law requires Enforcement Action.",
    );
  });
});
