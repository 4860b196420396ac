import { InputError } from '../read/input-error';

/**
 * The zip container of an OOXML package, read from its central directory
 * and rewritten with every unchanged entry copied byte for byte (local
 * header, compressed data and data descriptor as they were). Runs on any
 * host: no Node APIs.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the compressed data starts in the archive. */
  dataStart: number;
  /** The entry's bytes in the archive, from its local header to the next entry: copied as they are. */
  spanStart: number;
  spanEnd: number;
  /** Central directory fields carried over when the entry is copied. */
  central: CentralFields;
}

interface CentralFields {
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  time: number;
  date: number;
  internalAttrs: number;
  externalAttrs: number;
  nameBytes: Uint8Array;
  /** Extra fields without the ZIP64 one: the rewritten archive never needs it. */
  extra: Uint8Array;
  comment: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  comment: Uint8Array;
}

/** An entry of the archive being written: an original copied as is, or new deflated content. */
export type OutEntry =
  | { copy: ZipEntry }
  | { name: string; raw: Uint8Array; crc: number; size: number; time: number; date: number };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const UTF8_FLAG = 0x0800;

function corrupt(): InputError {
  return new InputError('文件不是完整的 .xlsx 工作簿（压缩包已损坏或不完整）', 'corrupt');
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === SIG_EOCD) return i;
  throw corrupt();
}

/** Sizes and offset a ZIP64 extra field holds in place of the 0xFFFFFFFF ones. */
function zip64Values(view: DataView, extraStart: number, extraEnd: number, wanted: { size: boolean; compressed: boolean; offset: boolean }) {
  const out: { size?: number; compressed?: number; offset?: number } = {};
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + len) throw corrupt();
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (wanted.size) out.size = next();
      if (wanted.compressed) out.compressed = next();
      if (wanted.offset) out.offset = next();
      return out;
    }
    p += 4 + len;
  }
  throw corrupt();
}

function withoutZip64(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 0; p + 4 <= bytes.length; ) {
    const len = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) !== 0x0001) parts.push(bytes.subarray(p, p + 4 + len));
    p += 4 + len;
  }
  return concat(parts);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw corrupt();
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdStart = view.getUint32(eocd + 16, true);
  const commentLen = view.getUint16(eocd + 20, true);
  const locator = eocd - 20;
  if ((count === 0xffff || cdStart === 0xffffffff || cdSize === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === SIG_EOCD64_LOCATOR) {
    const e64 = Number(view.getBigUint64(locator + 8, true));
    if (e64 + 56 > bytes.length || view.getUint32(e64, true) !== SIG_EOCD64) throw corrupt();
    count = Number(view.getBigUint64(e64 + 32, true));
    cdSize = Number(view.getBigUint64(e64 + 40, true));
    cdStart = Number(view.getBigUint64(e64 + 48, true));
  }
  if (cdStart + cdSize > bytes.length) throw corrupt();
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt();
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    let offset = view.getUint32(p + 42, true);
    const extraStart = p + 46 + nameLen;
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      const z = zip64Values(view, extraStart, extraStart + extraLen, { size: size === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: offset === 0xffffffff });
      size = z.size ?? size;
      compressedSize = z.compressed ?? compressedSize;
      offset = z.offset ?? offset;
    }
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== SIG_LOCAL) throw corrupt();
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw corrupt();
    entries.push({
      name: decoder.decode(nameBytes),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize,
      size,
      dataStart,
      spanStart: offset,
      spanEnd: 0,
      central: {
        versionMadeBy: view.getUint16(p + 4, true),
        versionNeeded: view.getUint16(p + 6, true),
        flags: view.getUint16(p + 8, true),
        time: view.getUint16(p + 12, true),
        date: view.getUint16(p + 14, true),
        internalAttrs: view.getUint16(p + 36, true),
        externalAttrs: view.getUint32(p + 38, true),
        nameBytes,
        extra: withoutZip64(bytes.subarray(extraStart, extraStart + extraLen)),
        comment: bytes.subarray(extraStart + extraLen, extraStart + extraLen + commentLength),
      },
    });
    p = extraStart + extraLen + commentLength;
  }
  // An entry's span runs to the next local header (or the central directory), so data descriptors come along.
  const byOffset = [...entries].sort((a, b) => a.spanStart - b.spanStart);
  byOffset.forEach((e, i) => {
    e.spanEnd = i + 1 < byOffset.length ? byOffset[i + 1].spanStart : Math.min(cdStart, bytes.length);
    if (e.spanEnd < e.dataStart + e.compressedSize) throw corrupt();
  });
  return { bytes, entries, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLen) };
}

