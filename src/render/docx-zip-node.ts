import { crc32, deflateRawSync } from "node:zlib";
import { zipNative } from "./docx/zip";

/**
 * A DOCX package zipped with Node's native DEFLATE (docx/zip.ts), for where the docx library
 * zips a package itself: vite.cli.config.ts puts it in place of the zip the library bundles,
 * fflate's zipSync in JavaScript. The same files, in the same order.
 */
export function zipPackage(files: Readonly<Record<string, Uint8Array>>, now = new Date()): Uint8Array {
  return zipNative({ deflateRawSync, crc32 }, files, now);
}
