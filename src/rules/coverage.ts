import type { SourceId } from '../sources';

/**
 * One requirement of a document that a filing workbook could show: the
 * clause, what it asks, and either the rules that check it or why no rule
 * can. `reading` states how a rule reads a clause that can be read two ways,
 * so an office can see and challenge the choice (docs/rules.md, 解读).
 */
export interface Requirement {
  clause: string;
  text: string;
  rules?: readonly string[];
  why?: string;
  reading?: string;
}

export interface Coverage {
  source: SourceId;
  requirements: readonly Requirement[];
}

/** A requirement the listed rules check. */
export function checked(clause: string, text: string, rules: readonly string[], reading?: string): Requirement {
  return { clause, text, rules, ...(reading ? { reading } : {}) };
}

/** A requirement no rule can check, and why. */
export function unchecked(clause: string, text: string, why: string): Requirement {
  return { clause, text, why };
}

/** Whether a cited clause is in the table: itself, or an item of a listed clause ("二（八）8" of "二（八）"). */
export function covers(listed: string, cited: string): boolean {
  return cited === listed || (cited.startsWith(listed) && (/[）条]$/.test(listed) || !/^\d/.test(cited.slice(listed.length))));
}
