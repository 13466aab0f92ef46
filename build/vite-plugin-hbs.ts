import Handlebars from "handlebars";
import type { Plugin } from "vite";
import { HELPER_NAMES } from "../src/document/helper-names.ts";

/** A source location Handlebars writes into a helper call's options, for error messages only. */
const HELPER_LOC = /,"loc":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;
/** The fallback for runtimes before 4.6; every runtime we ship has `container.lookupProperty`. */
const LOOKUP_FALLBACK =
  /lookupProperty = container\.lookupProperty \|\| function\(parent, propertyName\) \{\s*if \(Object\.prototype\.hasOwnProperty\.call\(parent, propertyName\)\) \{\s*return parent\[propertyName\];\s*\}\s*return undefined\s*\}/g;

/**
 * A template as JavaScript for the Handlebars runtime. Helpers are known by name (a call goes
 * straight to the helper, with no helper-or-value check), and what the runtime never reads is left
 * out: helper call locations and the pre-4.6 lookup fallback. A missing value still names its
 * line and column (strict mode's location is kept).
 */
export function precompileTemplate(source: string): string {
  const spec = String(
    Handlebars.precompile(source, {
      noEscape: true,
      strict: true,
      knownHelpers: Object.fromEntries(HELPER_NAMES.map((h) => [h, true])),
    }),
  );
  return spec.replace(HELPER_LOC, "").replace(LOOKUP_FALLBACK, "lookupProperty = container.lookupProperty");
}

/**
 * Precompiles templates/*.hbs at build time, so the browser ships only the Handlebars runtime
 * and never evaluates template source. `strict` makes a missing value throw; `noEscape` keeps
 * `&`, `<` and quotes literal, since output becomes document text, never HTML.
 */
export function hbsPrecompile(): Plugin {
  return {
    name: "hbs-precompile",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith(".hbs")) return null;
      return {
        code: `import H from "handlebars/runtime";\nexport default H.template(${precompileTemplate(code)});\n`,
        map: null,
      };
    },
  };
}
