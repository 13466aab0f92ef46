import { describe, expect, it } from "vitest";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import amendment from "../../src/topics/amendment";
import type { Answers, ProjectFacts } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

const ADDRESSES = {
  agency: "77 Courthouse Square, Cedar Falls, Iowa 50613",
  district: "500 Prairie Avenue, Cedar Falls, Iowa 50613",
};
const facts = (partyAddresses: ProjectFacts["partyAddresses"] = ADDRESSES) => sampleFacts({ partyAddresses });
const render = (answers: Answers, f: ProjectFacts = facts()) =>
  renderTemplate(amendment.template, buildTemplateContext(amendment, answers, f)).join("\n");
const rule = amendment.rules.find((r) => r.id === "notice-addresses-complete");
const fails = (answers: Answers, f: ProjectFacts = facts()) => rule?.fails(answers, f) ?? false;

describe("notices", () => {
  it("give each Party's officer, full postal address and email", () => {
    const text = render({
      notices: true,
      agencyNoticeOfficer: "Sheriff",
      agencyNoticeEmail: "sheriff@county.example",
      districtNoticeOfficer: "Superintendent",
      districtNoticeEmail: "superintendent@schools.example",
    });
    expect(text).toContain(
      "- for the Agency: the Sheriff, 77 Courthouse Square, Cedar Falls, Iowa 50613, email sheriff@county.example",
    );
    expect(text).toContain(
      "- for the District: the Superintendent, 500 Prairie Avenue, Cedar Falls, Iowa 50613, email superintendent@schools.example",
    );
    expect(fails({ notices: true })).toBe(false);
  });

  it("send notices to each Party's head, at its address in the Parties, when no officer or other address is named", () => {
    const text = render({ notices: true });
    expect(text).toContain("- for the Agency: the head of the Agency, 77 Courthouse Square");
    expect(text).toContain("- for the District: the Superintendent, 500 Prairie Avenue");
    expect(text).not.toMatch(/, email /);
    // an address for notices replaces the Party's own
    expect(render({ notices: true, districtNoticeAddress: "PO Box 9, Cedar Falls, Iowa 50614" })).toContain(
      "- for the District: the Superintendent, PO Box 9, Cedar Falls, Iowa 50614",
    );
  });

  it("never invent an address: a blank one is marked and is an open item", () => {
    const noDistrict = facts({ agency: ADDRESSES.agency, district: null });
    expect(render({ notices: true }, noDistrict)).toContain(
      "- for the District: the Superintendent, [postal address of the District: not yet answered]",
    );
    expect(fails({ notices: true }, noDistrict)).toBe(true);
    expect(rule?.message({ notices: true }, noDistrict)).toMatch(/the District has none/);
    // an address for notices fills the gap
    expect(
      fails({ notices: true, districtNoticeAddress: "PO Box 9, Cedar Falls, Iowa 50614" }, noDistrict),
    ).toBe(false);
  });

  it("print an address as the Parties gave it", () => {
    const short = facts({ agency: "77 Courthouse Square, Cedar Falls", district: ADDRESSES.district });
    expect(render({ notices: true }, short)).toContain(
      "- for the Agency: the head of the Agency, 77 Courthouse Square, Cedar Falls",
    );
    expect(fails({ notices: true }, short)).toBe(false);
    const none = facts({ agency: null, district: null });
    expect(rule?.message({ notices: true }, none)).toMatch(/the Agency and the District have none/);
  });

  it("are no term, and ask for nothing, when the Parties switch them off", () => {
    const none = facts({ agency: null, district: null });
    expect(render({ notices: false }, none)).not.toMatch(/notice under this MOU|postal address/);
    expect(fails({ notices: false }, none)).toBe(false);
    expect(fails({}, none)).toBe(false);
  });

  it("refuse an email address that is not one", () => {
    const field = amendment.fields.find((f) => f.key === "agencyNoticeEmail");
    expect(field?.schema.safeParse("sheriff@county.example").success).toBe(true);
    expect(field?.schema.safeParse("the sheriff").success).toBe(false);
  });
});
