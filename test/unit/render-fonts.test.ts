// The app's font loader fetches anew on every call; the registry hands the renderers the bytes it
// got the first time, so the PDF renderer's parsed fonts (kept per byte buffer) serve every export.
import { describe, expect, it } from "vitest";
import type { FontName } from "../../src/render/registry";
import { rememberingFonts } from "../../src/render/registry";

describe("fonts given to the renderers", () => {
  it("are loaded once per loader and name, the same bytes for every render", async () => {
    const asked: FontName[] = [];
    const loadFont = (name: FontName) => {
      asked.push(name);
      return Promise.resolve(new Uint8Array([asked.length]));
    };
    const first = rememberingFonts({ loadFont });
    const second = rememberingFonts({ loadFont });
    const a = await first.loadFont("regular");
    expect(await second.loadFont("regular")).toBe(a);
    expect(await second.loadFont("bold")).not.toBe(a);
    expect(asked).toEqual(["regular", "bold"]);
    // another loader (another place fonts come from) has fonts of its own
    const other = rememberingFonts({ loadFont: (name) => loadFont(name) });
    expect(await other.loadFont("regular")).not.toBe(a);
  });

  it("asks again for a font that failed to load", async () => {
    let calls = 0;
    const loadFont = () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(new Uint8Array([7]));
    };
    await expect(rememberingFonts({ loadFont }).loadFont("regular")).rejects.toThrow("offline");
    expect(await rememberingFonts({ loadFont }).loadFont("regular")).toEqual(new Uint8Array([7]));
    expect(calls).toBe(2);
  });
});
