// Checks src/render/pdf/plain-glyphs.ts against fontkit's shaping: for every PDF font, the words
// of the fixtures and many random strings of plain characters get the same glyphs (ids and the
// characters they stand for) unshaped as shaped. `npx tsx scripts/check-plain-glyphs.ts`
import { readFileSync, readdirSync } from "node:fs";
import * as fontkit from "fontkit";
import { loadFontNode } from "../src/render/pdf/fonts-node";
import type { PlainFont } from "../src/render/pdf/plain-glyphs";
import { plainGlyphs } from "../src/render/pdf/plain-glyphs";
import type { FontName } from "../src/render/registry";

const NAMES: FontName[] = ["regular", "bold", "italic", "boldItalic", "emoji", "cjk", "korean", "arabic"];

interface Shaped {
  glyphs: Array<{ id: number; codePoints: number[] }>;
}
type Font = PlainFont & { layout(text: string): Shaped };

const words = new Set<string>();
for (const dir of readdirSync("test/fixtures/good"))
  for (const w of readFileSync(`test/fixtures/good/${dir}/document.txt`, "utf8").split(/\s+/))
    if (w) words.add(w);
for (const w of readFileSync("public/sample.mou.json", "utf8").split(/[\s"]+/)) if (w) words.add(w);

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

let checked = 0;
let plain = 0;
let failures = 0;
for (const name of NAMES) {
  const bytes = Buffer.from(await loadFontNode(name));
  const fast = fontkit.create(bytes) as unknown as Font;
  const slow = fontkit.create(bytes) as unknown as Font;
  const chars: string[] = [];
  for (let cp = 0x20; cp < 0x2200; cp++) {
    const s = String.fromCharCode(cp);
    if (plainGlyphs(fast, s)) chars.push(s);
  }
  const samples = [...words];
  for (let i = 0; i < 20000; i++) {
    let s = "";
    const n = 1 + Math.floor(random() * 8);
    for (let k = 0; k < n; k++) s += chars[Math.floor(random() * chars.length)] ?? "";
    samples.push(s);
  }
  for (const s of samples) {
    checked++;
    const got = plainGlyphs(fast, s);
    if (!got) continue;
    plain++;
    const want = slow.layout(s).glyphs;
    const a = got.map((g) => g.id).join(",");
    const b = want.map((g) => g.id).join(",");
    if (a !== b) {
      failures++;
      if (failures < 20) console.log(`${name}: ${JSON.stringify(s)} plain ${a} shaped ${b}`);
    }
  }
  console.log(`${name}: ${chars.length} plain characters`);
}
console.log(`${checked} strings, ${plain} plain, ${failures} differ`);
process.exitCode = failures > 0 ? 1 : 0;
