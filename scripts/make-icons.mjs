// Renders public/icon.svg to the PNG icons of the web app manifest with Debian's Chromium (no
// network). Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const svg = readFileSync("public/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const [file, size, padding] of [
    ["public/icon-192.png", 192, 0],
    ["public/icon-512.png", 512, 0],
    ["public/apple-touch-icon.png", 180, 0],
    // maskable: the platform crops to a circle or squircle, so the picture keeps to the inner 80%
    ["public/icon-maskable-512.png", 512, 0.1],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * (1 - 2 * padding));
    const offset = Math.round(size * padding);
    await page.setContent(
      `<body style="margin:0;background:${padding ? "#1f3a5f" : "transparent"};width:${size}px;height:${size}px;overflow:hidden">` +
        `<div style="position:absolute;left:${offset}px;top:${offset}px;width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: file, omitBackground: padding === 0 });
    await page.close();
  }
} finally {
  await browser.close();
}
