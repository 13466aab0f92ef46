import { isIncluded } from "../project/facts";
import { openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import { getTopic } from "../topics/registry";
import { FAMILY_WORDS } from "./family-words";
import type { FamilyLanguage, FamilyWords } from "./family-words";
import type { Block, MouDocument } from "./ir";
import { text } from "./ir";
import { sanitizeUserText } from "./tokens";
import { AUTHOR, AUTHOR_INITIALS } from "./words";

export type { FamilyLanguage } from "./family-words";

type Answers = Readonly<Record<string, unknown>>;

const clean = (s: string): string => sanitizeUserText(s.trim());
const str = (x: unknown): string | null => (typeof x === "string" && x.trim() !== "" ? clean(x) : null);
const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.flatMap((v) => (typeof v === "string" && v.trim() !== "" ? [clean(v)] : [])) : [];
/** The phrases for the chosen options the words know, in the words' order. */
const picked = (x: unknown, words: Readonly<Record<string, string>>): string[] => {
  const chosen = new Set(strings(x));
  return Object.keys(words)
    .filter((k) => chosen.has(k))
    .map((k) => words[k] as string);
};
const one = (x: unknown, words: Readonly<Record<string, string>>): string | null => {
  const key = str(x);
  return key !== null && Object.hasOwn(words, key) ? (words[key] as string) : null;
};

/** "a, b and c"; "a; b and c; and d" when an item has a comma or the joining word itself. */
function joined(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  const nested = items.some((i) => i.includes(",") || i.includes(` ${and} `));
  const sep = nested ? "; " : ", ";
  return `${items.slice(0, -1).join(sep)}${nested ? ";" : ""} ${and} ${items[items.length - 1]}`;
}

/** The answers of a topic the MOU includes; null when the Parties left it out. */
function answersOf(project: Project, id: string): Answers | null {
  const topic = getTopic(id);
  const state = project.topics[id];
  if (!topic || !isIncluded(topic, state)) return null;
  return state?.answers ?? {};
}

const paragraph = (t: string): Block => ({ kind: "paragraph", inlines: [text(t)] });
const bullet = (t: string): Block => ({
  kind: "clause",
  level: 1,
  number: "•",
  inlines: [text(t)],
  topicId: null,
});
const bullets = (items: readonly string[]): Block[] => items.map(bullet);
/** A lead-in and its list, or nothing when the list is empty. */
const listed = (lead: string, items: readonly string[]): Block[] =>
  items.length === 0 ? [] : [paragraph(lead), ...bullets(items)];

/** A lead-in and its short list in one sentence, or nothing when the list is empty. */
const inlineText = (lead: string, items: readonly string[], and: string): string | null =>
  items.length === 0
    ? null
    : `${lead} ${joined(
        items.map((i) => i.replace(/[.;,]+$/, "")),
        and,
      )}.`;
const inline = (lead: string, items: readonly string[], and: string): Block[] => {
  const t = inlineText(lead, items, and);
  return t === null ? [] : [paragraph(t)];
};

/** The sentences given, as one paragraph; nothing when none is given. */
const sentences = (list: ReadonlyArray<string | null>): Block[] => {
  const given = list.filter((t): t is string => t !== null);
  return given.length === 0 ? [] : [paragraph(given.join(" "))];
};

/** A heading with its section, or nothing when the section is empty. */
function section(heading: string, body: readonly Block[]): Block[] {
  return body.length === 0 ? [] : [{ kind: "heading", number: null, text: heading, level: 1 }, ...body];
}

function whatTheSroDoes(project: Project, w: FamilyWords): Block[] {
  const out: Block[] = [];
  const roles = answersOf(project, "triad-roles");
  if (roles) {
    const chosen = new Set(strings(roles.roles));
    out.push(...bullets(picked(roles.roles, w.roles)));
    if (chosen.has("educator")) {
      out.push(
        ...sentences([
          inlineText(w.teachingLead, picked(roles.teachingTopics, w.teaching), w.and),
          inlineText(w.otherTopicsLead, strings(roles.otherTopics), w.and),
        ]),
      );
      out.push(
        ...sentences([
          one(roles.classArrangement, w.classArrangement),
          roles.teacherPresent === true ? w.teacherPresent : null,
        ]),
      );
    }
    if (chosen.has("mentor")) {
      const staff = picked(roles.referralStaff, w.staff);
      if (staff.length > 0) out.push(paragraph(w.referral(joined(staff, w.and))));
    }
  }
  const duties = answersOf(project, "day-to-day-duties");
  if (duties) out.push(...listed(w.dutiesLead, strings(duties.duties)));
  return out;
}

function whatTheSroDoesNot(project: Project, w: FamilyWords): Block[] {
  const items: string[] = [];
  const discipline = answersOf(project, "formal-discipline");
  if (discipline) {
    const role = one(discipline.sroRole, w.discipline);
    // an SRO who may administer discipline is something the SRO does, not a limit
    if (role && discipline.sroRole !== "administers") items.push(role);
    if (discipline.noArrestForDiscipline === true) items.push(w.noArrestForDiscipline);
  }
  const roles = answersOf(project, "triad-roles");
  if (roles && strings(roles.roles).includes("mentor") && roles.noClinicalCounseling === true)
    items.push(w.noClinicalCounseling);
  const duties = answersOf(project, "day-to-day-duties");
  const excluded = duties ? picked(duties.excludedDuties, w.excluded) : [];
  if (excluded.length > 0) items.push(`${w.excludedLead} ${joined(excluded, w.or)}.`);
  return bullets(items);
}

function administersDiscipline(project: Project, w: FamilyWords): Block[] {
  const discipline = answersOf(project, "formal-discipline");
  return discipline?.sroRole === "administers" ? [bullet(w.discipline.administers as string)] : [];
}

function ifTheLaw(project: Project, w: FamilyWords): Block[] {
  const a = answersOf(project, "enforcement-discretion");
  if (!a) return [];
  const out: Block[] = [
    ...sentences([
      one(a.decisionMaker, w.decisionMaker),
      a.collaborationInforms === true ? w.collaborationInforms : null,
    ]),
  ];
  if (a.diversionFirst === true) {
    const exceptions = picked(a.exceptions, w.exceptions);
    out.push(
      ...sentences([
        w.diversionFirst,
        exceptions.length > 0 ? `${w.exceptionsLead} ${joined(exceptions, w.or)}.` : null,
      ]),
    );
  }
  // the programs go with the alternatives when the SRO considers them first
  const alternatives = inlineText(w.alternativesLead, strings(a.alternatives), w.and);
  const last = out.at(-1);
  if (alternatives !== null && a.diversionFirst === true && last?.kind === "paragraph")
    out[out.length - 1] = { ...last, inlines: [...last.inlines, text(` ${alternatives}`)] };
  else if (alternatives !== null) out.push(paragraph(alternatives));
  return out;
}

function questioning(project: Project, w: FamilyWords): Block[] {
  const a = answersOf(project, "questioning-students");
  if (!a) return [];
  const out: Block[] = [];
  const notice = one(a.parentNotice, w.parentNotice);
  const exceptions = a.parentNotice === "before" ? picked(a.noticeExceptions, w.noticeExceptions) : [];
  out.push(
    ...sentences([
      notice,
      notice && exceptions.length > 0 ? `${w.noticeExceptionsLead} ${joined(exceptions, w.or)}.` : null,
    ]),
  );
  const who = picked(a.staffWho, w.staff);
  out.push(
    ...sentences([
      a.staffPresent === true ? w.staffPresent(who.length > 0 ? joined(who, w.or) : null) : null,
      one(a.rightsAdvice, w.rightsAdvice),
    ]),
  );
  const limits: string[] = [];
  if (a.noDisciplineQuestioning === true) limits.push(w.noDisciplineQuestioning);
  if (a.noImmigrationQuestions === true) limits.push(w.noImmigrationQuestions);
  out.push(...sentences([...limits, inlineText(w.otherBarredLead, strings(a.otherBarredQuestions), w.and)]));
  return out;
}

function searches(project: Project, w: FamilyWords): Block[] {
  const a = answersOf(project, "searches");
  if (!a) return [];
  const items: string[] = [];
  if (a.schoolSearchStandard === true) items.push(w.schoolSearchStandard);
  const standard = one(a.sroStandard, w.sroStandard);
  if (standard) items.push(standard);
  if (a.noSearchForStaff === true) items.push(w.noSearchForStaff);
  const role = one(a.sroInSchoolSearch, w.sroInSchoolSearch);
  if (role) items.push(role);
  if (a.noStripSearch === true) items.push(w.noStripSearch);
  if (a.adminNotice === true) items.push(w.adminNotice);
  return bullets(items);
}

function concern(project: Project, w: FamilyWords): Block[] {
  const a = answersOf(project, "complaints");
  if (!a) return [];
  const out: Block[] = [...inline(w.channelsLead, picked(a.channels, w.channels), w.or)];
  const forward = num(a.forwardDays);
  const response = num(a.responseDays);
  out.push(
    ...sentences([
      forward !== null && strings(a.channels).includes("school") ? w.forwardDays(forward) : null,
      one(a.investigator, w.investigator),
      response !== null ? w.responseDays(response) : null,
    ]),
    ...sentences([
      a.noRetaliation === true ? w.noRetaliation : null,
      a.published === true ? w.published : null,
    ]),
  );
  return out;
}

function contacts(project: Project, w: FamilyWords, names: { agency: string; district: string }): Block[] {
  const parties = project.parties;
  const a = answersOf(project, "amendment");
  const out: Block[] = [];
  if (a && a.notices === true) {
    for (const side of ["agency", "district"] as const) {
      const title = str(a[`${side}NoticeOfficer`]);
      // the person who holds that office, when the Parties name one among the signers
      const holder = title
        ? parties.signatories.find(
            (s) =>
              s.side === side && s.title.trim().toLowerCase() === title.toLowerCase() && s.name.trim() !== "",
          )
        : undefined;
      const email = str(a[`${side}NoticeEmail`]);
      const address = str(a[`${side}NoticeAddress`]) ?? str(parties[side].address);
      const parts = [
        title ? w.person(holder ? clean(holder.name) : null, title) : null,
        email ? `${w.email}: ${email}` : null,
        address ? `${w.address}: ${address.replace(/\s*[\r\n]+\s*/g, ", ")}` : null,
      ].filter((p): p is string => p !== null);
      if (parts.length > 0)
        out.push({
          kind: "paragraph",
          align: "left",
          inlines: [text(`${w.forParty(names[side])}: `, { bold: true }), text(`${parts.join(". ")}.`)],
        });
    }
  }
  if (out.length === 0) {
    const lines = (["agency", "district"] as const).flatMap((side) => {
      const address = str(parties[side].address);
      return address ? [`${names[side]}: ${address.replace(/\s*[\r\n]+\s*/g, ", ")}`] : [];
    });
    out.push(...listed(w.partyAddressLead, lines));
  }
  return out;
}

/**
 * A summary of the MOU for families, in plain words, in English or Spanish: who it covers, what
 * the SRO does and does not do, questioning, searches, how to raise a concern and whom to
 * contact. Every sentence states a term the Parties agreed; a topic left out of the MOU, or a
 * term left unanswered, is not mentioned. The signed MOU governs, and the summary says so first.
 */
export function buildFamilySummary(project: Project, lang: FamilyLanguage): MouDocument {
  const w = FAMILY_WORDS[lang];
  const agencyName =
    clean(project.parties.agency.name) || (lang === "es" ? "la agencia de policía" : "the police agency");
  const districtName =
    clean(project.parties.district.name) || (lang === "es" ? "el distrito escolar" : "the school district");
  const open = openItems(project).length;
  const schools = project.schools.flatMap((s) => (s.name.trim() !== "" ? [clean(s.name)] : []));
  const names = { agency: agencyName, district: districtName };

  const blocks: Block[] = [
    { kind: "title", lines: [w.title, districtName] },
    paragraph(w.intro(agencyName, districtName)),
    {
      kind: "paragraph",
      inlines: [text(w.governs, { bold: true }), ...(open > 0 ? [text(` ${w.draft}`)] : [])],
    },
    ...section(w.headings.who, inline(w.schoolsLead(agencyName, schools.length), schools, w.and)),
    ...section(w.headings.does, [...whatTheSroDoes(project, w), ...administersDiscipline(project, w)]),
    ...section(w.headings.doesNot, whatTheSroDoesNot(project, w)),
    ...section(w.headings.law, ifTheLaw(project, w)),
    ...section(w.headings.questioning, questioning(project, w)),
    ...section(w.headings.searches, searches(project, w)),
    ...section(w.headings.concern, concern(project, w)),
    ...section(w.headings.contact, contacts(project, w, names)),
  ];

  return {
    mode: "draft",
    openItems: [],
    blocks,
    meta: {
      title: `${w.title}: ${districtName}`,
      subject: w.title,
      agencyName,
      districtName,
      status: open === 0 ? "Signature-ready" : project.review ? "Annual review" : "Draft",
      version: project.updatedAt.slice(0, 10),
      header: w.header(districtName),
      pageLabel: [w.pageLabel[0], { field: "page" }, w.pageLabel[1], { field: "pages" }],
      footer: w.footer,
      redline: false,
      author: AUTHOR,
      authorInitials: AUTHOR_INITIALS,
      keywords: ["SRO", "MOU", lang === "es" ? "familias" : "families", agencyName, districtName],
      language: w.language,
    },
  };
}
