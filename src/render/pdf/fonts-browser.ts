import regular from "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url";
import bold from "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url";
import italic from "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url";
import boldItalic from "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url";
import emoji from "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url";
import cjk from "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url";
import korean from "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url";
import arabic from "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf?url";
import type { FontName } from "./render";

const URLS: Record<FontName, string> = { regular, bold, italic, boldItalic, emoji, cjk, korean, arabic };

async function fetchFont(name: FontName): Promise<Uint8Array> {
  const response = await fetch(URLS[name]);
  if (!response.ok) throw new Error(`The PDF font "${name}" could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The fonts fetched so far, for the page's life: the next export gets the same bytes, and with
 * them the same parsed font and its measured words (fontkit-adapter.ts keeps those per buffer),
 * rather than parsing and shaping everything again. A failed fetch is not kept.
 */
const loaded = new Map<FontName, Promise<Uint8Array>>();

/** Fetches a PDF font from the app's own files (bundled by Vite; no network beyond the app). */
export function loadFontBrowser(name: FontName): Promise<Uint8Array> {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = fetchFont(name);
    loaded.set(name, bytes);
    bytes.catch(() => loaded.delete(name));
  }
  return bytes;
}
