import type { MouDocument } from "../document/ir";

/**
 * The fonts a PDF may need; the fallbacks ("emoji", "cjk", "korean", "arabic") are asked for only
 * when the text needs them (src/render/pdf/scripts.ts).
 */
export type FontName = "regular" | "bold" | "italic" | "boldItalic" | "emoji" | "cjk" | "korean" | "arabic";

/** What a renderer may need from where it runs: the app in a browser, or Node (CLI, tests, bench). */
export interface RenderEnv {
  /** TTF bytes of a PDF font: the app's own files in a browser, node_modules in Node. */
  readonly loadFont: (name: FontName) => Promise<Uint8Array>;
  /** Fixes the file's dates, for reproducible files. */
  readonly now?: Date;
}

export type RenderFn = (doc: MouDocument, env: RenderEnv) => Promise<Uint8Array>;

export interface Renderer {
  readonly format: Format;
  /** As an export button names it. */
  readonly label: string;
  readonly extension: string;
  readonly mimeType: string;
  /** Loads the renderer's code on first use (docx and pdf-lib are large). */
  readonly load: () => Promise<RenderFn>;
}

export const FORMATS = ["docx", "pdf", "markdown", "html"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Every output format: one row here and one file beside it. The app's export, the CLI, the
 * bench and the document tests all render through this table.
 */
export const RENDERERS: Readonly<Record<Format, Renderer>> = {
  docx: {
    format: "docx",
    label: "DOCX (Word)",
    extension: "docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    load: async () => {
      const { renderDocx } = await import("./docx");
      return (doc, env) => renderDocx(doc, env.now ? { now: env.now } : {});
    },
  },
  pdf: {
    format: "pdf",
    label: "PDF",
    extension: "pdf",
    mimeType: "application/pdf",
    load: async () => {
      const { renderPdf } = await import("./pdf/render");
      return (doc, env) => renderPdf(doc, { loadFont: env.loadFont, ...(env.now ? { now: env.now } : {}) });
    },
  },
  markdown: {
    format: "markdown",
    label: "Plain text (Markdown)",
    extension: "md",
    mimeType: "text/markdown",
    load: async () => {
      const { renderMarkdown } = await import("./markdown");
      return (doc) => Promise.resolve(new TextEncoder().encode(renderMarkdown(doc)));
    },
  },
  html: {
    format: "html",
    label: "Web page (HTML)",
    extension: "html",
    mimeType: "text/html",
    load: async () => {
      const { renderHtml } = await import("./html");
      return (doc) => Promise.resolve(new TextEncoder().encode(renderHtml(doc)));
    },
  },
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * The fonts each loader gave, by name. The PDF renderer keeps a parsed font, with the shapes of
 * the words already laid out in it, per byte buffer: a loader that fetches anew on every call (the
 * app's) would have every export parse the fonts and shape every word again.
 */
const loadedFonts = new WeakMap<RenderEnv["loadFont"], Map<FontName, Promise<Uint8Array>>>();

export function rememberingFonts(env: RenderEnv): RenderEnv {
  let known = loadedFonts.get(env.loadFont);
  if (!known) loadedFonts.set(env.loadFont, (known = new Map()));
  const fonts = known;
  return {
    ...env,
    loadFont: (name) => {
      let bytes = fonts.get(name);
      if (!bytes) {
        bytes = env.loadFont(name);
        // a font that failed to load is asked for again next time
        bytes.catch(() => {
          if (fonts.get(name) === bytes) fonts.delete(name);
        });
        fonts.set(name, bytes);
      }
      return bytes;
    },
  };
}

/** Renders a document model in one format. */
export async function render(format: Format, doc: MouDocument, env: RenderEnv): Promise<Uint8Array> {
  const fn = await RENDERERS[format].load();
  return fn(doc, rememberingFonts(env));
}
