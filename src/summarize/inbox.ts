import { DEFAULT_LIMITS } from '../read/gate';

/** What a received file is, by its name, before anything is opened. */
export type NameKind = { kind: 'workbook' } | { kind: 'archive' } | { kind: 'skip'; reason: string };

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

/** Why a hidden file or folder inside a received folder is passed over. */
export const HIDDEN_REASON = '隐藏文件或目录';

/** Why a file given twice is read once. */
export const SAME_FILE_REASON = '与前面给出的文件是同一个文件';

/**
 * How the batch treats a file found in a folder or archive (files named on
 * the command line are always opened): spreadsheets are checked, .zip
 * archives read in place; lock files, hidden files and anything else are
 * passed over with a reason, never silently.
 */
export function classifyPath(path: string): NameKind {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  if (parts.slice(0, -1).some((p) => p.startsWith('.') || p === '__MACOSX')) return { kind: 'skip', reason: '位于隐藏目录中' };
  if (name.startsWith('~$')) return { kind: 'skip', reason: 'Excel 或 WPS 打开工作簿时留下的临时锁定文件' };
  if (name.startsWith('.')) return { kind: 'skip', reason: '隐藏文件' };
  if (WORKBOOK.test(name)) return { kind: 'workbook' };
  if (/\.zip$/i.test(name)) return { kind: 'archive' };
  const ext = /\.[^.]+$/.exec(name)?.[0];
  return { kind: 'skip', reason: `不是工作簿文件（${ext ?? '无扩展名'}）` };
}

/** Why a file is not opened at all because of its size, or null when it is within the limit. */
export function sizeReason(size: number, limit: number = DEFAULT_LIMITS.maxFileBytes): string | null {
  return size > limit ? `文件大小 ${(size / 1048576).toFixed(1)} MB，超过上限 ${(limit / 1048576).toFixed(0)} MB` : null;
}

/**
 * The order a folder is read in: name by name at each level, a folder's
 * files where its name sorts. Comparing '/'-separated paths part by part
 * gives the order of a walk that sorts each folder (what `beian summarize`
 * does), which a plain string comparison does not ('甲-早先' against '甲/').
 */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}
