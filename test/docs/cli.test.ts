import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfText, run, workDir } from "./tools";

function mou(...args: string[]) {
  const r = spawnSync(process.execPath, ["dist-cli/mou.js", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run mou", () => {
  beforeAll(() => {
    run("npx", ["vite", "build", "--config", "vite.cli.config.ts"], { timeout: 120_000 });
  });

  it("check prints the sample's open items as JSON and exits 1", () => {
    const r = mou("check", "public/sample.mou.json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { open: number; items: Array<{ topicId: string; reason: string }> };
    expect(out.open).toBeGreaterThan(0);
    expect(out.items.length).toBe(out.open);
  });

  it("check exits 0 on a fully resolved project", () => {
    const r = mou("check", "test/fixtures/good/resolved/project.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ open: 0, items: [] });
  });

  it("adds to a draft, on request, the annex of departures with the Parties' reasons", () => {
    const pdf = join(workDir, "cli-annex.pdf");
    const args = ["render", "public/sample.mou.json", "--format", "pdf", "--mode", "draft", "--out", pdf];
    expect(mou(...args, "--annex").code).toBe(0);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Annex: Departures from the NASRO Recommendations");
    expect(text).toContain("The two elementary Schools share one SRO for now");
    expect(mou(...args).code).toBe(0);
    expect(pdfText(pdf)).not.toContain("Annex: Departures");
    const final = mou(
      "render",
      "test/fixtures/good/resolved/project.json",
      "--format",
      "pdf",
      "--mode",
      "final",
      "--out",
      pdf,
      "--annex",
    );
    expect(final.code).toBe(2);
    expect(final.stderr).toContain("--annex is for drafts");
  });

  it("renders a draft PDF and a signature-ready DOCX", () => {
    const pdf = join(workDir, "cli-draft.pdf");
    expect(
      mou("render", "public/sample.mou.json", "--format", "pdf", "--mode", "draft", "--out", pdf).code,
    ).toBe(0);
    expect(pdfText(pdf, 1)).toContain("Memorandum of Understanding");
    const docx = join(workDir, "cli-final.docx");
    expect(
      mou(
        "render",
        "test/fixtures/good/resolved/project.json",
        "--format",
        "docx",
        "--mode",
        "final",
        "--out",
        docx,
      ).code,
    ).toBe(0);
    expect(existsSync(docx)).toBe(true);
    const md = join(workDir, "cli-final.md");
    const r = mou(
      "render",
      "test/fixtures/good/resolved/project.json",
      "--format",
      "markdown",
      "--mode",
      "final",
      "--out",
      md,
    );
    expect(r.code).toBe(0);
    // the fingerprint the CLI reports is the one the Markdown carries in its footer
    const print = /fingerprint ([0-9A-F-]{19})/.exec(r.stderr)?.[1] ?? "none";
    expect(readFileSync(md, "utf8")).toContain(`Fingerprint of the agreed text: ${print}`);
  });

  it("refuses a signature-ready render while items are open, saying why", () => {
    const r = mou(
      "render",
      "public/sample.mou.json",
      "--format",
      "pdf",
      "--mode",
      "final",
      "--out",
      join(workDir, "x.pdf"),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs every item resolved/);
  });

  it.each([
    ["not JSON", "hello", /not valid JSON/],
    ["a foreign JSON file", '{"kind":"invoice"}', /not an MOU project file/],
    ["a truncated file", '{"kind":"sro-mou-project","project":{"schemaVersion":1', /cut off/],
    ["a newer schema", '{"schemaVersion":7}', /newer version/],
    ["a wrong type", JSON.stringify({ schemaVersion: 1, id: 5 }), /id/],
    ["a __proto__ key", '{"schemaVersion":1,"__proto__":{"polluted":true}}', /not allowed/],
    [
      "a file of 50 MB",
      `{"schemaVersion":1,"pad":"${" ".repeat(50 * 1024 * 1024)}"}`,
      /50\.0 MB; an MOU project file is at most 20 MB/,
    ],
  ])("gives a clear message and a non-zero exit for %s", (_name, content, message) => {
    const file = join(workDir, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    const r = mou("check", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("says so when the file does not exist, or the options are wrong", () => {
    expect(mou("check", "no/such/file.json").stderr).toMatch(/no such file/);
    expect(
      mou("render", "public/sample.mou.json", "--format", "odt", "--mode", "draft", "--out", "x").stderr,
    ).toMatch(/--format must be docx or pdf or markdown or html/);
    expect(mou("frobnicate").stderr).toMatch(/Unknown command/);
  });

  describe("batches", () => {
    const inDir = join(workDir, "batch-in");
    const outDir = join(workDir, "batch-out");
    beforeAll(() => {
      mkdirSync(inDir, { recursive: true });
      for (const name of ["resolved", "review", "city-sheriff"])
        copyFileSync(`test/fixtures/good/${name}/project.json`, join(inDir, `${name}.mou.json`));
      writeFileSync(join(inDir, "broken.mou.json"), '{"kind":"sro-mou-project"');
    });

    it("render takes a folder and files, writes every format, and one bad file never stops the batch", () => {
      const r = mou(
        "render",
        inDir,
        "public/sample.mou.json",
        "--format",
        "all",
        "--mode",
        "draft",
        "--out-dir",
        outDir,
        "--jobs",
        "2",
        "--json",
      );
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as {
        files: Array<{
          file: string;
          ok: boolean;
          open: number | null;
          outputs: Array<{ path: string }>;
          error: string | null;
        }>;
      };
      expect(report.files.map((f) => f.file)).toEqual([
        join(inDir, "broken.mou.json"),
        join(inDir, "city-sheriff.mou.json"),
        join(inDir, "resolved.mou.json"),
        join(inDir, "review.mou.json"),
        "public/sample.mou.json",
      ]);
      const [broken, ...rest] = report.files;
      expect(broken?.ok).toBe(false);
      expect(broken?.error).toMatch(/cut off/);
      for (const f of rest) {
        expect(f.ok, f.file).toBe(true);
        expect(f.outputs).toHaveLength(4);
      }
      expect(report.files.at(-1)?.open).toBeGreaterThan(0);
      expect(readdirSync(outDir).sort()).toEqual(
        ["city-sheriff", "resolved", "review", "sample"].flatMap((n) =>
          ["docx", "html", "md", "pdf"].map((e) => `${n}.draft.${e}`),
        ),
      );
      // each file is a real document: the PDF's words are the project's
      expect(pdfText(join(outDir, "city-sheriff.draft.pdf"))).toMatch(
        /^Interlocal Agreement\s+between City of/m,
      );
      expect(r.stderr).toMatch(/failed .*broken\.mou\.json: cannot be opened: .*cut off/);
      expect(r.stderr).toMatch(/Rendered 4 of 5 files \(16 documents\) in [\d.]+ s; 1 failed:/);
    });

    it("a signature-ready batch fails only the files with open items, saying how many", () => {
      const r = mou(
        "render",
        join(inDir, "resolved.mou.json"),
        join(inDir, "review.mou.json"),
        "--format",
        "pdf",
        "--mode",
        "final",
        "--out-dir",
        outDir,
      );
      expect(r.code).toBe(1);
      expect(existsSync(join(outDir, "resolved.final.pdf"))).toBe(true);
      expect(existsSync(join(outDir, "review.final.pdf"))).toBe(false);
      expect(r.stderr).toMatch(/review\.mou\.json: A signature-ready MOU needs every item resolved; 1 open/);
    });

    it("check takes many files and exits non-zero when any is open or cannot be opened", () => {
      const clean = mou("check", join(inDir, "resolved.mou.json"), join(inDir, "city-sheriff.mou.json"));
      expect(clean.code).toBe(0);
      expect(clean.stdout).toMatch(/resolved\.mou\.json: nothing open/);
      const open = mou("check", join(inDir, "resolved.mou.json"), join(inDir, "review.mou.json"));
      expect(open.code).toBe(1);
      expect(open.stdout).toMatch(/review\.mou\.json: 1 open/);
      const all = mou("check", inDir, "--json");
      expect(all.code).toBe(2);
      const report = JSON.parse(all.stdout) as {
        files: Array<{ file: string; open: number | null; error: string | null }>;
      };
      expect(report.files).toHaveLength(4);
      expect(report.files.find((f) => f.file.endsWith("broken.mou.json"))?.error).toMatch(/cut off/);
    });

    it("writes the whole --json report to a pipe that is read slowly (mou render … --json | jq)", () => {
      const many = join(workDir, "batch-many");
      mkdirSync(many, { recursive: true });
      // long names make a report of more than 64 KB, what a Linux pipe holds before the writer waits
      for (let i = 0; i < 200; i++)
        copyFileSync(
          "test/fixtures/good/resolved/project.json",
          join(many, `memorandum-of-understanding-between-county-and-school-district-${i}.mou.json`),
        );
      writeFileSync(join(many, "zz-broken.mou.json"), "{ not json");
      // the reader starts a second late, so the pipe is full while the CLI finishes its work
      const r = spawnSync(
        "bash",
        [
          "-c",
          `set -o pipefail; node dist-cli/mou.js render "${many}" --format markdown --mode draft --out-dir "${join(many, "out")}" --jobs 2 --json 2>/dev/null | { sleep 1; cat; }`,
        ],
        { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      );
      expect(r.status).toBe(1); // the CLI's own exit code: one file failed
      expect(r.stdout.length).toBeGreaterThan(64 * 1024);
      const report = JSON.parse(r.stdout) as { files: Array<{ file: string; ok: boolean }> };
      expect(report.files).toHaveLength(201);
      expect(report.files.filter((f) => !f.ok).map((f) => f.file)).toEqual([
        join(many, "zz-broken.mou.json"),
      ]);
    });

    it("runs as npx mou, building only when a source is newer than the build", () => {
      const npxMou = () =>
        spawnSync("npx", ["mou", "check", join(inDir, "resolved.mou.json")], { encoding: "utf8" });
      expect(npxMou().status).toBe(0);
      // built once: the next call runs the build as it is
      const second = npxMou();
      expect(second.status).toBe(0);
      expect(second.stderr).not.toMatch(/Building/);
      // a source newer than the build rebuilds it, once
      const now = new Date();
      utimesSync("vite.cli.config.ts", now, now);
      const rebuilt = spawnSync("npx", ["mou", "check", join(inDir, "resolved.mou.json")], {
        encoding: "utf8",
      });
      expect(rebuilt.status).toBe(0);
      expect(rebuilt.stderr).toMatch(/Building the command line/);
      const again = spawnSync("npx", ["mou", "check", join(inDir, "resolved.mou.json")], {
        encoding: "utf8",
      });
      expect(again.stderr).not.toMatch(/Building/);
    });
  });
});
