/**
 * The helpers the clause templates may call, besides Handlebars' own (if, unless, each, with,
 * lookup). Templates are precompiled knowing these names, so a call goes straight to its helper;
 * templates.ts registers exactly these.
 */
export const HELPER_NAMES = [
  "eq",
  "ne",
  "and",
  "or",
  "not",
  "gt",
  "lt",
  "includes",
  "list",
  "listOr",
  "money",
  "percent",
  "time",
  "date",
  "ref",
  "label",
  "sro",
  "bySroCount",
] as const;
