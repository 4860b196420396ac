import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { archiveContents, extractEntry, listArchive } from '../summarize/archive';
import type { SkippedFile } from '../summarize/batch';
import { classifyPath, HIDDEN_REASON, SAME_FILE_REASON, sizeReason } from '../summarize/inbox';
import { readInput } from './files';
import { describeFailure, UsageError } from './io';

/** A received file to check, or one that cannot even be opened (with why). */
export interface InboxEntry {
  /** As outputs name it: the folder or archive it came from, then its path inside. */
  file: string;
  /** The file on disk it is, or is inside of (for links in the results workbook). */
  disk: string;
  load?: () => Promise<Uint8Array>;
  reason?: string;
}

export interface Inbox {
  entries: InboxEntry[];
  skipped: SkippedFile[];
}

/** A file's identity on its device: hard links and symbolic links to one file share it. */
function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

function specialKind(st: Stats): string {
  if (st.isFIFO()) return '命名管道';
  if (st.isSocket()) return '套接字';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

/**
 * Walks what an office passes to `summarize`: files as given, folders
 * recursively (in name order), .zip archives read in place. Only regular
 * files within the size limit are ever opened, so a pipe or a device never
 * hangs the batch; whatever cannot be opened becomes an entry with its
 * reason, and whatever is passed over on purpose is listed as skipped.
 */
export class InboxWalker {
  private readonly entries: InboxEntry[] = [];
  private readonly skipped: SkippedFile[] = [];
  /** Files read so far, by identity: two hard links to one workbook are one submission. */
  private readonly seenFiles = new Set<string>();
  private readonly seenDirs = new Set<string>();

  /**
   * `outputs`: this run's output files, by the paths given. One that already
   * exists and is found among the received files is refused, even with
   * --force: writing it would replace a submission.
   */
  constructor(private readonly outputs: readonly string[] = []) {}

  private readonly outputIds = new Map<string, string>();

  async collect(args: readonly string[]): Promise<Inbox> {
    for (const o of this.outputs) {
      const st = await fs.stat(o).catch(() => null);
      if (st?.isFile()) this.outputIds.set(identity(st), o);
    }
    for (const arg of args) {
      const st = await fs.stat(arg).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') throw new UsageError(`找不到文件或目录：${arg}`);
        return e;
      });
      const shown = path.basename(path.resolve(arg));
      if (st instanceof Error) this.entries.push({ file: shown, disk: arg, reason: describeFailure(st) });
      else if (st.isDirectory()) await this.walk(arg, shown);
      else await this.file(arg, shown, st, /\.zip$/i.test(arg) ? 'archive' : 'workbook');
    }
    return { entries: this.entries, skipped: this.skipped };
  }

  private async walk(dir: string, shown: string): Promise<void> {
    let names: string[];
    try {
      const real = await fs.realpath(dir);
      if (this.seenDirs.has(real)) {
        this.skipped.push({ file: `${shown}/`, reason: '与已读过的目录相同（链接），不再重复读取' });
        return;
      }
      this.seenDirs.add(real);
      names = await fs.readdir(dir);
    } catch (e) {
      this.entries.push({ file: `${shown}/`, disk: dir, reason: describeFailure(e) });
      return;
    }
    for (const name of names.sort()) {
      const full = path.join(dir, name);
      const inner = `${shown}/${name}`;
      if (name.startsWith('.')) {
        this.skipped.push({ file: inner, reason: HIDDEN_REASON });
        continue;
      }
      let st: Stats;
      try {
        st = await fs.stat(full);
      } catch (e) {
        this.entries.push({ file: inner, disk: full, reason: describeFailure(e) });
        continue;
      }
      if (st.isDirectory()) {
        await this.walk(full, inner);
        continue;
      }
      const kind = classifyPath(name);
      if (kind.kind === 'skip') this.skipped.push({ file: inner, reason: kind.reason });
      else await this.file(full, inner, st, kind.kind);
    }
  }

  private async file(file: string, shown: string, st: Stats, kind: 'workbook' | 'archive'): Promise<void> {
    if (!st.isFile()) {
      this.entries.push({ file: shown, disk: file, reason: `不是普通文件（${specialKind(st)}），未读取` });
      return;
    }
    const id = identity(st);
    const output = this.outputIds.get(id);
    if (output !== undefined) throw new UsageError(`输出文件“${output}”就是收到的文件“${shown}”，写入会覆盖它，已拒绝（请把输出文件放在收件目录之外）`);
    if (this.seenFiles.has(id)) {
      this.skipped.push({ file: shown, reason: SAME_FILE_REASON });
      return;
    }
    this.seenFiles.add(id);
    const tooLarge = sizeReason(st.size);
    if (tooLarge) {
      this.entries.push({ file: shown, disk: file, reason: tooLarge });
    } else if (kind === 'archive') await this.archive(file, shown);
    else this.entries.push({ file: shown, disk: file, load: () => readInput(file) });
  }

  /** The spreadsheets of a .zip, each read from it when its turn comes; archives inside archives are not opened. */
  private async archive(file: string, shown: string): Promise<void> {
    let bytes: Uint8Array;
    let list: ReturnType<typeof listArchive>;
    try {
      bytes = await readInput(file);
      list = listArchive(bytes);
    } catch (e) {
      this.entries.push({ file: shown, disk: file, reason: describeFailure(e) });
      return;
    }
    const { workbooks, skipped } = archiveContents(list, shown, bytes.length);
    this.skipped.push(...skipped);
    for (const { file: inner, entry } of workbooks) this.entries.push({ file: inner, disk: file, load: () => extractEntry(bytes, entry) });
  }
}
