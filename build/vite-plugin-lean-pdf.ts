import type { Plugin } from "vite";

const PREFIX = "\0lean-pdf:";

/** The standard font pdf-lib embeds on its own: a form's default appearance font (Helvetica). */
const KEPT_STANDARD_FONTS = new Set(["Helvetica"]);

const STUBS: Record<string, string> = {
  // fontkit decodes WOFF2 with it; the PDF fonts are TTF files
  brotli: `export default function decompress() {
  throw new Error("WOFF2 fonts are not supported: the PDF export embeds TTF fonts.");
}`,
  // pdf-lib reads PNG images with it; the PDF export embeds no image
  upng: `const unsupported = () => {
  throw new Error("PNG images are not supported: the PDF export embeds no image.");
};
export default { decode: unsupported, toRGBA8: unsupported };`,
  // pdf-lib's zlib streams: the browser's fflate (already used for DOCX), or Node's native zlib
  "pako-browser": `import { unzlibSync, zlibSync } from "fflate";
export const deflate = (data) => zlibSync(data);
export const inflate = (data) => unzlibSync(data);
export default { deflate, inflate };`,
  "pako-node": `import { deflateSync, inflateSync } from "node:zlib";
export const deflate = (data) => deflateSync(data);
export const inflate = (data) => inflateSync(data);
export default { deflate, inflate };`,
};

/**
 * Keeps what the PDF export never runs out of its code (and so out of the chunk loaded on the
 * first PDF export, and out of the command line's start-up): fontkit's WOFF2 decoder (brotli),
 * pdf-lib's PNG decoder, the metrics of the thirteen standard fonts the PDF never embeds, and
 * pako, whose deflate and inflate fflate (browser) or zlib (Node) do. Each left-out part throws
 * a message naming what is not supported, should it ever be called.
 */
export function leanPdf(): Plugin {
  return {
    name: "lean-pdf",
    enforce: "pre",
    resolveId(source, importer, options) {
      if (!importer) return null;
      if (source === "brotli/decompress.js" && /[\\/]fontkit[\\/]/.test(importer)) return `${PREFIX}brotli`;
      if (source === "@pdf-lib/upng" && /[\\/]pdf-lib[\\/]/.test(importer)) return `${PREFIX}upng`;
      if (source === "pako" && /[\\/](pdf-lib|@pdf-lib[\\/]standard-fonts)[\\/]/.test(importer))
        return `${PREFIX}${options.ssr ? "pako-node" : "pako-browser"}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return STUBS[id.slice(PREFIX.length)] ?? null;
    },
    transform(code, id) {
      if (!/[\\/]@pdf-lib[\\/]standard-fonts[\\/]es[\\/]Font\.js$/.test(id)) return null;
      let out = code;
      const dropped: string[] = [];
      out = out.replace(
        /^import (\w+)Compressed from '\.\/([\w-]+)\.compressed\.json';\n/gm,
        (line, _binding: string, name: string) => {
          if (KEPT_STANDARD_FONTS.has(name)) return line;
          dropped.push(name);
          return "";
        },
      );
      out = out.replace(/^\s*'([\w-]+)': (\w+)Compressed,\n/gm, (line, name: string) =>
        KEPT_STANDARD_FONTS.has(name) ? line : "",
      );
      const load = "var json = decompressJson(compressedJsonForFontName[fontName]);";
      if (dropped.length !== 13 || !out.includes(load))
        throw new Error(
          `lean-pdf: @pdf-lib/standard-fonts changed (${dropped.length} fonts matched); update the plugin.`,
        );
      out = out.replace(
        load,
        `if (!compressedJsonForFontName[fontName]) throw new Error("The standard font " + fontName + " is not in this build: the PDF export embeds its own fonts.");\n        ${load}`,
      );
      return { code: out, map: null };
    },
  };
}
