import { InputError } from './input-error';
import { readZipDirectory, ZipDirectory, ZipFormatError } from './xlsx/zip';

export interface GateLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total of the zip's uncompressed entries, against zip bombs. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: GateLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 20000,
};

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Encrypted .xlsx files are CFB containers with an EncryptionInfo stream (MS-OFFCRYPTO). */
function hasUtf16(buf: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
  }
  return true;
}

function directory(buf: Uint8Array): ZipDirectory {
  try {
    return readZipDirectory(buf);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new InputError('文件不是完整的 .xlsx 工作簿（压缩包已损坏或不完整）', 'corrupt', e.message);
    throw e;
  }
}

/**
 * Decides, from the bytes alone, whether a file is an .xlsx workbook worth
 * handing to a reader, and otherwise says in one Chinese line what it is.
 * Returns the zip directory it read, for the reader.
 */
export function gate(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): ZipDirectory {
  if (buf.length === 0) throw new InputError('文件为空（0 字节），不是 Excel 工作簿', 'empty');
  if (buf.length > limits.maxFileBytes) {
    throw new InputError(`文件大小 ${(buf.length / 1048576).toFixed(1)} MB，超过上限 ${(limits.maxFileBytes / 1048576).toFixed(0)} MB`, 'too-large');
  }
  if (startsWith(buf, CFB_MAGIC)) {
    if (hasUtf16(buf, 'EncryptionInfo')) throw new InputError('工作簿设置了打开密码，请在 Excel 中取消密码（文件→信息→保护工作簿）后再检查', 'encrypted');
    throw new InputError('这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再检查', 'xls');
  }
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    if (looksLikeText(buf)) throw new InputError('这是文本或 CSV 文件，不是 Excel 工作簿，请在 Excel 中打开并另存为 .xlsx 后再检查', 'csv');
    throw new InputError('文件不是 Excel 工作簿（.xlsx）', 'not-xlsx');
  }
  const dir = directory(buf);
  const { entries } = dir;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) throw new InputError('这是 Word 文档，不是 Excel 工作簿', 'not-xlsx');
    if (names.has('xl/workbook.bin')) throw new InputError('这是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx 后再检查', 'not-xlsx');
    if (names.has('content.xml') && names.has('mimetype')) throw new InputError('这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查', 'not-xlsx');
    throw new InputError('文件是压缩包但不是 Excel 工作簿（.xlsx）', 'not-xlsx');
  }
  if (entries.length > limits.maxEntries) throw new InputError(`工作簿内部文件数 ${entries.length} 超过上限，疑似异常文件`, 'zip-bomb');
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new InputError(`工作簿解压后大小超过 ${(limits.maxUncompressedBytes / 1073741824).toFixed(0)} GB，疑似压缩炸弹，已拒绝读取`, 'zip-bomb');
  }
  return dir;
}
