import { DEFAULT_LIMITS, type GateLimits } from '../read/gate';
import { InputError } from '../read/input-error';
import { DEFAULT_READ_LIMITS, inflateCeiling } from '../read/limits';
import { localHeaderLength, readDirectory, type EntryPlace } from '../zip/directory';
import { ZipError } from '../zip/error';
import { InflateBudget, inflateToBytes } from '../zip/inflate';
import type { SkippedFile } from './batch';
import { classifyPath } from './inbox';
import { inputError } from '../read/input-messages';

/** One file in a .zip of submissions, as its central directory declares it: plain data, posted to workers as is. */
export type ArchiveEntry = EntryPlace;

/** Declared uncompressed size over compressed size beyond which an entry is a zip bomb; submissions compress far less. */
export const MAX_RATIO = 1000;

function broken(what: string): InputError {
  return inputError('archive-damaged', { what });
}

/**
 * Lists the files of a .zip without inflating anything, under the input
 * gate's limits: entry count and total declared size for the archive as a
 * whole (a breach refuses it); per-entry limits are checked on extraction,
 * so that one bad entry costs one line.
 */
export function listArchive(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): ArchiveEntry[] {
  let dir;
  try {
    dir = readDirectory(buf);
  } catch (e) {
    if (e instanceof ZipError) throw broken(e.kind);
    throw e;
  }
  if (dir.declaredCount > limits.maxEntries) throw inputError('archive-too-many-files', { count: dir.declaredCount, limit: limits.maxEntries });
  if (dir.entries.length < dir.declaredCount) throw broken('目录不完整');
  let total = 0;
  for (const e of dir.entries) total += e.size;
  if (total > limits.maxUncompressedBytes) {
    throw inputError('archive-inflates-too-much', { limit: limits.maxUncompressedBytes });
  }
  return dir.entries
    .filter((e) => !e.name.endsWith('/'))
    .map(({ name, method, encrypted, compressedSize, size, localOffset }) => ({ name, method, encrypted, compressedSize, size, localOffset }));
}

/** The spreadsheets of an archive, in name order, as `shown/name`; everything else with why it is passed over. */
export interface ArchiveContents {
  workbooks: { file: string; entry: ArchiveEntry }[];
  skipped: SkippedFile[];
}

/** How many of the files over an archive's inflate limit a warning names. */
const NAMED = 3;

/**
 * What of a listed archive the batch checks; archives inside archives are
 * not opened. The workbooks together may inflate to what the reader allows
 * one workbook of the archive's size (`inflateCeiling`): directory entries
 * that share one workbook's bytes cost nothing to store and as much as a
 * real one to check. The workbooks past that limit are passed over in one
 * line that names a few and counts them.
 */
export function archiveContents(list: readonly ArchiveEntry[], shown: string, archiveBytes: number): ArchiveContents {
  const out: ArchiveContents = { workbooks: [], skipped: [] };
  const ceiling = inflateCeiling(DEFAULT_READ_LIMITS, archiveBytes);
  let inflated = 0;
  const over: string[] = [];
  for (const entry of [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = `${shown}/${entry.name}`;
    const kind = classifyPath(entry.name);
    if (kind.kind === 'skip') out.skipped.push({ file, reason: kind.reason });
    else if (kind.kind === 'archive') out.skipped.push({ file, reason: '压缩包中的压缩包不展开，请解压后再汇总' });
    else if (inflated + entry.size > ceiling) over.push(entry.name);
    else {
      inflated += entry.size;
      out.workbooks.push({ file, entry });
    }
  }
  if (over.length) {
    const named = over.slice(0, NAMED).map((n) => `“${n.slice(0, 60)}”`).join('、');
    out.skipped.push({
      file: `${shown}/`,
      reason: `压缩包中的工作簿解压后合计超过 ${Math.round(ceiling / 1048576)} MB（压缩包大小的 ${DEFAULT_READ_LIMITS.maxInflateRatio} 倍），疑似异常压缩包，其余 ${over.length} 个文件未检查：${named}${over.length > NAMED ? ' 等' : ''}`,
    });
  }
  return out;
}

/**
 * How many bytes an entry takes from its local header on, given the
 * header's first 30 bytes: what a host that reads the archive piecewise (a
 * browser slicing a File) must read for {@link extractEntry}.
 */
export function entrySpan(head: Uint8Array, e: ArchiveEntry): number {
  try {
    return localHeaderLength(head, e) + e.compressedSize;
  } catch {
    throw broken(`“${e.name}”的位置不对`);
  }
}

/** Whether a path inside an archive would leave it ("../x", "/x", "C:x"). */
export function escapesArchive(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');
}

/**
 * The bytes of one entry, in an array of their own: refused when it
 * escapes the archive, is encrypted, uses a method other than store or
 * deflate, declares more than the file limit or an absurd ratio, or
 * inflates to more (or less) than it declared — stopped while inflating,
 * not after.
 */
export async function extractEntry(buf: Uint8Array, e: ArchiveEntry, limits: GateLimits = DEFAULT_LIMITS): Promise<Uint8Array> {
  if (escapesArchive(e.name)) throw inputError('archive-path-escapes', { name: e.name });
  if (e.encrypted) throw inputError('archive-encrypted');
  if (e.size > limits.maxFileBytes) {
    throw inputError('file-too-large', { size: e.size, limit: limits.maxFileBytes });
  }
  if (e.size > MAX_RATIO * Math.max(e.compressedSize, 1)) throw inputError('archive-ratio');
  if (e.method !== 0 && e.method !== 8) throw inputError('archive-method', { name: e.name, method: e.method });
  // The declared size, already held to the file limit, bounds what is inflated.
  const budget = new InflateBudget(limits.maxFileBytes, () => inputError('archive-entry-overflows', { name: e.name }));
  try {
    return await inflateToBytes(buf, e, budget);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (/past the declared/.test(err.detail)) throw inputError('archive-entry-overflows', { name: e.name });
    if (err.kind === '位置不对' || err.kind === '不完整') throw broken(`“${e.name}”${err.kind}`);
    throw broken(`“${e.name}”无法解压：${err.kind}`);
  }
}
