/** What a received file is, by its name, before anything is opened. */
export type NameKind = { kind: 'workbook' } | { kind: 'archive' } | { kind: 'skip'; reason: string };

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

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
