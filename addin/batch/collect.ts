/** A file the office handed to the page, with its path below what was picked or dropped ('收件/河南/甲.xlsx', or its name). */
export interface Received {
  path: string;
  file: File;
}

/**
 * Files from an <input type=file>: picked one by one (`multiple`) they are
 * their names; picked as a folder (`webkitdirectory`) the browser gives
 * each its path from the folder's own name on.
 */
export function fromFileList(files: Iterable<File>): Received[] {
  return [...files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** The parts of the File and Directory Entries API a drop gives (a subset of lib.dom's, so that tests can fake them). */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface DroppedFile extends DroppedEntry {
  file(ok: (f: File) => void, fail: (e: unknown) => void): void;
}
interface DroppedDirectory extends DroppedEntry {
  createReader(): { readEntries(ok: (entries: DroppedEntry[]) => void, fail: (e: unknown) => void): void };
}

/** Every file below a dropped entry, depth first; a folder's reader hands out its entries a hundred or so at a time. */
async function walk(entry: DroppedEntry, out: Received[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as DroppedFile).file(ok, fail));
    out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DroppedDirectory).createReader();
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return;
    for (const child of batch) await walk(child, out);
  }
}

/**
 * What was dropped on the page: files as they are, folders walked through
 * webkitGetAsEntry. The entries must be taken while the drop event runs
 * (the DataTransfer empties after it); call this from the handler and
 * await the walk afterwards.
 */
export function fromDrop(dt: DataTransfer): Promise<Received[]> {
  const roots: (DroppedEntry | File)[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    // A file dropped from something that is not a file system (or a synthetic event) has no entry.
    const entry = item.webkitGetAsEntry() as DroppedEntry | null;
    const file = entry ? null : item.getAsFile();
    if (entry) roots.push(entry);
    else if (file) roots.push(file);
  }
  return fromDropped(roots);
}

/** Whether a drop is an office's batch (several files, or a folder) rather than one workbook; asked while the drop event runs. */
export function isBatchDrop(dt: DataTransfer): boolean {
  const items = Array.from(dt.items).filter((i) => i.kind === 'file');
  return items.length > 1 || items.some((i) => i.webkitGetAsEntry()?.isDirectory);
}

export async function fromDropped(roots: readonly (DroppedEntry | File)[]): Promise<Received[]> {
  const out: Received[] = [];
  for (const r of roots) {
    if ('fullPath' in r) await walk(r, out);
    else out.push({ path: r.name, file: r });
  }
  return out;
}

/** What the office handed over, in words: the folder's name when everything is below one folder, else how many files. */
export function receivedLabel(files: readonly Received[]): string {
  const tops = new Set(files.map((f) => (f.path.includes('/') ? f.path.split('/')[0] : null)));
  const [top] = tops;
  return tops.size === 1 && top ? `文件夹“${top}”（${files.length} 个文件）` : `${files.length} 个文件`;
}
