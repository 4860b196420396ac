import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Every entry of a generated document carries this date, so the same data
 * gives byte-identical files. A local-time date: zip stores local fields, so
 * the bytes are the same in every time zone.
 */
const FIXED_ZIP_DATE = new Date(2026, 0, 1);

/** The entries of a .docx (or any zip), folders left out; throws on bytes that are not a zip. */
export function unzipEntries(bytes: Uint8Array): [name: string, data: Uint8Array][] {
  return Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/'));
}

/**
 * Zips entries in the order given with fflate's deflate, which runs alike in
 * Node and the browser, so every host writes the same bytes for a document.
 */
export function zipEntries(entries: Iterable<[name: string, data: Uint8Array]>, made: 'dos' | 'unix' = 'dos'): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = data;
  return zipSync(files, { level: 6, mtime: FIXED_ZIP_DATE, ...(made === 'unix' ? UNIX : {}) });
}

/**
 * Entries made on Unix (APPNOTE 4.4.2.2), read-write files: with fflate's
 * UTF-8 flag on every non-ASCII name, unzip tools on every system show
 * Chinese names right instead of guessing a code page from a DOS origin.
 */
const UNIX = { os: 3, attrs: (0o100644 << 16) >>> 0 };