/** The compressed bytes of an entry, as stored. */
export function rawData(zip: ZipArchive, e: ZipEntry): Uint8Array {
  return zip.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
}

const encoder = new TextEncoder();

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

interface Placed {
  central: CentralFields;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Writes an archive: copied entries byte for byte, new ones with a fresh local header and no data descriptor. */
export function writeZip(source: ZipArchive, out: readonly OutEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const placed: Placed[] = [];
  let offset = 0;
  for (const e of out) {
    if ('copy' in e) {
      const c = e.copy;
      chunks.push(source.bytes.subarray(c.spanStart, c.spanEnd));
      placed.push({ central: c.central, method: c.method, crc: c.crc, compressedSize: c.compressedSize, size: c.size, offset });
      offset += c.spanEnd - c.spanStart;
      continue;
    }
    const nameBytes = encoder.encode(e.name);
    const flags = isAscii(e.name) ? 0 : UTF8_FLAG;
    const local = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, SIG_LOCAL, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, flags, true);
    v.setUint16(8, 8, true);
    v.setUint16(10, e.time, true);
    v.setUint16(12, e.date, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.raw.length, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    chunks.push(local, e.raw);
    const central: CentralFields = {
      versionMadeBy: 20,
      versionNeeded: 20,
      flags,
      time: e.time,
      date: e.date,
      internalAttrs: 0,
      externalAttrs: 0,
      nameBytes,
      extra: new Uint8Array(0),
      comment: new Uint8Array(0),
    };
    placed.push({ central, method: 8, crc: e.crc, compressedSize: e.raw.length, size: e.size, offset });
    offset += local.length + e.raw.length;
  }
  const cdStart = offset;
  for (const p of placed) {
    const c = p.central;
    const rec = new Uint8Array(46 + c.nameBytes.length + c.extra.length + c.comment.length);
    const v = new DataView(rec.buffer);
    v.setUint32(0, SIG_CENTRAL, true);
    v.setUint16(4, c.versionMadeBy, true);
    v.setUint16(6, c.versionNeeded, true);
    v.setUint16(8, c.flags, true);
    v.setUint16(10, p.method, true);
    v.setUint16(12, c.time, true);
    v.setUint16(14, c.date, true);
    v.setUint32(16, p.crc, true);
    v.setUint32(20, p.compressedSize, true);
    v.setUint32(24, p.size, true);
    v.setUint16(28, c.nameBytes.length, true);
    v.setUint16(30, c.extra.length, true);
    v.setUint16(32, c.comment.length, true);
    v.setUint16(36, c.internalAttrs, true);
    v.setUint32(38, c.externalAttrs, true);
    v.setUint32(42, p.offset, true);
    rec.set(c.nameBytes, 46);
    rec.set(c.extra, 46 + c.nameBytes.length);
    rec.set(c.comment, 46 + c.nameBytes.length + c.extra.length);
    chunks.push(rec);
    offset += rec.length;
  }
  if (placed.length > 0xfffe || offset > 0xfffffffe) throw new InputError('标注后的工作簿超过 4 GB 或内部文件过多，无法写出', 'too-large');
  const eocd = new Uint8Array(22 + source.comment.length);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, placed.length, true);
  v.setUint16(10, placed.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  v.setUint16(20, source.comment.length, true);
  eocd.set(source.comment, 22);
  chunks.push(eocd);
  return concat(chunks);
}
