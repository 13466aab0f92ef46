import H from "handlebars/runtime";
import { refToken } from "./tokens";
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
H.registerHelper("ref", (topicId: unknown) => (typeof topicId === "string" ? refToken(topicId) : ""));

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
