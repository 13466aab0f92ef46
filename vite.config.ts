/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { hbsPrecompile } from "./build/vite-plugin-hbs.ts";
import { leanPdf } from "./build/vite-plugin-lean-pdf.ts";
import { securityHeaders } from "./build/security-headers.ts";

export default defineConfig({
  plugins: [
    hbsPrecompile(),
    leanPdf(),
    react(),
    // a service worker (Workbox, generated at build time; off in dev) that precaches every file
    // of the build: the app, each lazy chunk, the pdf.js worker, the PDF fonts and the sample
    VitePWA({
      registerType: "prompt",
      injectRegister: false, // src/pwa/register.ts registers it (production builds only)
      includeAssets: ["apple-touch-icon.png"], // the manifest's icons are added on their own
      manifest: {
        name: "SRO MOU Wizard",
        short_name: "SRO MOU",
        description:
          "Draft and review the School Resource Officer program MOU between a law enforcement agency and a school district.",
        lang: "en",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#1f3a5f",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{html,js,mjs,css,ttf,json}"],
        // source maps are for debugging, not for working offline
        globIgnores: ["**/*.map"],
        // the CJK fallback font is 10.6 MB, and it must print offline too
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // one file (no importScripts), so it runs under Trusted Types as well
        inlineWorkboxRuntime: true,
        navigateFallback: "index.html",
        // the first visit is controlled at once; an update waits for the user (prompt)
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        sourcemap: false,
      },
    }),
    securityHeaders(),
  ],
  base: "./",
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "jsdom",
    include: ["test/unit/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
  },
});
