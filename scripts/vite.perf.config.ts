// Builds scripts/perf-pdf.ts with the command line's plugins (see vite.cli.config.ts), for profiling.
import { defineConfig, mergeConfig } from "vite";
import cli from "../vite.cli.config.ts";

export default mergeConfig(
  cli,
  defineConfig({
    build: {
      outDir: "node_modules/.cache/perf-pdf",
      minify: false,
      rollupOptions: { input: { "perf-pdf": "scripts/perf-pdf.ts" } },
    },
  }),
);
