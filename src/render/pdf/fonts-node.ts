import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { FontName } from "./render";

const require = createRequire(import.meta.url);

const FILES: Record<FontName, string> = {
  regular: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  korean: "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf",
  arabic: "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf",
};

/** Reads the PDF fonts from the npm packages (Node: CLI, tests, bench). */
export async function loadFontNode(name: FontName): Promise<Uint8Array> {
  return new Uint8Array(await readFile(require.resolve(FILES[name])));
}

const read = new Map<FontName, Promise<Uint8Array>>();

/** The same fonts, each file read once per process: a batch, a bench or a profile renders many PDFs. */
export function loadFontNodeOnce(name: FontName): Promise<Uint8Array> {
  let bytes = read.get(name);
  if (!bytes) read.set(name, (bytes = loadFontNode(name)));
  return bytes;
}
