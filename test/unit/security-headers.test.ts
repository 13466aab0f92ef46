import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHeaders, readSecurityHeaders } from "../../build/security-headers";

const headers = readSecurityHeaders("public");
const readme = readFileSync("README.md", "utf8");

/** A CSP as directive name → its value. */
function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = "", ...values] = d.split(/\s+/);
        return [name, values.join(" ")];
      }),
  );
}

describe("the security headers (public/_headers, the one source)", () => {
  it("holds the headers a host should send", () => {
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
      ]),
    );
    const csp = directives(headers["Content-Security-Policy"] ?? "");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("require-trusted-types-for")).toBe("'script'");
    expect(csp.get("trusted-types")).toBe("default");
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("worker-src")).toBe("'self'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
  });

  it("keeps every directive of index.html's meta CSP, with the same sources", () => {
    const html = readFileSync("index.html", "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(headers["Content-Security-Policy"] ?? "");
    for (const [name, value] of directives(meta ?? "")) expect(header.get(name), name).toBe(value);
  });

  it("is given the same in the README for nginx and Apache", () => {
    const block = (lang: string) => new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(readme)?.[1] ?? "";
    const nginx = block("nginx");
    const apache = block("apache");
    for (const [name, value] of Object.entries(headers)) {
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
      expect(apache, name).toContain(`Header always set ${name} "${value}"`);
    }
    expect(nginx.trim().split("\n")).toHaveLength(Object.keys(headers).length);
    expect(apache.trim().split("\n")).toHaveLength(Object.keys(headers).length);
  });

  it("reads only the headers of the path asked for", () => {
    const text = "# comment\n/*\n  A: 1\n  B: two: parts\n/admin/*\n  C: 3\n";
    expect(parseHeaders(text)).toEqual({ A: "1", B: "two: parts" });
    expect(parseHeaders(text, "/admin/*")).toEqual({ C: "3" });
  });
});
