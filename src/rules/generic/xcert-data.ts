import type { FieldKey } from '../../model/schema';
import type { Table } from '../../model/table';
import { parsePercent, validateCount } from '../../validate';
import { basisFrom } from '../../jurisdictions';
import type { BasisByProfile } from '../basis';
import type { Rule, RuleContext } from '../rule';
import { DATA_QUALITY } from '../../sources';

/** Where a document gives the table (SH 附件3) its sums are that table's; elsewhere plain arithmetic. */
const BASIS: BasisByProfile = { ...basisFrom((j) => j.genericBasis?.['xcert.arithmetic']), default: DATA_QUALITY };
const LEVELS = ['Junior', 'Middle', 'Senior'] as const;
const LEVEL_NAMES: Record<string, string> = { Junior: '初级', Middle: '中级', Senior: '高级', Total: '总计' };
const GROUPS = [
  { prefix: 'assessed', label: '认定人次' },
  { prefix: 'certified', label: '取证人次' },
] as const;
/** The rate may be rounded to one decimal place in percent. */
const RATE_TOLERANCE = 0.1;

/** A count cell as a number; undefined when empty or not a count (the cell check reports that). */
function count(t: Table, row: number, field: FieldKey): number | undefined {
  if (!t.has(field)) return undefined;
  const v = t.value(row, field);
  if (v === null || v === '') return undefined;
  const r = validateCount(v);
  return r.ok && typeof r.value === 'number' ? r.value : undefined;
}

function checkRow(ctx: RuleContext, t: Table, row: number, what: string): void {
  for (const g of GROUPS) {
    const parts = LEVELS.map((l) => count(t, row, `${g.prefix}${l}`));
    const total = count(t, row, `${g.prefix}Total`);
    if (total === undefined || parts.every((p) => p === undefined)) continue;
    const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    if (sum !== total) {
      ctx.report({
        rule: 'xcert.total',
        ...ctx.at(t, row, `${g.prefix}Total`),
        message: `${what}${g.label}总计为 ${total}，但初级 + 中级 + 高级 = ${sum}`,
        hint: '核对各等级人次与总计',
      });
    }
  }
  for (const l of [...LEVELS, 'Total'] as const) {
    const a = count(t, row, `assessed${l}`);
    const c = count(t, row, `certified${l}`);
    if (a !== undefined && c !== undefined && c > a) {
      ctx.report({
        rule: 'xcert.certified-exceeds',
        ...ctx.at(t, row, `certified${l}`),
        message: `${what}${LEVEL_NAMES[l]}取证人次 ${c} 大于认定人次 ${a}`,
        hint: '取证人次不应超过认定人次',
      });
    }
  }
  const a = count(t, row, 'assessedTotal');
  const c = count(t, row, 'certifiedTotal');
  const cell = t.cell(row, 'rate');
  if (!cell || cell.valueKind === 'empty' || a === undefined || c === undefined || a === 0) return;
  const rate = parsePercent(cell.value, cell.numFmt).value;
  if (typeof rate !== 'number') return;
  const expected = (c / a) * 100;
  if (Math.abs(rate - expected) > RATE_TOLERANCE + 1e-9) {
    ctx.report({
      rule: 'xcert.rate',
      ...ctx.at(t, row, 'rate'),
      message: `${what}获证率填写为 ${rate.toFixed(1)}%，按取证总计 ${c} ÷ 认定总计 ${a} 应为 ${expected.toFixed(1)}%`,
      hint: '获证率 = 取证人次总计 ÷ 认定人次总计',
    });
  }
}

export const xcertArithmetic: Rule = {
  id: 'xcert.arithmetic',
  title: 'X证书评价数据：总计、取证不超过认定、获证率、合计行',
  profiles: 'all',
  severity: 'error',
  basis: BASIS,
  emits: [
    { id: 'xcert.total', title: 'X证书评价数据：各等级人次之和与总计不符', severity: 'error', basis: BASIS },
    { id: 'xcert.certified-exceeds', title: 'X证书评价数据：取证人次大于认定人次', severity: 'error', basis: BASIS },
    { id: 'xcert.rate', title: 'X证书评价数据：获证率与取证、认定人次不符', severity: 'error', basis: BASIS },
    { id: 'xcert.sum-row', title: 'X证书评价数据：合计行与各行之和不符', severity: 'error', basis: BASIS },
  ],
  umbrella: true,
  check(ctx) {
    for (const t of ctx.book.tablesOf('xcertData')) {
      for (const row of t.rows) {
        const year = t.text(row, 'year');
        checkRow(ctx, t, row, year ? `${year} 年度` : `第 ${row} 行`);
      }
      for (const row of t.totalRows) {
        checkRow(ctx, t, row, '合计行');
        for (const g of GROUPS) {
          for (const l of [...LEVELS, 'Total'] as const) {
            const field = `${g.prefix}${l}` as const;
            const stated = count(t, row, field);
            if (stated === undefined) continue;
            const sum = t.rows.reduce((s, r) => s + (count(t, r, field) ?? 0), 0);
            if (stated !== sum) {
              ctx.report({
                rule: 'xcert.sum-row',
                ...ctx.at(t, row, field),
                message: `合计行${g.label}·${LEVEL_NAMES[l]}为 ${stated}，各年度之和为 ${sum}`,
                hint: '合计行应等于上方各行之和',
              });
            }
          }
        }
      }
    }
  },
};
