import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defineConfig } from "vite";
import { hbsPrecompile } from "./build/vite-plugin-hbs.ts";
import { leanPdf } from "./build/vite-plugin-lean-pdf.ts";

const ZIP_NODE = fileURLToPath(new URL("./src/render/docx-zip-node.ts", import.meta.url));
const DOCX_ZIP = "var zipFiles = (files) => zipSync(";

/**
 * The docx library zips a package with the fflate it bundles (DEFLATE in JavaScript); in Node the
 * command line zips it with the native zlib instead (src/render/docx-zip-node.ts), the same files
 * in the same order. A docx release that zips otherwise stops the build, rather than silently
 * keeping the slower zip.
 */
function nativeDocxZip(): Plugin {
  return {
    name: "native-docx-zip",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      if (!code.includes(DOCX_ZIP))
        throw new Error(
          `native-docx-zip: docx no longer zips with "${DOCX_ZIP}"; see src/render/docx-zip-node.ts`,
        );
      const patched = code.replace(DOCX_ZIP, "var zipFiles = (files) => __zipPackage(");
      return {
        code: `import { zipPackage as __zipPackage } from ${JSON.stringify(ZIP_NODE)};\n${patched}`,
        map: null,
      };
    },
  };
}

/**
 * Builds the Node entry points (CLI, bench) with the same template plugin as the app. Every
 * dependency is bundled and minified, so a command starts by reading a few files rather than
 * resolving hundreds in node_modules; each renderer stays a chunk of its own, loaded only for
 * its format.
 */
export default defineConfig({
  plugins: [hbsPrecompile(), leanPdf(), nativeDocxZip()],
  logLevel: "warn",
  publicDir: false,
  build: {
    ssr: true,
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { mou: "src/cli/mou.ts", worker: "src/cli/worker.ts", bench: "scripts/bench.ts" },
      output: { entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js", format: "es" },
    },
  },
  ssr: { noExternal: true },
});
