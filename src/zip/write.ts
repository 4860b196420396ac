import { concat } from './bytes';
import { dataStart, ZIP_SIGNATURES, type CentralFields, type ZipDirectory, type ZipEntry } from './directory';
import { ZipError } from './error';

/**
 * The one zip writer: an archive rewritten with every unchanged entry
 * copied byte for byte (local header, compressed data and data descriptor
 * as they were) and new content deflated. Runs on any host: no Node APIs.
 */

/** An archive's bytes and its directory, as readDirectory read it. */
export interface ZipArchive {
  bytes: Uint8Array;
  dir: ZipDirectory;
}

/** An entry of the archive being written: an original copied as is, or new deflated content. */
export type OutEntry =
  | { copy: ZipEntry }
  | { name: string; raw: Uint8Array; crc: number; size: number; time: number; date: number };

const { local: SIG_LOCAL, central: SIG_CENTRAL, end: SIG_EOCD } = ZIP_SIGNATURES;
const UTF8_FLAG = 0x0800;

interface Span {
  start: number;
  end: number;
}

/**
 * Each entry's bytes from its local header to the next entry's (or the
 * directory), so data descriptors come along when it is copied. Entries
 * that overlap or run into the next are damage: such an archive is not
 * rewritten.
 */
function spans(zip: ZipArchive): Map<ZipEntry, Span> {
  const out = new Map<ZipEntry, Span>();
  const byOffset = [...zip.dir.entries].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((e, i) => {
    const end = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : Math.min(zip.dir.directoryStart, zip.bytes.length);
    if (end < dataStart(zip.bytes, e) + e.compressedSize) throw new ZipError('内部文件相互重叠或不完整', `entry ${e.name} runs into the next`);
    out.set(e, { start: e.localOffset, end });
  });
  return out;
}

const encoder = new TextEncoder();

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

interface Placed {
  central: CentralFields;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Writes an archive: copied entries byte for byte, new ones with a fresh local header and no data descriptor. */
export function writeZip(source: ZipArchive, out: readonly OutEntry[]): Uint8Array {
  const copied = spans(source);
  const chunks: Uint8Array[] = [];
  const placed: Placed[] = [];
  let offset = 0;
  for (const e of out) {
    if ('copy' in e) {
      const c = e.copy;
      const span = copied.get(c)!;
      chunks.push(source.bytes.subarray(span.start, span.end));
      placed.push({ central: c.central, flags: c.flags, method: c.method, crc: c.crc, compressedSize: c.compressedSize, size: c.size, offset });
      offset += span.end - span.start;
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
      time: e.time,
      date: e.date,
      internalAttrs: 0,
      externalAttrs: 0,
      nameBytes,
      extra: new Uint8Array(0),
      comment: new Uint8Array(0),
    };
    placed.push({ central, flags, method: 8, crc: e.crc, compressedSize: e.raw.length, size: e.size, offset });
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
    v.setUint16(8, p.flags, true);
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
  if (placed.length > 0xfffe || offset > 0xfffffffe) throw new ZipError('超过 4 GB 或内部文件过多', `${placed.length} entries, ${offset} bytes`, 'unsupported');
  const eocd = new Uint8Array(22 + source.dir.comment.length);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, placed.length, true);
  v.setUint16(10, placed.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  v.setUint16(20, source.dir.comment.length, true);
  eocd.set(source.dir.comment, 22);
  chunks.push(eocd);
  return concat(chunks);
}
