import { ZipError } from './error';

/**
 * The one reader of zip central directories, for workbooks, the annotator's
 * copies and offices' archives alike: which entries there are, what they
 * claim (sizes are only what the file says) and where they lie. Nothing is
 * inflated here. Runs on any host: no Node APIs.
 */

/** Central directory fields carried over when an entry is copied into a new archive. */
export interface CentralFields {
  versionMadeBy: number;
  versionNeeded: number;
  time: number;
  date: number;
  internalAttrs: number;
  externalAttrs: number;
  nameBytes: Uint8Array;
  /** Extra fields without the ZIP64 one: a rewritten archive never needs it. */
  extra: Uint8Array;
  comment: Uint8Array;
}

/** What locating and inflating an entry takes: plain data, cheap to post to another thread. */
export interface EntryPlace {
  /** As stored, with `\` read as `/` (some Windows tools write it). */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The size the directory declares; inflating holds the entry to it. */
  size: number;
  localOffset: number;
}

export interface ZipEntry extends EntryPlace {
  flags: number;
  crc: number;
  central: CentralFields;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Entries by exact name; the first of duplicate names wins. */
  byName: Map<string, ZipEntry>;
  /** How many entries the end record claims (more than `entries` when the directory stops short). */
  declaredCount: number;
  /** Where the central directory starts: the end of the last entry's data. */
  directoryStart: number;
  comment: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const UTF8_FLAG = 0x0800;

export const ZIP_SIGNATURES = { local: SIG_LOCAL, central: SIG_CENTRAL, end: SIG_EOCD } as const;

function viewOf(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === SIG_EOCD) return i;
  return -1;
}

/** Sizes and offset an entry whose 32-bit fields overflow keeps in its ZIP64 extra field (APPNOTE 4.5.3). */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, e: ZipEntry): void {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const end = Math.min(p + 4 + len, extraEnd);
      if (e.size === 0xffffffff && q + 8 <= end) (e.size = u64(view, q)), (q += 8);
      if (e.compressedSize === 0xffffffff && q + 8 <= end) (e.compressedSize = u64(view, q)), (q += 8);
      if (e.localOffset === 0xffffffff && q + 8 <= end) e.localOffset = u64(view, q);
      return;
    }
    p += 4 + len;
  }
}

function withoutZip64(extra: Uint8Array): Uint8Array {
  const view = viewOf(extra);
  const kept: number[] = [];
  for (let p = 0; p + 4 <= extra.length; ) {
    const len = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) !== 0x0001) for (let i = p; i < Math.min(p + 4 + len, extra.length); i++) kept.push(extra[i]);
    p += 4 + len;
  }
  return kept.length === extra.length ? extra : Uint8Array.from(kept);
}

const utf8 = new TextDecoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
let gbk: TextDecoder | undefined;

/**
 * An entry name as Chinese zip tools write them: UTF-8 when flagged (bit
 * 11), else UTF-8 if it decodes, else GBK (Windows' compressed folders,
 * WinRAR and 360压缩 on a Chinese system).
 */
function entryName(raw: Uint8Array, flags: number): string {
  if (flags & UTF8_FLAG) return utf8.decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    gbk ??= new TextDecoder('gbk');
    return gbk.decode(raw);
  }
}

/**
 * Reads the central directory. The entry count is only a claim: reading
 * stops where the records stop, and `declaredCount` tells a caller that
 * wants every one of them. Throws ZipError when there is no directory.
 */
export function readDirectory(buf: Uint8Array): ZipDirectory {
  const view = viewOf(buf);
  const end = buf.length >= 22 ? findEnd(view) : -1;
  if (end < 0) throw new ZipError('找不到目录', 'end of central directory not found');
  let count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const locator = end - 20;
  if ((count === 0xffff || p === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === SIG_EOCD64_LOCATOR) {
    const z = u64(view, locator + 8);
    if (z + 56 <= buf.length && view.getUint32(z, true) === SIG_EOCD64) {
      count = u64(view, z + 32);
      p = u64(view, z + 48);
    }
  }
  const directoryStart = p;
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (view.getUint32(p, true) !== SIG_CENTRAL) break;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const extraStart = p + 46 + nameLen;
    if (extraStart + extraLen + commentLen > buf.length) break;
    const flags = view.getUint16(p + 8, true);
    const nameBytes = buf.subarray(p + 46, extraStart);
    const e: ZipEntry = {
      name: entryName(nameBytes, flags).replace(/\\/g, '/'),
      method: view.getUint16(p + 10, true),
      flags,
      encrypted: (flags & 1) === 1,
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      central: {
        versionMadeBy: view.getUint16(p + 4, true),
        versionNeeded: view.getUint16(p + 6, true),
        time: view.getUint16(p + 12, true),
        date: view.getUint16(p + 14, true),
        internalAttrs: view.getUint16(p + 36, true),
        externalAttrs: view.getUint32(p + 38, true),
        nameBytes,
        extra: buf.subarray(extraStart, extraStart + extraLen),
        comment: buf.subarray(extraStart + extraLen, extraStart + extraLen + commentLen),
      },
    };
    applyZip64(view, extraStart, extraStart + extraLen, e);
    e.central.extra = withoutZip64(e.central.extra);
    entries.push(e);
    if (!byName.has(e.name)) byName.set(e.name, e);
    p = extraStart + extraLen + commentLen;
  }
  return { entries, byName, declaredCount: count, directoryStart, comment: buf.subarray(end + 22, end + 22 + view.getUint16(end + 20, true)) };
}

/** Names that occur more than once, compared by `key` (by default without regard to case). */
export function duplicateNames(dir: ZipDirectory, key: (name: string) => string = (n) => n.toLowerCase()): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const e of dir.entries) {
    const k = key(e.name);
    if (seen.has(k)) twice.add(e.name);
    seen.add(k);
  }
  return [...twice];
}

/** Length of an entry's local header, from its first 30 bytes (`head` starts at the header). */
export function localHeaderLength(head: Uint8Array, e: EntryPlace): number {
  if (head.length < 30 || viewOf(head).getUint32(0, true) !== SIG_LOCAL) throw new ZipError('位置不对', `no local header for ${e.name}`);
  const view = viewOf(head);
  return 30 + view.getUint16(26, true) + view.getUint16(28, true);
}

/** Where an entry's compressed data starts, through its local header. */
export function dataStart(buf: Uint8Array, e: EntryPlace): number {
  const at = e.localOffset;
  if (at + 30 > buf.length) throw new ZipError('位置不对', `no local header for ${e.name}`);
  return at + localHeaderLength(buf.subarray(at, at + 30), e);
}

/** The compressed bytes of an entry, as stored. */
export function entryData(buf: Uint8Array, e: EntryPlace): Uint8Array {
  const start = dataStart(buf, e);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError('不完整', `data of ${e.name} runs past the end of the file`);
  return buf.subarray(start, end);
}
