import { zipSync, type Zippable } from 'fflate';
import { codec } from '../zip/codec';
import { entryData, readDirectory } from '../zip/directory';
import { ZipError } from '../zip/error';

/**
 * Every entry of a generated document carries this date, so the same data
 * gives byte-identical files. A local-time date: zip stores local fields, so
 * the bytes are the same in every time zone.
 */
const FIXED_ZIP_DATE = new Date(2026, 0, 1);

/**
 * The entries of a .docx (or any zip), folders left out, inflated only up
 * to `maxBytes` in all: what the entries declare is summed before anything
 * is inflated, and each entry is held to what it declares, so a small file
 * that would inflate to gigabytes costs nothing. Throws ZipError on bytes
 * that are not a zip or break those bounds.
 */
export function unzipEntries(bytes: Uint8Array, maxBytes: number): [name: string, data: Uint8Array][] {
  const entries = readDirectory(bytes).entries.filter((e) => !e.name.endsWith('/'));
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > maxBytes) throw new ZipError('解压后过大', `entries declare ${total} bytes, more than ${maxBytes}`, 'zip-bomb');
  return entries.map((e) => {
    if (e.encrypted || (e.method !== 0 && e.method !== 8)) throw new ZipError('使用了不支持的压缩方式或已加密', `entry ${e.name}`, 'unsupported');
    const data = entryData(bytes, e);
    const out = e.method === 0 ? data : codec().inflateWhole(data, e.size + 1);
    if (out.length !== e.size) throw new ZipError('解压后的大小与压缩包目录不符', `entry ${e.name}`);
    return [e.name, out];
  });
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
