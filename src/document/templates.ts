import H from "handlebars/runtime";
import { HELPER_NAMES } from "./helper-names";
import { labelToken, refToken } from "./tokens";
import { formatList, formatMoney, formatPercent, formatTime, formatDate } from "../format/values";

type Template = (context: unknown) => string;

const modules = import.meta.glob<Template>("../../templates/*.hbs", { eager: true, import: "default" });

const templates = new Map<string, Template>();
for (const [path, template] of Object.entries(modules)) {
  const name = /([^/]+)\.hbs$/.exec(path)?.[1];
  if (name) templates.set(name, template);
}

const asText = (x: unknown): string => (typeof x === "string" ? x : String(x));

// Helpers are few and pure: comparisons for choices, and formatters for values inside #each.
H.registerHelper("eq", (a: unknown, b: unknown) => a === b);
H.registerHelper("ne", (a: unknown, b: unknown) => a !== b);
H.registerHelper("and", (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
H.registerHelper("or", (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
H.registerHelper("not", (a: unknown) => !a);
H.registerHelper("gt", (a: unknown, b: unknown) => typeof a === "number" && typeof b === "number" && a > b);
H.registerHelper("lt", (a: unknown, b: unknown) => typeof a === "number" && typeof b === "number" && a < b);
H.registerHelper("includes", (list: unknown, x: unknown) => Array.isArray(list) && list.includes(x));
H.registerHelper("list", (items: unknown) => (Array.isArray(items) ? formatList(items.map(asText)) : ""));
H.registerHelper("listOr", (items: unknown) =>
  Array.isArray(items) ? formatList(items.map(asText), "or") : "",
);
H.registerHelper("money", (x: unknown) => (typeof x === "number" ? formatMoney(x) : ""));
H.registerHelper("percent", (x: unknown) => (typeof x === "number" ? formatPercent(x) : ""));
H.registerHelper("time", (x: unknown) => (typeof x === "string" ? formatTime(x) : ""));
H.registerHelper("date", (x: unknown) => (typeof x === "string" ? formatDate(x) : ""));
// "section {{ref "expenses"}}" prints the number of that topic's first clause: "section 7.3"
// "section {{ref "parties-and-term" "exhibit-changes"}}" prints the number of the clause that
// "{{label "exhibit-changes"}}" marks in that topic: "section 2.4"
H.registerHelper("ref", (topicId: unknown, ...rest: unknown[]) => {
  if (typeof topicId !== "string") return "";
  const label = rest.length > 1 && typeof rest[0] === "string" ? rest[0] : undefined;
  return refToken(topicId, label);
});
H.registerHelper("label", (label: unknown) => (typeof label === "string" ? labelToken(label) : ""));

/**
 * How a clause names the SRO or SROs. Each form is [one SRO, several SROs]: a duty of every SRO
 * is "Each SRO shall" with several and "The SRO shall" with one; a group that acts together is
 * "the SROs". The defined term "SRO" covers the plural, so "SROs" needs no definition of its own.
 * A form ending in "'s" or "s'" is the possessive. Capitalized forms begin a sentence.
 */
export const SRO_FORMS = {
  each: ["the SRO", "each SRO"],
  Each: ["The SRO", "Each SRO"],
  "each's": ["the SRO's", "each SRO's"],
  "Each's": ["The SRO's", "Each SRO's"],
  an: ["the SRO", "an SRO"],
  An: ["The SRO", "An SRO"],
  "an's": ["the SRO's", "an SRO's"],
  "An's": ["The SRO's", "An SRO's"],
  any: ["the SRO", "any SRO"],
  "the-s": ["the SRO", "the SROs"],
  "The-s": ["The SRO", "The SROs"],
  "the-s'": ["the SRO's", "the SROs'"],
  "The-s'": ["The SRO's", "The SROs'"],
  s: ["SRO", "SROs"],
} as const satisfies Record<string, readonly [string, string]>;

export type SroForm = keyof typeof SRO_FORMS;

/** Several SROs serve when Exhibit A assigns more than one full officer in all. */
export function severalSros(totalOfficers: number): boolean {
  return totalOfficers > 1;
}

/** The words for the SRO or SROs in the given form; throws on a form not in SRO_FORMS. */
export function sroPhrase(form: string, totalOfficers: number): string {
  if (!Object.hasOwn(SRO_FORMS, form)) throw new Error(`Unknown SRO form "${form}" in a clause template.`);
  return SRO_FORMS[form as SroForm][severalSros(totalOfficers) ? 1 : 0];
}

/** Exhibit A's number of officers, read from the template's root context (`facts.totalOfficers`). */
function rootOfficers(options: unknown): number {
  const root = (options as { data?: { root?: { facts?: { totalOfficers?: unknown } } } }).data?.root;
  const n = root?.facts?.totalOfficers;
  if (typeof n !== "number") throw new Error("A clause template named the SRO without facts.totalOfficers.");
  return n;
}

// {{sro "Each"}} shall …: "Each SRO shall" with several SROs, "The SRO shall" with one (SRO_FORMS)
H.registerHelper("sro", (form: unknown, options: unknown) => sroPhrase(asText(form), rootOfficers(options)));
// {{bySroCount "is" "are"}}: the first words with one SRO, the second with several (a verb after "the SROs")
H.registerHelper("bySroCount", (one: unknown, several: unknown, options: unknown) =>
  asText(severalSros(rootOfficers(options)) ? several : one),
);

// templates are precompiled knowing HELPER_NAMES (a call goes straight to the helper): each must be registered
for (const name of HELPER_NAMES)
  if (!Object.hasOwn(H.helpers, name)) throw new Error(`The template helper "${name}" is not registered.`);

export function hasTemplate(name: string): boolean {
  return templates.has(name);
}

export function templateNames(): string[] {
  return [...templates.keys()];
}

/** Renders a clause template to its lines; throws when the template is missing or misuses data. */
export function renderTemplate(name: string, context: unknown): string[] {
  const template = templates.get(name);
  if (!template) throw new Error(`No clause template "${name}.hbs" in templates/.`);
  return template(context)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
