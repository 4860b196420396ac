import { Inflate } from 'fflate';
import { DEFAULT_LIMITS, type GateLimits } from '../read/gate';
import { InputError } from '../read/input-error';
import type { SkippedFile } from './batch';
import { classifyPath } from './inbox';

/** One file in a .zip of submissions, as its central directory declares it. */
export interface ArchiveEntry {
  /** Path inside the archive, '/'-separated. */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of its local header. */
  localOffset: number;
}

/** Declared uncompressed size over compressed size beyond which an entry is a zip bomb; submissions compress far less. */
export const MAX_RATIO = 1000;

/** Inflated in slices this big, so that a lying entry is stopped after at most ~1,000 times as much output. */
const SLICE = 16 * 1024;

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;

/**
 * Entry names as Chinese zip tools write them: UTF-8 when flagged (bit 11),
 * else UTF-8 if it decodes, else GBK (Windows' compressed folders, WinRAR
 * and 360压缩 on a Chinese system).
 */
function entryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder().decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gbk').decode(raw);
  }
}

function broken(what: string): InputError {
  return new InputError(`压缩包已损坏或不完整（${what}）`, 'corrupt');
}

/**
 * Lists the files of a .zip without inflating anything, under the input
 * gate's limits: entry count and total declared size for the archive as a
 * whole (a breach refuses it); per-entry limits are checked on extraction,
 * so that one bad entry costs one line.
 */
export function listArchive(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): ArchiveEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (u32(buf, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('找不到目录');
  const count = u16(buf, eocd + 10);
  const dirOffset = u32(buf, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new InputError('压缩包使用 ZIP64 格式（文件过多或过大），请分成几个压缩包', 'too-large');
  if (count > limits.maxEntries) throw new InputError(`压缩包内文件数 ${count} 超过上限 ${limits.maxEntries}`, 'zip-bomb');
  const entries: ArchiveEntry[] = [];
  let total = 0;
  for (let i = 0, p = dirOffset; i < count; i++) {
    if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) throw broken('目录不完整');
    const flags = u16(buf, p + 8);
    const nameLen = u16(buf, p + 28);
    const size = u32(buf, p + 24);
    total += size;
    const name = entryName(buf.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0).replace(/\\/g, '/');
    if (!name.endsWith('/')) {
      entries.push({ name, method: u16(buf, p + 10), encrypted: (flags & 1) !== 0, compressedSize: u32(buf, p + 20), size, localOffset: u32(buf, p + 42) });
    }
    p += 46 + nameLen + u16(buf, p + 30) + u16(buf, p + 32);
  }
  if (total > limits.maxUncompressedBytes) {
    throw new InputError(`压缩包解压后大小超过 ${(limits.maxUncompressedBytes / 1073741824).toFixed(0)} GB，疑似压缩炸弹，已拒绝读取`, 'zip-bomb');
  }
  return entries;
}

/** The spreadsheets of an archive, in name order, as `shown/name`; everything else with why it is passed over. */
export interface ArchiveContents {
  workbooks: { file: string; entry: ArchiveEntry }[];
  skipped: SkippedFile[];
}

/** What of a listed archive the batch checks; archives inside archives are not opened. */
export function archiveContents(list: readonly ArchiveEntry[], shown: string): ArchiveContents {
  const out: ArchiveContents = { workbooks: [], skipped: [] };
  for (const entry of [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = `${shown}/${entry.name}`;
    const kind = classifyPath(entry.name);
    if (kind.kind === 'skip') out.skipped.push({ file, reason: kind.reason });
    else if (kind.kind === 'archive') out.skipped.push({ file, reason: '压缩包中的压缩包不展开，请解压后再汇总' });
    else out.workbooks.push({ file, entry });
  }
  return out;
}

/**
 * How many bytes an entry takes from its local header on, given the
 * header's first 30 bytes: what a host that reads the archive piecewise (a
 * browser slicing a File) must read for {@link extractEntry}.
 */
export function entrySpan(head: Uint8Array, e: ArchiveEntry): number {
  if (head.length < 30 || u32(head, 0) !== 0x04034b50) throw broken(`“${e.name}”的位置不对`);
  return 30 + u16(head, 26) + u16(head, 28) + e.compressedSize;
}

/** Whether a path inside an archive would leave it ("../x", "/x", "C:x"). */
export function escapesArchive(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');
}

/**
 * The bytes of one entry, read in place: refused when it escapes the
 * archive, is encrypted, uses a method other than store or deflate,
 * declares more than the file limit or an absurd ratio, or inflates to more
 * (or less) than it declared — stopped while inflating, not after.
 */
export function extractEntry(buf: Uint8Array, e: ArchiveEntry, limits: GateLimits = DEFAULT_LIMITS): Uint8Array {
  if (escapesArchive(e.name)) throw new InputError(`压缩包中的路径“${e.name}”指向压缩包之外，已拒绝读取`, 'corrupt');
  if (e.encrypted) throw new InputError('压缩包中的文件设置了密码，请解压后再汇总', 'encrypted');
  if (e.size > limits.maxFileBytes) {
    throw new InputError(`文件大小 ${(e.size / 1048576).toFixed(1)} MB，超过上限 ${(limits.maxFileBytes / 1048576).toFixed(0)} MB`, 'too-large');
  }
  if (e.size > MAX_RATIO * Math.max(e.compressedSize, 1)) throw new InputError('压缩比异常，疑似压缩炸弹，已拒绝读取', 'zip-bomb');
  const p = e.localOffset;
  if (p + 30 > buf.length || u32(buf, p) !== 0x04034b50) throw broken(`“${e.name}”的位置不对`);
  const start = p + 30 + u16(buf, p + 26) + u16(buf, p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw broken(`“${e.name}”不完整`);
  if (e.method === 0) {
    if (e.size !== e.compressedSize) throw broken(`“${e.name}”的大小与目录不符`);
    return data.slice();
  }
  if (e.method !== 8) throw new InputError(`压缩包中的“${e.name}”使用了不支持的压缩方式（${e.method}），请用常见的 zip 格式重新压缩`, 'corrupt');
  const out = new Uint8Array(e.size);
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > e.size) throw new InputError(`压缩包中的“${e.name}”解压后超过其声明的大小，疑似压缩炸弹，已停止`, 'zip-bomb');
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw broken(`“${e.name}”无法解压`);
  }
  if (filled !== e.size) throw broken(`“${e.name}”解压后的大小与目录不符`);
  return out;
}
