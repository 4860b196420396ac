import type { Severity } from '../model/severity';

/**
 * What a validator says about one value. A validator never throws and never
 * changes the value; `cleaned` is only a suggestion shown in the hint.
 */
export interface ValidationIssue {
  /** Rule id in the catalogue, e.g. "id.checksum". */
  code: string;
  severity: Severity;
  /** Chinese message naming the value and what is wrong. */
  message: string;
  hint?: string;
}

export interface ValidationResult<T = string> {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** The normalised value when it could be understood. */
  value?: T;
  issues: ValidationIssue[];
}

/** A catalogue entry for a code a validator can emit. */
export interface ValidatorCode {
  code: string;
  severity: Severity;
  title: string;
  basis: string;
}
