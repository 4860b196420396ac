import { constants, promises as fs, unlinkSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { DEFAULT_LIMITS } from '../read/gate';
import { InputError } from '../read/input-error';
import { UsageError } from './io';
import { fsErrorMessage, type FsAction } from './fs-errors';
import { nameKey } from '../model/file-name';
import { inputError } from '../read/input-messages';

/** A file-system error as one Chinese line naming the path the user gave; the system's text is kept for --debug. */
function fsFailure(e: unknown, file: string, action: FsAction): unknown {
  const err = e as NodeJS.ErrnoException;
  if (e instanceof InputError || e instanceof UsageError) return e;
  const message = fsErrorMessage(err?.code, file, action);
  if (!message) return e;
  const detail = `${err.code}: ${err.message}`;
  return action === 'read' ? new InputError(message, err.code === 'ENOENT' ? 'not-found' : 'unreadable', detail) : new UsageError(message, detail);
}

/** What a path is when it is not a regular file, in the user's words. */
function nonRegularKind(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return '目录';
  if (st.isFIFO()) return '命名管道';
  if (st.isSocket()) return '套接字';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备';
  return '特殊文件';
}


/** Reads from an open file up to `max` bytes; a file that grows past `max` while read is refused like a big one. */
async function readAll(fh: fs.FileHandle, expected: number, max: number, file: string): Promise<Uint8Array> {
  let buf = Buffer.allocUnsafe(Math.min(expected, max) + 1);
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total > max) throw inputError('path-over-limit', { file, limit: max });
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, max + 1));
      buf.copy(bigger, 0, 0, total);
      buf = bigger;
    }
    const { bytesRead } = await fh.read(buf, total, buf.length - total, null);
    if (bytesRead === 0) return buf.subarray(0, total);
    total += bytesRead;
  }
}

/**
 * Reads a file the user named, deciding from the opened file itself (never
 * from the name) that it is a regular file within `maxBytes`: a FIFO, a
 * device, a socket or a directory — also behind a symlink — is refused
 * before a byte is read, and opening never blocks (O_NONBLOCK).
 */
export async function readRegularFile(file: string, maxBytes: number, what: string): Promise<Uint8Array> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fsFailure(e, file, 'read');
  }
  try {
    const st = await fh.stat();
    const kind = nonRegularKind(st);
    if (kind) throw inputError('not-a-file', { file, kind, what });
    if (st.size > maxBytes) throw inputError('path-too-large', { file, size: st.size, limit: maxBytes });
    return await readAll(fh, st.size, maxBytes, file);
  } catch (e) {
    throw fsFailure(e, file, 'read');
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Like readRegularFile, but a missing file is `null` rather than an error. */
export async function readOptionalFile(file: string, maxBytes: number, what: string): Promise<Uint8Array | null> {
  try {
    return await readRegularFile(file, maxBytes, what);
  } catch (e) {
    if (e instanceof InputError && e.reason === 'not-found') return null;
    throw e;
  }
}

/** The workbook to check: a regular file within the input gate's size limit. */
export async function readInput(file: string): Promise<Uint8Array> {
  return readRegularFile(file, DEFAULT_LIMITS.maxFileBytes, '可读取的工作簿文件');
}

/** Same file whatever the spelling: the file system's identity (follows symlinks, sees hard links and case-insensitive names). */
interface Identity {
  dev: number;
  ino: number;
}

const sameIdentity = (a: Identity, b: Identity): boolean => a.dev === b.dev && a.ino === b.ino;

/** The spelling key of a path: folded so that names a case-insensitive or normalising file system treats as one also count as one. */
const spellingKey = (file: string): string => nameKey(path.resolve(file));

/** The longest file name most file systems accept, in bytes. */
const NAME_MAX = 255;

async function statOrNull(file: string, follow: boolean): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(file) : await fs.lstat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || (follow && code === 'ELOOP')) return null;
    throw e;
  }
}

/** The nearest folder on the way to `dir` that exists, which must be a folder the user may write into. */
async function assertFolderWritable(dir: string, shown: string): Promise<void> {
  const folder = path.resolve(dir);
  let cur = folder;
  for (;;) {
    const st = await statOrNull(cur, true);
    if (st) {
      if (!st.isDirectory()) throw new UsageError(cur === folder && dir === shown ? `“${dir}”是文件，这里需要目录` : fsErrorMessage('ENOTDIR', shown, 'write')!);
      await fs.access(cur, constants.W_OK);
      return;
    }
    const up = path.dirname(cur);
    if (up === cur) return;
    cur = up;
  }
}

