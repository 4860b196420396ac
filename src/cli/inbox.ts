import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { archiveContents, extractEntry, listArchive } from '../summarize/archive';
import type { SkippedFile } from '../summarize/batch';
import { classifyPath, HIDDEN_REASON, SAME_FILE_REASON, sizeProblem } from '../summarize/inbox';
import { readInput } from './files';
import { describeFailure, UsageError } from './io';

/** A received file to check, or one that cannot even be opened (with why). */
export interface InboxEntry {
  /** As outputs name it: the folder or archive it came from, then its path inside. */
  file: string;
  /** The file on disk it is, or is inside of (for links in the results workbook). */
  disk: string;
  load?: () => Promise<Uint8Array>;
  problem?: string;
}

export interface Inbox {
  entries: InboxEntry[];
  skipped: SkippedFile[];
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
  private readonly seenFiles = new Set<string>();
  private readonly seenDirs = new Set<string>();

  /** `exclude`: this run's own output files, never read as submissions. */
  constructor(private readonly exclude: ReadonlySet<string> = new Set()) {}

  async collect(args: readonly string[]): Promise<Inbox> {
    for (const arg of args) {
      const st = await fs.stat(arg).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') throw new UsageError(`找不到文件或目录：${arg}`);
        return e;
      });
      const shown = path.basename(path.resolve(arg));
      if (st instanceof Error) this.entries.push({ file: shown, disk: arg, problem: describeFailure(st) });
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
      this.entries.push({ file: `${shown}/`, disk: dir, problem: describeFailure(e) });
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
        this.entries.push({ file: inner, disk: full, problem: describeFailure(e) });
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
      this.entries.push({ file: shown, disk: file, problem: `不是普通文件（${specialKind(st)}），未读取` });
      return;
    }
    const real = await fs.realpath(file);
    if (this.exclude.has(real)) {
      this.skipped.push({ file: shown, reason: '本次生成的输出文件' });
      return;
    }
    if (this.seenFiles.has(real)) {
      this.skipped.push({ file: shown, reason: SAME_FILE_REASON });
      return;
    }
    this.seenFiles.add(real);
    const tooLarge = sizeProblem(st.size);
    if (tooLarge) {
      this.entries.push({ file: shown, disk: file, problem: tooLarge });
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
      this.entries.push({ file: shown, disk: file, problem: describeFailure(e) });
      return;
    }
    const { workbooks, skipped } = archiveContents(list, shown, bytes.length);
    this.skipped.push(...skipped);
    for (const { file: inner, entry } of workbooks) this.entries.push({ file: inner, disk: file, load: () => extractEntry(bytes, entry) });
  }
}
