import { DEFAULT_LIMITS } from '../read/gate';
import { classifyPath, comparePaths, HIDDEN_REASON, SAME_FILE_REASON, sizeReason, type NameKind } from './inbox';

/**
 * A file as a browser hands it over: its path below what the user picked
 * ('收件/河南/甲.xlsx' for a file in a picked or dropped folder, just the
 * name for a file picked or dropped alone) and its size.
 */
export interface ReceivedFile {
  path: string;
  size: number;
}

/**
 * What becomes of one received file, in batch order: opened as a workbook
 * or an archive (`index` into the list given), listed with the reason that
 * keeps it from being opened, or passed over with why.
 */
export type PlannedFile = { file: string; open: 'workbook' | 'archive'; index: number } | { file: string; reason: string } | { file: string; skip: string };

/**
 * What the batch makes of files handed over all at once (the web page's
 * picked folder or dropped files), by the same rules and in the same order
 * as `beian summarize` walking the same folder: folders name by name, hidden
 * files and folders inside them passed over, lock files and other files
 * classified by name, a file given alone always opened, a file over the size
 * limit listed with why, the same path given twice read once.
 */
export function planReceived(files: readonly ReceivedFile[], limit: number = DEFAULT_LIMITS.maxFileBytes): PlannedFile[] {
  const out: PlannedFile[] = [];
  const seen = new Set<string>();
  const order = files.map((f, index) => ({ f, index })).sort((a, b) => comparePaths(a.f.path, b.f.path));
  for (const { f, index } of order) {
    const parts = f.path.split('/');
    // A hidden folder is passed over as a whole, listed once, as a walk that never enters it would list it.
    const hidden = parts.findIndex((p, i) => i > 0 && p.startsWith('.'));
    const file = parts.slice(0, hidden > 0 ? hidden + 1 : parts.length).join('/');
    if (seen.has(file)) {
      if (hidden < 0) out.push({ file, skip: SAME_FILE_REASON });
      continue;
    }
    seen.add(file);
    if (hidden > 0) {
      out.push({ file, skip: HIDDEN_REASON });
      continue;
    }
    const name = parts[parts.length - 1];
    const kind: NameKind = parts.length === 1 ? { kind: /\.zip$/i.test(name) ? 'archive' : 'workbook' } : classifyPath(name);
    if (kind.kind === 'skip') {
      out.push({ file, skip: kind.reason });
      continue;
    }
    const reason = sizeReason(f.size, limit);
    out.push(reason ? { file, reason } : { file, open: kind.kind, index });
  }
  return out;
}
