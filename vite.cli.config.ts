import { defineConfig } from "vite";
import { hbsPrecompile } from "./build/vite-plugin-hbs.ts";

/** Builds the Node entry points (CLI, bench) with the same template plugin as the app. */
export default defineConfig({
  plugins: [hbsPrecompile()],
  logLevel: "warn",
  build: {
    ssr: true,
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    rollupOptions: {
      input: { mou: "src/cli/mou.ts", worker: "src/cli/worker.ts", bench: "scripts/bench.ts" },
      output: { entryFileNames: "[name].js", format: "es" },
    },
  },
  ssr: { noExternal: ["handlebars"] },
});