/**
 * The files one run of a command writes. Before any work, `reserve` refuses
 * a target that exists (unless `force`), that is one of the run's inputs (by
 * spelling or by file identity, so also through a symlink, a hard link or a
 * different case), that this run already reserved, or that cannot be
 * written. `write` then writes each atomically: into a temporary file in the
 * target's folder, flushed to disk, and renamed (or, without `force`,
 * hard-linked) into place — a crash or a full disk leaves the old file or
 * none, never half a file.
 */
export class Outputs {
  private readonly reserved = new Set<string>();
  private readonly inputs: { key: string; id: Identity | null }[] = [];

  constructor(private readonly force: boolean) {}

  /** Records a file the run reads, so that no output of the run may replace it. */
  async input(file: string): Promise<void> {
    const st = await statOrNull(file, true).catch(() => null);
    this.inputs.push({ key: spellingKey(file), id: st ? { dev: st.dev, ino: st.ino } : null });
  }

  /** Checks, before any work, a folder that outputs will go into: a folder (or yet to be made) that may be written. */
  async folder(dir: string): Promise<void> {
    try {
      await assertFolderWritable(dir, dir);
    } catch (e) {
      throw fsFailure(e, dir, 'write');
    }
  }

  async reserve(file: string): Promise<void> {
    const key = spellingKey(file);
    if (this.reserved.has(key)) throw new UsageError(`本次运行已要写入“${file}”，不会让同一次运行的两个结果互相覆盖`);
    if (Buffer.byteLength(path.basename(file)) > NAME_MAX) throw new UsageError(fsErrorMessage('ENAMETOOLONG', file, 'write')!);
    try {
      const target = await statOrNull(file, true);
      const same = this.inputs.some((i) => i.key === key || (target && i.id && sameIdentity(i.id, target)));
      if (same) throw new UsageError(`输出文件“${file}”就是输入文件，已拒绝（请另选输出文件名）`);
      if (target?.isDirectory()) throw new UsageError(fsErrorMessage('EISDIR', file, 'write')!);
      if (!this.force && (target || (await statOrNull(file, false)))) throw new UsageError(fsErrorMessage('EEXIST', file, 'write')!);
      await assertFolderWritable(path.dirname(file), file);
    } catch (e) {
      throw fsFailure(e, file, 'write');
    }
    this.reserved.add(key);
  }

  /** Writes a reserved file atomically; the folder is created when missing. */
  async write(file: string, data: Uint8Array | string): Promise<void> {
    if (!this.reserved.has(spellingKey(file))) await this.reserve(file);
    const dir = path.dirname(path.resolve(file));
    try {
      await fs.mkdir(dir, { recursive: true });
      await writeAtomic(dir, file, data, this.force);
    } catch (e) {
      throw fsFailure(e, file, 'write');
    }
  }
}

/** Codes with which a file system says it has no hard links; the no-clobber rename then falls back to check-then-rename. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();

/** Deletes the temporary files of writes still under way; for a process that is about to end. */
export function removePendingTemps(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed into place or never created.
    }
  }
  pending.clear();
}

async function writeAtomic(dir: string, file: string, data: Uint8Array | string, force: boolean): Promise<void> {
  const tmp = path.join(dir, `.beian-${randomBytes(6).toString('hex')}.tmp`);
  pending.add(tmp);
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(tmp, 'wx');
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    if (force) await fs.rename(tmp, file);
    else {
      try {
        // link() never replaces an existing name, so a file created meanwhile is not clobbered.
        await fs.link(tmp, file);
      } catch (e) {
        if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
        if (await statOrNull(file, false)) throw Object.assign(new Error('exists'), { code: 'EEXIST', syscall: 'rename' });
        await fs.rename(tmp, file);
      }
    }
  } finally {
    await fh?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
  }
  await syncFolder(dir);
}

/** Makes the rename itself durable; folders cannot be opened for this on every system, which is then no worse than before. */
async function syncFolder(dir: string): Promise<void> {
  const fh = await fs.open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close().catch(() => undefined);
}

/** Writes one file the user asked for, atomically; never replaces an existing one unless `force`. */
export async function writeOutput(file: string, data: Uint8Array | string, force: boolean): Promise<void> {
  await new Outputs(force).write(file, data);
}
