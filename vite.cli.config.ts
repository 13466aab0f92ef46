import { defineConfig } from "vite";
import { hbsPrecompile } from "./build/vite-plugin-hbs.ts";
import { leanPdf } from "./build/vite-plugin-lean-pdf.ts";

/**
 * Builds the Node entry points (CLI, bench) with the same template plugin as the app. Every
 * dependency is bundled and minified, so a command starts by reading a few files rather than
 * resolving hundreds in node_modules; each renderer stays a chunk of its own, loaded only for
 * its format.
 */
export default defineConfig({
  plugins: [hbsPrecompile(), leanPdf()],
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
