import { describe, expect, it } from "vitest";
import { numbersIn, wordsToNumber } from "../../../src/import/numbers";
import { readParties } from "../../../src/import/parties";
import { readText } from "../../../src/import/read-text";
import { splitClauses } from "../../../src/import/split";
import { sentences, suggestAnswers } from "../../../src/import/suggest";
import { TOPICS } from "../../../src/topics";
import { importFixture } from "./fixtures";

const suggest = (text: string) => {
  const clauses = splitClauses(readText(text));
  return { clauses, suggestions: suggestAnswers(clauses, TOPICS) };
};

describe("numbers as agreements print them", () => {
  it("reads words, digits and both", () => {
    expect(wordsToNumber("forty")).toBe(40);
    expect(wordsToNumber("seventy-five")).toBe(75);
    expect(wordsToNumber("one hundred twenty")).toBe(120);
    expect(wordsToNumber("seven and one-half")).toBe(7.5);
    expect(numbersIn("forty (40) hours, 30 days and sixty percent (60%)").map((n) => n.value)).toEqual([
      40, 30, 60,
    ]);
    const [n] = numbersIn("at least ninety (90) days' notice");
    expect(n && "at least ninety (90) days' notice".slice(n.start, n.end)).toBe("ninety (90)");
  });
});

describe("sentences", () => {
  it("cut at full stops before a capital, with offsets into the clause", () => {
    const text = "The District No. 12 pays. The Agency invoices; Payment is due in 30 days.";
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "The District No. 12 pays.",
      "The Agency invoices;",
      "Payment is due in 30 days.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("suggested answers", () => {
  it("proposes the values a clause states, with the sentence and the value's place in the clause", () => {
    const { clauses, suggestions } = suggest(
      [
        "1. Selection. The Agency shall choose officers with at least five (5) years of law enforcement experience. The District takes part.",
        "2. Before assignment, each officer shall complete forty (40) hours of training.",
        "3. Either party may terminate this MOU on ninety (90) days' written notice.",
        "4. The District shall pay seventy-five percent (75%) of the salary and the Department shall pay the remaining twenty-five percent (25%).",
        "5. The Department shall invoice monthly and the District shall pay each invoice within 45 days.",
        "6. The officer shall be on campus 8 hours per day, from 30 minutes before the first bell.",
        "7. This MOU remains in effect for a term of three (3) years.",
      ].join("\n"),
    );
    const got = suggestions.map((s) => [s.topicId, s.fieldKey, s.value]);
    expect(got).toEqual([
      ["selection", "minYearsExperience", 5],
      ["training", "preAssignmentHours", 40],
      ["termination-and-renewal", "withoutCauseDays", 90],
      ["expenses", "costSchedule.districtPct", 75],
      ["expenses", "costSchedule.agencyPct", 25],
      ["billing", "dueDays", 45],
      ["hours-on-campus", "minutesBeforeFirstBell", 30],
      ["hours-on-campus", null, 8],
      ["parties-and-term", "termYears", 3],
    ]);
    for (const s of suggestions) {
      const text = clauses.find((c) => c.id === s.clauseId)?.text ?? "";
      expect(text.slice(s.start, s.end)).toBe(s.sentence);
      expect(text.slice(s.valueStart, s.valueEnd)).toBe(s.printed);
      expect(s.valueStart).toBeGreaterThanOrEqual(s.start);
      expect(s.valueEnd).toBeLessThanOrEqual(s.end);
    }
    const first = suggestions[0];
    expect(first?.sentence).toBe(
      "The Agency shall choose officers with at least five (5) years of law enforcement experience.",
    );
    expect(first?.printed).toBe("five (5)");
    expect(first?.fieldLabel).toBe("Minimum years of law enforcement experience");
  });

  it("proposes nothing a field could not hold, and nothing from a signature block", () => {
    const { suggestions } = suggest(
      [
        "1. Officers need 45 years of law enforcement experience.",
        "IN WITNESS WHEREOF",
        "By: ____",
        "Date: 30 days",
      ].join("\n"),
    );
    expect(suggestions).toEqual([]);
  });

  it("tells a renewal notice and a cure period from the notice to terminate", () => {
    const { suggestions } = suggest(
      [
        "1. This MOU renews automatically unless a party gives notice of non-renewal sixty (60) days before the term ends.",
        "2. A party may terminate for cause if the other does not cure a breach within 15 days of notice.",
      ].join("\n"),
    );
    expect(suggestions.map((s) => [s.fieldKey, s.value])).toEqual([
      ["nonRenewalDays", 60],
      ["cureDays", 15],
    ]);
  });
});

describe("parties, dates and signatories", () => {
  it("reads them from the parties paragraph, the term clause and the signature blocks", () => {
    const r = importFixture("harlow-articles.txt");
    expect(r.parties.agency?.value).toBe("Harlow County Sheriff's Office");
    expect(r.parties.district?.value).toBe("Harlow Unified School District");
    expect(r.parties.effectiveDate?.value).toBe("2024-07-15");
    expect(r.parties.effectiveDate?.quote).toMatch(/as of July 15, 2024/);
    expect(r.parties.termYears?.value).toBe(3);
    expect(r.parties.title?.value).toMatch(/^SCHOOL RESOURCE OFFICER AGREEMENT between the HARLOW/);
    expect(r.parties.signatories.map((s) => [s.side, s.role, s.name, s.title])).toEqual([
      ["agency", "signatory", "Dana Whitcomb", "Sheriff"],
      ["district", "signatory", "Morgan Ellery", "Superintendent"],
    ]);
  });

  it('reads a name and title printed under the signature line, and an "approved as to form" block', () => {
    const r = importFixture("maple-valley-decimal.txt");
    expect(r.parties.agency?.value).toBe("City of Maple Valley Police Department");
    expect(r.parties.district?.value).toBe("Maple Valley School District No. 12");
    expect(r.parties.effectiveDate?.value).toBe("2025-08-01");
    expect(r.parties.signatories.map((s) => [s.side, s.role, s.name, s.title])).toEqual([
      ["agency", "signatory", "Jordan Reyes", "Chief of Police"],
      ["district", "signatory", "Avery Lindqvist", "Superintendent"],
      ["agency", "approved-as-to-form", "Sam Okafor", "City Attorney"],
    ]);
  });

  it('takes "SIGNED:" and the "For the …" captions above the signature lines as part of the blocks', () => {
    const r = importFixture("birchwood-unnumbered.txt");
    expect(r.parties.signatories.map((s) => [s.side, s.organization, s.name, s.title])).toEqual([
      ["agency", "Birchwood Township Police Department", "Casey Morrow", "Chief of Police"],
      ["district", "Birchwood Area School Board", "Jamie Tran", "Board President"],
    ]);
    expect(r.clauses.filter((c) => c.part === "body").map((c) => c.heading)).not.toContain("SIGNED");
    expect(r.parties.effectiveDate?.value).toBe("2026-09-01");
  });

  it("falls back to the title for the parties when no paragraph names them", () => {
    const clauses = splitClauses(
      readText(
        [
          "AGREEMENT BETWEEN THE LAKESIDE POLICE DEPARTMENT AND LAKESIDE SCHOOL DISTRICT FOR SRO SERVICES",
          "",
          "1. The officer patrols the grounds.",
        ].join("\n"),
      ),
    );
    const parties = readParties(clauses, []);
    expect(parties.agency?.value).toBe("LAKESIDE POLICE DEPARTMENT");
    expect(parties.district?.value).toBe("LAKESIDE SCHOOL DISTRICT");
  });

  it("says nothing it did not find", () => {
    const clauses = splitClauses(readText("1. The officer patrols the grounds."));
    expect(readParties(clauses, [])).toEqual({
      agency: null,
      district: null,
      title: null,
      effectiveDate: null,
      termYears: null,
      signatories: [],
    });
  });
});

describe("values whose subject is in another sentence or other words", () => {
  const values = (text: string) =>
    suggest(text).suggestions.map((s) => [s.topicId, s.fieldKey, s.value, s.printed]);

  it("takes a reply time from the sentence after the one that names the removal or the complaint", () => {
    expect(
      values(
        "4.5 Removal. The Board may ask in writing that an officer be removed. The Chief shall meet with the Board within ten (10) days of the request.",
      ),
    ).toEqual([["rotation-and-removal", "responseDays", 10, "ten (10)"]]);
    expect(
      values(
        "7.2 Complaints. A parent may complain to the Department in writing. The Department shall answer within twenty-one days.",
      ),
    ).toEqual([["complaints", "responseDays", 21, "twenty-one"]]);
    // the highlight is the second sentence, and the value sits inside it
    const [s] = suggest(
      "4.5 The Board may ask that an officer be removed. The Chief shall reply within 14 days.",
    ).suggestions;
    expect(s?.sentence).toBe("The Chief shall reply within 14 days.");
  });

  it("does not take a number of days from a clause that names no removal or complaint", () => {
    expect(
      values("4.6 Meetings. The officer meets the principal weekly. Minutes are sent within ten (10) days."),
    ).toEqual([]);
  });

  it('reads "withdraw from this agreement" as ending it without cause', () => {
    expect(
      values(
        "Either side may withdraw from this agreement by telling the other in writing forty-five days ahead.",
      ),
    ).toEqual([["termination-and-renewal", "withoutCauseDays", 45, "forty-five"]]);
    // an officer withdrawn from a school is not the agreement ending
    expect(values("The Chief may withdraw the officer from a school on ten (10) days' notice.")).toEqual([]);
  });

  it("finds the 10-day reply in the Harlow fixture", () => {
    const found = importFixture("harlow-articles.txt").suggestions.find(
      (s) => s.topicId === "rotation-and-removal",
    );
    expect(found?.value).toBe(10);
    expect(found?.sentence).toMatch(/^The Sheriff shall meet with the District within ten \(10\) days/);
  });
});

describe("values in the wording of the test set's later MOUs", () => {
  const values = (text: string) => suggest(text).suggestions.map((s) => [s.topicId, s.fieldKey, s.value]);

  it("reads a term that lasts, a renewal for one more year, a district called the Schools, an invoice the District pays", () => {
    expect(values("3. This MOU takes effect on July 1, 2025 and lasts for five (5) years.")).toEqual([
      ["parties-and-term", "termYears", 5],
    ]);
    expect(values("4. This MOU renews for one (1) more year at a time.")).toEqual([
      ["termination-and-renewal", "renewalYears", 1],
    ]);
    expect(
      values("B. The Schools pay the City fifty percent (50%) of the officer's wages and benefits."),
    ).toContainEqual(["expenses", "costSchedule.districtPct", 50]);
    expect(values("26. The District pays each invoice within thirty (30) days of receiving it.")).toEqual([
      ["billing", "dueDays", 30],
    ]);
    expect(
      values(
        "17. If the District asks for a deputy to be reassigned, the Department answers within fifteen (15) days.",
      ),
    ).toEqual([["rotation-and-removal", "responseDays", 15]]);
  });

  it("does not read the City's share as the district's", () => {
    expect(
      values("B. The City pays forty percent (40%) of the cost of the schools' officer."),
    ).not.toContainEqual(["expenses", "costSchedule.districtPct", 40]);
  });
});
