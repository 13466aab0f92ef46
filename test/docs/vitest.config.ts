import { defineConfig } from "vitest/config";
import { hbsPrecompile } from "../../build/vite-plugin-hbs.ts";

export default defineConfig({
  plugins: [hbsPrecompile()],
  test: {
    include: ["test/docs/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
