import { InflateBudget } from '../zip/inflate';
import { DEFAULT_LIMITS as GATE_DEFAULTS, GateLimits } from './gate';
import { inputError } from './input-messages';

/**
 * What a workbook may contain before beian refuses to read it. The gate
 * checks what the zip declares; the reader checks the rest while it
 * inflates and parses, counting what is actually there, so no structure is
 * ever sized from a declared number or range.
 */
export interface ReadLimits extends GateLimits {
  /**
   * Inflated bytes of all parts read, at most this many times the file's
   * size (but always up to `inflateFloorBytes`): stops a bomb whose
   * directory declares its true size while inflating, long before the
   * absolute limit. (A directory that understates a size is caught part by
   * part.)
   */
  maxInflateRatio: number;
  inflateFloorBytes: number;
  maxSheets: number;
  /** Rows holding cells, per sheet. */
  maxRows: number;
  /** Cells, over the whole workbook. */
  maxCells: number;
  maxSharedStrings: number;
  /** Characters in one string (Excel's own limit for a cell is 32,767). */
  maxStringLength: number;
  /** Merged ranges, over the whole workbook. */
  maxMerges: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  ...GATE_DEFAULTS,
  maxInflateRatio: 100,
  inflateFloorBytes: 100 * 1024 * 1024,
  maxSheets: 1000,
  maxRows: 1_048_576,
  maxCells: 10_000_000,
  maxSharedStrings: 10_000_000,
  maxStringLength: 32_767,
  maxMerges: 500_000,
};

/** Excel's grid: a reference outside it is damage, not data. */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COL = 16_384;

/** Bytes a file of `fileBytes` may inflate to: `maxInflateRatio` times its size, at least `inflateFloorBytes`, at most `maxUncompressedBytes`. */
export function inflateCeiling(limits: ReadLimits, fileBytes: number): number {
  return Math.min(limits.maxUncompressedBytes, Math.max(limits.inflateFloorBytes, limits.maxInflateRatio * fileBytes));
}

/**
 * The inflate budget of one workbook of `fileBytes`, for the reader and
 * the annotator alike: `maxInflateRatio` times its size, at least
 * `inflateFloorBytes`, at most `maxUncompressedBytes`; passing it is one
 * Chinese line.
 */
export function inflateBudget(limits: ReadLimits, fileBytes: number): InflateBudget {
  const max = inflateCeiling(limits, fileBytes);
  return new InflateBudget(max, () => inputError('part-inflates-too-much', { limit: max }));
}
