// Runs the document checks: real DOCX and PDF files read by pandoc, LibreOffice, qpdf and poppler.
import { spawnSync } from "node:child_process";

const tools = ["pandoc", "soffice", "qpdf", "pdftotext", "pdffonts", "pdftoppm"];
const missing = tools.filter((t) => spawnSync("sh", ["-c", `command -v ${t}`]).status !== 0);
if (missing.length > 0) {
  console.error(`run-docs: missing ${missing.join(", ")}; run scripts/ensure-tools.sh as root.`);
  process.exit(1);
}
const r = spawnSync(
  "npx",
  ["vitest", "run", "--config", "test/docs/vitest.config.ts", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
