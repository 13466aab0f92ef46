import { describe, expect, it } from "vitest";
import type { MouDocument } from "../../src/document/ir";
import { escapeHtml, renderHtml } from "../../src/render/html";
import { render } from "../../src/render/registry";

const NASTY = `<script>alert("x")</script> & 'quotes'`;

function doc(): MouDocument {
  return {
    mode: "draft",
    openItems: [],
    meta: {
      title: `MOU ${NASTY}`,
      subject: "SRO MOU",
      agencyName: "Agency <A>",
      districtName: "District & Co",
      status: "Draft",
      version: "1",
      header: `Header ${NASTY}`,
      pageLabel: ["Page ", { field: "page" }],
      footer: "Draft: not for signature",
      redline: false,
      author: "SRO MOU Wizard",
      authorInitials: "SMW",
      keywords: ["SRO"],
      language: "en-US",
      fingerprint: { full: "ABCDEF0123", short: "ABCD" },
    },
    blocks: [
      { kind: "title", lines: ["Memorandum of Understanding", `between ${NASTY}`] },
      { kind: "heading", number: "1", text: "Duties <b>", level: 1 },
      { kind: "clause", level: 1, number: "1.1", inlines: [{ kind: "text", text: NASTY }], topicId: null },
      {
        kind: "clause",
        level: 2,
        number: "(a)",
        inlines: [
          {
            kind: "text",
            text: "flagged",
            flags: [{ label: "Objection", message: "m", waitingOn: ["agency"], comment: "c", number: 1 }],
          },
          { kind: "text", text: " [Open 1]" },
        ],
        topicId: null,
      },
      {
        kind: "clause",
        level: 2,
        number: "(b)",
        inlines: [{ kind: "blank", label: "Days", flags: [] }],
        topicId: null,
      },
      { kind: "clause", level: 1, number: "1.2", inlines: [{ kind: "text", text: "two" }], topicId: null },
      { kind: "heading", number: null, text: "Exhibit A", level: 2 },
      {
        kind: "table",
        header: ["Item", "Who <pays>"],
        rows: [[[{ kind: "text", text: "a & b" }], [{ kind: "pageRef", target: "x" }]]],
        widths: [1, 1],
      },
      {
        kind: "signatures",
        labels: { signature: "Signature", name: "Name:", title: "Title:", date: "Date" },
        blocks: [{ caption: "For the <Agency>", name: "Ann", title: "Chief", startsParty: true, id: "a" }],
      },
    ],
  };
}

describe("HTML export", () => {
  it("escapes every character HTML reads as markup", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const html = renderHtml(doc());
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
  });

  it("is one page with its language, title, headings, lists, table headers and fingerprint, loading nothing", () => {
    const page = new DOMParser().parseFromString(renderHtml(doc()), "text/html");
    expect(page.documentElement.lang).toBe("en-US");
    expect(page.title).toBe(`MOU ${NASTY}`);
    expect([...page.querySelectorAll("h1, h2, h3")].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      "H1 Memorandum of Understanding",
      "H2 1 Duties <b>",
      "H3 Exhibit A",
    ]);
    const items = page.querySelectorAll("main > ol > li");
    expect(items.length).toBe(2);
    // the sub-clauses are a list inside clause 1.1
    expect(
      [...(items[0]?.querySelectorAll(":scope > ol > li > .num") ?? [])].map((n) => n.textContent),
    ).toEqual(["(a)", "(b)"]);
    expect(items[0]?.textContent).toContain(NASTY);
    expect(page.querySelector("mark")?.textContent).toBe("flagged");
    expect(page.body.textContent).toContain("[Open 1]");
    expect(page.body.textContent).toContain("[Days: not yet answered]");
    expect([...page.querySelectorAll("th")].map((t) => [t.getAttribute("scope"), t.textContent])).toEqual([
      ["col", "Item"],
      ["col", "Who <pays>"],
    ]);
    expect(page.querySelector("caption")?.textContent).toBe("Exhibit A");
    expect(page.querySelector("td")?.textContent).toBe("a & b");
    expect(page.querySelector("footer")?.textContent).toContain("ABCDEF0123");
    expect(page.querySelector("header")?.textContent).toBe(`Header ${NASTY}`);
    expect(page.querySelectorAll("script, link, img, iframe, [src], [href]").length).toBe(0);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });

  it("renders through the registry", async () => {
    const bytes = await render("html", doc(), { loadFont: () => Promise.reject(new Error("no fonts")) });
    expect(new TextDecoder().decode(bytes)).toMatch(/^<!DOCTYPE html>/);
  });
});
