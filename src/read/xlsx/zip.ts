/**
 * The zip container of an .xlsx, read from its central directory: which
 * parts there are, how big they say they are, and where their compressed
 * bytes lie. Nothing is inflated here; sizes are only what the file claims.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when the part is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** Size the directory declares; the inflater holds the part to it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Entries by exact name; the first of duplicate names wins. */
  byName: Map<string, ZipEntry>;
}

/** Why the directory cannot be read; the caller words it for the clerk. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/** Sizes and offset of an entry whose 32-bit fields overflow live in its ZIP64 extra field (APPNOTE 4.5.3). */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, e: ZipEntry): void {
  let p = extraStart;
  while (p + 4 <= extraEnd) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const end = Math.min(p + 4 + len, extraEnd);
      if (e.uncompressedSize === 0xffffffff && q + 8 <= end) (e.uncompressedSize = u64(view, q)), (q += 8);
      if (e.compressedSize === 0xffffffff && q + 8 <= end) (e.compressedSize = u64(view, q)), (q += 8);
      if (e.localHeaderOffset === 0xffffffff && q + 8 <= end) e.localHeaderOffset = u64(view, q);
      return;
    }
    p += 4 + len;
  }
}

/** Reads the central directory; throws ZipFormatError when there is none to read. */
export function readZipDirectory(buf: Uint8Array): ZipDirectory {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new ZipFormatError('end of central directory not found');
  let count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || p === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const z = u64(view, locator + 8);
    if (z + 56 <= buf.length && view.getUint32(z, true) === ZIP64_EOCD) {
      count = u64(view, z + 32);
      p = u64(view, z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  // The count is only a claim: stop where the records stop.
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (view.getUint32(p, true) !== CENTRAL) break;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > buf.length) break;
    const e: ZipEntry = {
      name: decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64(view, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    entries.push(e);
    if (!byName.has(e.name)) byName.set(e.name, e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, byName };
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(buf: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`no local header for ${e.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`data of ${e.name} runs past the end of the file`);
  return buf.subarray(start, end);
}
