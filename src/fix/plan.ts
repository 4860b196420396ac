import { displayText, isoDate, parseA1 } from '../model/cell';
import type { RecognisedWorkbook } from '../model/table';
import type { Finding } from '../rules/finding';
import { fixDate } from './dates';
import type { Fix, FixAnswer, Fixer, FixPlan, FixSite, FixValue, Refusal } from './fix';
import { fixIdText, refuseNumericId } from './ids';
import { fixLevel } from './levels';
import { fixCodeFormat, fixOccupationCode } from './occupations';
import { fixRate } from './rates';

/**
 * The rules whose findings can be fixed, by kind (the names `--only`
 * takes), most specific first: when two findings on one cell both offer a
 * fix, the earlier rule's wins (a code that disagrees with its name is
 * replaced by the name's code, not merely reformatted).
 */
export const FIX_KINDS: Readonly<Record<string, Readonly<Record<string, Fixer>>>> = {
  date: { 'date.text': fixDate },
  id: { 'id.numeric': refuseNumericId, 'id.lowercase-x': fixIdText, 'id.format-cleaned': fixIdText },
  level: { 'level.variant': fixLevel },
  occupation: { 'occupation.name-mismatch': fixOccupationCode, 'cell.required': fixOccupationCode, 'occupation.format-cleaned': fixCodeFormat },
  rate: { 'xcert.rate': fixRate },
};

const FIXERS = new Map(Object.values(FIX_KINDS).flatMap((k) => Object.entries(k)));
const PRIORITY = [...FIXERS.keys()];

/** Every rule id a fix answers. */
export const FIXABLE_RULES: readonly string[] = PRIORITY;

/** The rules named by kinds or rule ids; undefined names the first unknown one. */
export function rulesNamed(names: readonly string[]): { rules: Set<string> } | { unknown: string } {
  const rules = new Set<string>();
  for (const name of names) {
    const kind = FIX_KINDS[name];
    if (kind) Object.keys(kind).forEach((r) => rules.add(r));
    else if (FIXERS.has(name)) rules.add(name);
    else return { unknown: name };
  }
  return { rules };
}

function percent(n: number): string {
  return `${Number((n * 100).toFixed(2))}%`;
}

/** The fixed value as the clerk will see it. */
export function shownValue(after: FixValue, numFmt: string | null): string {
  if (after.kind === 'text') return after.text;
  if (after.kind === 'date') return isoDate(after.date);
  return (after.format ?? numFmt ?? '').includes('%') ? percent(after.number) : String(after.number);
}

function siteOf(book: RecognisedWorkbook, f: Finding): FixSite | undefined {
  if (!f.sheet || !f.cell) return undefined;
  const sheet = book.workbook.sheet(f.sheet);
  if (!sheet) return undefined;
  const { row, col } = parseA1(f.cell);
  // A formula's value is its result: changing it would drop the formula.
  if (sheet.isFormula(row, col)) return undefined;
  const table = book.tables.find((t) => t.sheet === sheet);
  const field = table && [...table.columns].find(([, c]) => c === col)?.[0];
  return { book, finding: f, sheet, table, field, row, col, value: sheet.value(row, col), numFmt: sheet.numFmt(row, col) };
}

/**
 * The fixes for a checked workbook: at most one per cell, in findings
 * order; `only` keeps the fixes of those rules.
 */
export function planFixes(book: RecognisedWorkbook, findings: readonly Finding[], only?: ReadonlySet<string>): FixPlan {
  const answers = new Map<string, { site: FixSite; answer: NonNullable<FixAnswer>; rank: number }>();
  for (const f of findings) {
    const fixer = FIXERS.get(f.rule);
    if (!fixer || (only && !only.has(f.rule))) continue;
    const site = siteOf(book, f);
    const answer = site && fixer(site);
    if (!site || !answer) continue;
    const key = `${f.sheet}!${site.row}:${site.col}`;
    const rank = PRIORITY.indexOf(f.rule);
    const seen = answers.get(key);
    if (!seen || rank < seen.rank) answers.set(key, { site, answer, rank });
  }
  const fixes: Fix[] = [];
  const refusals: Refusal[] = [];
  for (const { site, answer } of answers.values()) {
    const f = site.finding;
    const at = { sheet: site.sheet.name, cell: f.cell!.replace(/\$/g, '').toUpperCase(), rule: f.rule };
    if ('refuse' in answer) refusals.push({ ...at, reason: answer.refuse });
    else {
      const column = site.table && site.field ? site.table.header(site.field) : f.column;
      // A rate shows as the clerk sees it: 0.912 in a % cell is 91.2%.
      const before = typeof site.value === 'number' && site.numFmt?.includes('%') ? percent(site.value) : displayText(site.value);
      fixes.push({ ...at, row: site.row, col: site.col, column, before, after: answer.after, shown: shownValue(answer.after, site.numFmt), reason: answer.reason });
    }
  }
  return { fixes, refusals };
}
