import Handlebars from "handlebars";
import type { Plugin } from "vite";

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
      const spec = Handlebars.precompile(code, { noEscape: true, strict: true, knownHelpersOnly: false });
      return {
        code: `import H from "handlebars/runtime";\nexport default H.template(${String(spec)});\n`,
        map: null,
      };
    },
  };
}
