import { z } from 'zod';
import type { CheckResult } from '../check';
import { isoDate } from '../model/cell';
import type { RecognisedWorkbook } from '../model/table';
import { profileLabel } from '../profiles/profiles';
import { readCount } from '../rules/shared/cell-counts';
import { parseDateValue } from '../validate/dates';
import { cityOf } from '../summarize/city';
import { crossWorkbookFindings } from '../summarize/cross-rules';

/** One received workbook, checked: what the offices' summaries are compiled from. */
export interface OfficeItem {
  file: string;
  book: RecognisedWorkbook;
  result: CheckResult;
}

/** A document compiled across many workbooks (HA 附件7/8, the office report). */
export interface OfficeFormDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  title: string;
  schema: S;
  /** `today` is the day the office checks on, for deadlines. */
  build(items: readonly OfficeItem[], today: Date): z.infer<S>;
}

const text = (item: OfficeItem, key: string) => item.book.org?.text(key) ?? '';

function dateText(item: OfficeItem, key: string): string {
  const d = parseDateValue(item.book.org?.value(key) ?? null).date;
  return d ? isoDate(d) : text(item, key);
}

function evaluationTotals(item: OfficeItem): { assessed: number; certified: number } {
  let assessed = 0;
  let certified = 0;
  for (const t of item.book.tablesOf('evaluations')) {
    for (const r of t.rows) {
      assessed += readCount(t, r, 'assessed').n;
      certified += readCount(t, r, 'certified').n;
    }
  }
  return { assessed, certified };
}

const renewRow = z.object({
  no: z.number(),
  city: z.string(),
  orgType: z.string(),
  orgName: z.string(),
  filingNo: z.string(),
  validTo: z.string(),
  assessed: z.number(),
  certified: z.number(),
  decision: z.string(),
  period: z.string(),
  remark: z.string(),
});

/** HA 附件7 (its table is illegible in the seed; columns per SPEC §6). The decision is the office's; a workbook's 汇总 answer is carried over. */
export const HA_RENEW_SUMMARY: OfficeFormDef = {
  id: 'ha-renew-summary',
  title: '河南省职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(renewRow) }),
  build: (items) => ({
    rows: items
      .filter((i) => i.result.business === '备案续期')
      .map((item, n) => {
        const totals = evaluationTotals(item);
        const errors = item.result.summary.errors;
        return {
          no: n + 1,
          city: cityOf(item),
          orgType: text(item, 'orgType') || item.result.profile.orgType,
          orgName: text(item, 'orgName'),
          filingNo: text(item, 'filingNo'),
          validTo: dateText(item, 'validTo'),
          ...totals,
          decision: totals.assessed === 0 ? '终止（备案期未开展评价）' : '',
          period: '',
          remark: errors ? `检查发现 ${errors} 项错误` : '',
        };
      }),
  }),
};

const terminateRow = z.object({
  city: z.string(),
  orgType: z.string(),
  orgName: z.string(),
  filingNo: z.string(),
  filedOn: z.string(),
  terminatedOn: z.string(),
  evaluated: z.string(),
  certified: z.string(),
  pending: z.string(),
  reason: z.string(),
});

/** HA 附件8 河南省职业技能等级评价机构终止备案汇总表, column for column. */
export const HA_TERMINATE_SUMMARY: OfficeFormDef = {
  id: 'ha-terminate-summary',
  title: '河南省职业技能等级评价机构终止备案汇总表',
  schema: z.object({ rows: z.array(terminateRow) }),
  build: (items) => ({
    rows: items
      .filter((i) => i.result.business === '终止备案')
      .map((item) => {
        const totals = evaluationTotals(item);
        const uploaded = text(item, 'certificatesUploaded');
        return {
          city: cityOf(item),
          orgType: text(item, 'orgType') || item.result.profile.orgType,
          orgName: text(item, 'orgName'),
          filingNo: text(item, 'filingNo'),
          filedOn: dateText(item, 'validFrom'),
          terminatedOn: dateText(item, 'applyDate'),
          evaluated: totals.assessed > 0 ? '是' : '否',
          certified: totals.certified > 0 ? '是' : '否',
          pending: uploaded === '是' ? '否' : uploaded === '否' ? '是' : '未声明',
          reason: '申请终止备案',
        };
      }),
  }),
};

const reportSchema = z.object({
  total: z.number(),
  passed: z.number(),
  byProfile: z.array(z.object({ name: z.string(), count: z.number(), failed: z.number() })),
  byBusiness: z.array(z.object({ name: z.string(), count: z.number(), failed: z.number() })),
  occupations: z.array(z.object({ name: z.string(), assessed: z.number(), certified: z.number(), rate: z.string() })),
  failing: z.array(z.object({ no: z.number(), orgName: z.string(), file: z.string(), errors: z.number(), warnings: z.number() })),
  cross: z.array(z.object({ no: z.number(), severity: z.string(), message: z.string(), basis: z.string() })),
});

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

function tally(items: readonly OfficeItem[], key: (i: OfficeItem) => string) {
  const m = new Map<string, { count: number; failed: number }>();
  for (const i of items) {
    const k = key(i);
    const e = m.get(k) ?? { count: 0, failed: 0 };
    e.count++;
    if (i.result.summary.errors) e.failed++;
    m.set(k, e);
  }
  return [...m].map(([name, e]) => ({ name, ...e }));
}

/** 备案工作汇总报告 (offices): counts by profile, business and result, evaluation by occupation, failing organisations, and the problems only visible across workbooks. */
export const OFFICE_REPORT: OfficeFormDef<typeof reportSchema> = {
  id: 'office-report',
  title: '备案工作汇总报告',
  schema: reportSchema,
  build(items, today) {
    const occupations = new Map<string, { assessed: number; certified: number }>();
    for (const item of items) {
      for (const t of item.book.tablesOf('evaluations')) {
        for (const r of t.rows) {
          const name = t.text(r, 'occupation');
          const e = occupations.get(name) ?? { assessed: 0, certified: 0 };
          e.assessed += readCount(t, r, 'assessed').n;
          e.certified += readCount(t, r, 'certified').n;
          occupations.set(name, e);
        }
      }
    }
    return {
      total: items.length,
      passed: items.filter((i) => !i.result.summary.errors).length,
      byProfile: tally(items, (i) => profileLabel(i.result.profile)),
      byBusiness: tally(items, (i) => i.result.business),
      occupations: [...occupations].map(([name, e]) => ({ name, ...e, rate: e.assessed ? `${((e.certified / e.assessed) * 100).toFixed(1)}%` : '—' })),
      failing: items
        .filter((i) => i.result.summary.errors)
        .map((i, n) => ({ no: n + 1, orgName: text(i, 'orgName'), file: i.file, errors: i.result.summary.errors, warnings: i.result.summary.warnings })),
      cross: crossWorkbookFindings(items, today).map((f, i) => ({ no: i + 1, severity: SEVERITY[f.severity], message: f.message, basis: f.basis })),
    };
  },
};

export const OFFICE_FORMS: readonly OfficeFormDef[] = [HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, OFFICE_REPORT];
