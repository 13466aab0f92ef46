import { zipSync } from "fflate";

/**
 * Zips a DOCX package's parts, in their order: with Node's native DEFLATE where the renderer runs
 * in Node (the command line, its worker threads, the tests), with fflate's DEFLATE in JavaScript
 * in a browser, as the docx library zips. Node's zlib is reached at run time, so the browser build
 * never sees it.
 */

/** What the zip takes from Node's zlib. */
export interface NativeZlib {
  readonly deflateRawSync: (data: Uint8Array, options: { level: number }) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

/** Node's zlib, or undefined outside Node. */
function nativeZlib(): NativeZlib | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = node?.getBuiltinModule?.("node:zlib") as Partial<NativeZlib> | undefined;
  return zlib?.deflateRawSync && zlib.crc32 ? (zlib as NativeZlib) : undefined;
}

/**
 * Compressed at zlib's level 3 rather than the default 6: on the sample MOU the deflate takes
 * about a third of the time, for a file about a tenth larger (24 KB rather than 21 KB); a batch
 * renders many.
 */
const LEVEL = 3;

/**
 * A plain zip, as fflate writes it: no zip64 (a package is far below 4 GB), no extra fields, DOS
 * times in local time.
 */
export function zipNative(
  zlib: NativeZlib,
  files: Readonly<Record<string, Uint8Array>>,
  now = new Date(),
): Uint8Array {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of Object.entries(files)) {
    const name = encoder.encode(path);
    const packed = zlib.deflateRawSync(data, { level: LEVEL });
    const crc = zlib.crc32(data);
    const utf8 = /[^\x20-\x7e]/.test(path) ? 0x800 : 0;
    const head = (signature: number, size: number) => {
      const bytes = new Uint8Array(size + name.length);
      const v = new DataView(bytes.buffer);
      v.setUint32(0, signature, true);
      return { bytes, v };
    };
    // the fields a local header and its central directory entry share, from "version needed" on
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true); // version needed: 2.0 (DEFLATE)
      v.setUint16(at + 2, utf8, true);
      v.setUint16(at + 4, 8, true); // DEFLATE
      v.setUint16(at + 6, time, true);
      v.setUint16(at + 8, date, true);
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, packed.length, true);
      v.setUint32(at + 18, data.length, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = head(0x04034b50, 30);
    common(local.v, 4);
    local.bytes.set(name, 30);
    const central = head(0x02014b50, 46);
    central.v.setUint16(4, 20, true); // version made by
    common(central.v, 6);
    central.v.setUint32(42, offset, true);
    central.bytes.set(name, 46);
    locals.push(local.bytes, packed);
    centrals.push(central.bytes);
    offset += local.bytes.length + packed.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, centrals.length, true);
  v.setUint16(10, centrals.length, true);
  v.setUint32(12, directorySize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The package's parts, zipped in the order given; `zlib` undefined zips as in a browser. */
export function zipParts(
  parts: ReadonlyArray<readonly [string, string]>,
  zlib: NativeZlib | undefined = nativeZlib(),
): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of parts) files[path] = encoder.encode(xml);
  return zlib ? zipNative(zlib, files) : zipSync(files);
}
