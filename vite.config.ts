/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { hbsPrecompile } from "./build/vite-plugin-hbs.ts";

export default defineConfig({
  plugins: [hbsPrecompile(), react()],
  base: "./",
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "jsdom",
    include: ["test/unit/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
  },
});
