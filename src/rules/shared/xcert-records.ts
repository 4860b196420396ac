import type { Table } from '../../model/table';
import { parseYear } from '../../validate/dates';
import type { RuleContext } from '../rule';
import { readCount } from '../../filing/counts';

/** One year × project row of X证书评价数据, read for the scale rules. */
export interface XcertRecord {
  table: Table;
  row: number;
  year?: number;
  region: string;
  /** 认定人次: the 总计 cell, or the sum of the levels when 总计 is empty. */
  assessed: number;
  /** 取证人次, read the same way. */
  certified: number;
  /** Cells that could not be read and so were not added. */
  unreadable: string[];
}

const LEVELS = ['Junior', 'Middle', 'Senior'] as const;

function total(t: Table, row: number, prefix: 'assessed' | 'certified', unreadable: string[]): number {
  const whole = readCount(t, row, `${prefix}Total`);
  if (whole.unreadable) unreadable.push(whole.unreadable);
  if (!whole.empty) return whole.n;
  let n = 0;
  for (const l of LEVELS) {
    const c = readCount(t, row, `${prefix}${l}`);
    if (c.unreadable) unreadable.push(c.unreadable);
    n += c.n;
  }
  return n;
}

export function xcertRecords(ctx: RuleContext): XcertRecord[] {
  return ctx.memo('xcert-records', () =>
    ctx.book.tablesOf('xcertData').flatMap((table) =>
      table.rows.map((row): XcertRecord => {
        const unreadable: string[] = [];
        const assessed = total(table, row, 'assessed', unreadable);
        const certified = total(table, row, 'certified', unreadable);
        return { table, row, year: parseYear(table.value(row, 'year')).value, region: table.text(row, 'region'), assessed, certified, unreadable };
      }),
    ),
  );
}

/** Distinct years with any evaluation (认定 or 取证 above 0), ascending. */
export function activeYears(records: readonly XcertRecord[]): number[] {
  const years = new Set<number>();
  for (const r of records) if (r.year !== undefined && (r.assessed > 0 || r.certified > 0)) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

/** The longest run of consecutive years, e.g. [2021, 2022, 2023] of 2019, 2021–2023. */
export function longestRun(years: readonly number[]): number[] {
  let best: number[] = [];
  let run: number[] = [];
  for (const y of years) {
    run = run.length && run[run.length - 1] === y - 1 ? [...run, y] : [y];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** "2021–2023" or "2024". */
export function yearSpan(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0] ?? ''}`;
}
