/**
 * Helpers shared by the validators: the issue catalogue, result assembly,
 * display of raw values and the width/space folding clerks' input needs.
 */
import type { Severity } from '../model/severity';
import { type CellValue, displayText, isCellError, isCellPicture } from '../model/cell';
import type { ValidationIssue, ValidationResult, ValidatorCode } from './types';

export type CodeDefs<K extends string> = Record<K, { severity: Severity; title: string; basis?: string }>;

export interface Catalogue<K extends string> {
  CODES: ValidatorCode[];
  /** Builds an issue whose severity always matches the catalogue entry. */
  issue(code: K, message: string, hint?: string): ValidationIssue;
}

export function catalogue<K extends string>(basis: string, defs: CodeDefs<K>): Catalogue<K> {
  const CODES = (Object.keys(defs) as K[]).map((code) => ({
    code,
    severity: defs[code].severity,
    title: defs[code].title,
    basis: defs[code].basis ?? basis,
  }));
  return {
    CODES,
    issue: (code, message, hint) => ({ code, severity: defs[code].severity, message, ...(hint ? { hint } : {}) }),
  };
}

export function result<T>(issues: ValidationIssue[], value?: T): ValidationResult<T> {
  return { ok: !issues.some((i) => i.severity === 'error'), ...(value !== undefined ? { value } : {}), issues };
}

/** Empty cells are someone else's business (required-field rules). */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.replace(SPACES, '') === '');
}

/**
 * A formula error (#REF!) is reported by the generic formula-error rule; a
 * validator gives no second opinion but marks the value unusable. So is a
 * picture in the cell: there is no text to judge.
 */
export function unusable<T>(v: CellValue): ValidationResult<T> | undefined {
  return isCellError(v) || isCellPicture(v) ? { ok: false, issues: [] } : undefined;
}

/** The value as the clerk sees it; unlike displayText it survives an invalid Date. */
export function show(v: CellValue): string {
  if (v instanceof Date && Number.isNaN(v.getTime())) return '无效日期';
  return displayText(v);
}

/** Whitespace of every kind clerks paste in, incl. NBSP, U+3000 and zero-width characters. */
export const SPACES = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/g;
/** Hyphens and dashes that stand for "-" in codes and numbers. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Full-width letters, digits and punctuation to ASCII (NFKC), dashes to "-". */
export function foldWidth(s: string): string {
  return s.normalize('NFKC').replace(DASHES, '-');
}

/** Province-level codes of GB/T 2260, incl. 71 Taiwan, 81 Hong Kong, 82 Macau. */
const PROVINCES = new Set([
  ...span(11, 15), ...span(21, 23), ...span(31, 37), ...span(41, 46), ...span(50, 54), ...span(61, 65), 71, 81, 82,
]);

function span(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Whether two digits are a province-level code of GB/T 2260. */
export function isProvinceCode(two: string): boolean {
  return /^\d\d$/.test(two) && PROVINCES.has(Number(two));
}
