import type { FieldKey } from '../model/schema';
import type { CellValue } from '../model/cell';
import type { Sheet } from '../model/workbook';
import type { RecognisedWorkbook, Table } from '../model/table';
import type { Finding } from '../rules/finding';

/**
 * One-click fixes (修正) for findings whose correction is mechanical and
 * certain: a list of cell edits that any host can apply (the .xlsx patcher
 * here, the add-in's hosts through Office.js) and undo.
 */

/** The value a fixed cell gets: a text, a number (with a number format when the cell needs one), or a date in a date format. */
export type FixValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number; format?: string }
  | { kind: 'date'; date: Date; format: string };

export interface Fix {
  sheet: string;
  /** A1 address, upper case. */
  cell: string;
  row: number;
  col: number;
  /** Canonical header of the column, when the cell is in a recognised table. */
  column: string | null;
  /** The finding's rule this fix answers. */
  rule: string;
  /** The value as the clerk sees it now. */
  before: string;
  after: FixValue;
  /** The new value as the clerk will see it. */
  shown: string;
  /** Why, in the clerk's words. */
  reason: string;
}

/** A finding that looks mechanical but cannot be fixed, and why (a numeric ID's lost digits). */
export interface Refusal {
  sheet: string;
  cell: string;
  rule: string;
  reason: string;
}

export interface FixPlan {
  fixes: Fix[];
  refusals: Refusal[];
}

/** What a fixer sees of one finding's cell. */
export interface FixSite {
  book: RecognisedWorkbook;
  finding: Finding;
  sheet: Sheet;
  /** The recognised table the cell is in, and the field its column holds. */
  table?: Table;
  field?: FieldKey;
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
}

/** A fixer's answer: the new value and why, a refusal's reason, or nothing when this cell has no certain fix. */
export type FixAnswer = { after: FixValue; reason: string } | { refuse: string } | undefined;

export type Fixer = (site: FixSite) => FixAnswer;
