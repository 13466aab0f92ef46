/** Larger files are refused before parsing: a real MOU project is well under 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
