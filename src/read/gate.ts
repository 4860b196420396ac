import { codec } from '../zip/codec';
import { duplicateNames, entryData, readDirectory, type ZipDirectory } from '../zip/directory';
import { ZipError } from '../zip/error';
import { partKey, resolveTarget } from '../zip/opc';
import { inputError } from './input-messages';

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
    return readDirectory(buf);
  } catch (e) {
    if (e instanceof ZipError) throw inputError('zip-damaged', e.detail);
    throw e;
  }
}

/** A package relationship part bigger than this is not read by the gate: real ones hold three or four lines. */
const MAX_ROOT_RELS = 64 * 1024;

/**
 * The part `_rels/.rels` names as the package's main document, read
 * without the reader's machinery (the gate is synchronous): undefined when
 * there is none, or the part is too big or damaged for the gate to say.
 */
function mainDocument(buf: Uint8Array, dir: ZipDirectory): string | undefined {
  const rels = dir.entries.find((e) => partKey(e.name) === '_rels/.rels');
  if (!rels || rels.size > MAX_ROOT_RELS || rels.encrypted || (rels.method !== 0 && rels.method !== 8)) return undefined;
  let xml: string;
  try {
    const data = entryData(buf, rels);
    const bytes = rels.method === 0 ? data : codec().inflateWhole(data, rels.size);
    xml = new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    const tag = xml.slice(at, end);
    if (!/^<(\w+:)?Relationship\s/.test(tag)) continue;
    const type = /\sType\s*=\s*["']([^"']*)/.exec(tag)?.[1] ?? '';
    const target = /\sTarget\s*=\s*["']([^"']*)/.exec(tag)?.[1];
    if (type.endsWith('/officeDocument') && target && !/\sTargetMode\s*=\s*["']External/.test(tag)) return resolveTarget('', target);
  }
  return undefined;
}

/** The spreadsheet formats beian reads: .xlsx with its own reader, .xls and .ods through src/read/legacy.ts. */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods';

/** What the first local entry of an OpenDocument file (its stored `mimetype`) says it is. */
function openDocumentKind(buf: Uint8Array): 'spreadsheet' | 'other' | 'unknown' {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 160));
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'spreadsheet';
  return head.includes('application/vnd.oasis.opendocument.') ? 'other' : 'unknown';
}

/** Whether the package's main document, found through `_rels/.rels`, is a workbook part that is there (any folder, any name). */
function isWorkbookPart(buf: Uint8Array, dir: ZipDirectory): boolean {
  const main = mainDocument(buf, dir);
  // Word's and PowerPoint's main parts are named so in every package their writers make.
  if (!main || !/\.xml$/i.test(main) || /(document|presentation)\.xml$/i.test(main)) return false;
  const key = partKey(main);
  return dir.entries.some((e) => partKey(e.name) === key);
}

type Inspected = { format: 'xls' } | { format: 'xlsx' | 'ods'; dir: ZipDirectory };

/**
 * Decides, from the bytes alone, which spreadsheet format a file is in and
 * whether it is worth handing to a reader; anything else is refused with
 * one Chinese line saying what it is.
 */
function inspect(buf: Uint8Array, limits: GateLimits): Inspected {
  if (buf.length === 0) throw inputError('empty');
  if (buf.length > limits.maxFileBytes) {
    throw inputError('file-too-large', { size: buf.length, limit: limits.maxFileBytes });
  }
  if (startsWith(buf, CFB_MAGIC)) {
    if (hasUtf16(buf, 'EncryptionInfo')) throw inputError('encrypted-xlsx');
    if (hasUtf16(buf, 'WordDocument')) throw inputError('word-document');
    // Any other compound file is taken for an .xls; the .xls reader says so if it is not one.
    return { format: 'xls' };
  }
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    if (looksLikeText(buf)) throw inputError('csv');
    throw inputError('not-xlsx');
  }
  const dir = directory(buf);
  const { entries } = dir;
  const names = new Set(entries.map((e) => e.name));
  let format: 'xlsx' | 'ods';
  if (names.has('xl/workbook.xml') || isWorkbookPart(buf, dir)) format = 'xlsx';
  else if (names.has('content.xml') && names.has('mimetype') && openDocumentKind(buf) !== 'other') format = 'ods';
  else {
    if (names.has('word/document.xml')) throw inputError('word-document');
    if (names.has('xl/workbook.bin')) throw inputError('xlsb');
    if (names.has('mimetype')) throw inputError('opendocument-text');
    throw inputError('zip-not-xlsx');
  }
  const twice = duplicateNames(dir, partKey);
  if (twice.length) {
    throw inputError('duplicate-parts', { name: twice[0].slice(0, 80) }, `duplicate entries: ${twice.slice(0, 5).join(', ')}`);
  }
  if (entries.length > limits.maxEntries) throw inputError('too-many-parts', { count: entries.length });
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > limits.maxUncompressedBytes) {
    throw inputError('workbook-inflates-too-much', { limit: limits.maxUncompressedBytes });
  }
  return { format, dir };
}

/** The format of a workbook's bytes (.xlsx, .xls or .ods), or the refusal, in one Chinese line, of anything else. */
export function spreadsheetFormat(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): SpreadsheetFormat {
  return inspect(buf, limits).format;
}

/**
 * The byte gate of the .xlsx reader: what is not an .xlsx is refused,
 * saying what it is. Returns the zip directory it read, for the reader.
 */
export function gate(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): ZipDirectory {
  const found = inspect(buf, limits);
  if (found.format === 'xls') throw inputError('xls');
  if (found.format === 'ods') throw inputError('ods');
  return found.dir;
}
