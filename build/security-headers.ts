import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

/**
 * The headers `public/_headers` gives for every path (`/*`), in the Netlify / Cloudflare Pages
 * format: a path on its own line, then its headers indented, `Name: value` one a line.
 */
export function parseHeaders(text: string, path = "/*"): Record<string, string> {
  const headers: Record<string, string> = {};
  let current: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (current !== path || colon < 0) continue;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Reads the security headers from the one source, `_headers` in the public directory. */
export function readSecurityHeaders(publicDir: string): Record<string, string> {
  return parseHeaders(readFileSync(join(publicDir, "_headers"), "utf8"));
}

/**
 * `vite preview` (and so the browser tests, which serve dist/ through it) sends the headers a
 * static host is told to send in `public/_headers`. The dev server does not: its hot reload needs
 * scripts these headers forbid.
 */
export function securityHeaders(): Plugin {
  return {
    name: "security-headers",
    configurePreviewServer(server) {
      const headers = readSecurityHeaders(server.config.publicDir);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
