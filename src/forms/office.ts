import { z } from 'zod';
import type { CheckResult } from '../check';
import { isoDate } from '../model/cell';
import type { RecognisedWorkbook } from '../model/table';
import { profileLabel } from '../profiles/profiles';
import { readCount } from '../rules/shared/cell-counts';
import { parseDateValue } from '../validate/dates';

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
  build(items: readonly OfficeItem[]): z.infer<S>;
}

const text = (item: OfficeItem, key: string) => item.book.org?.text(key) ?? '';

/** 新乡市 from "河南省新乡市红旗区…": the prefecture an office groups by. */
export function cityOf(item: OfficeItem): string {
  for (const source of [text(item, 'regPlace'), text(item, 'address')]) {
    const m = /^(?:.{2,3}(?:省|自治区))?(.{2,8}?(?:市|地区|州|盟|师))/.exec(source.replace(/\s+/g, ''));
    if (m) return m[1];
  }
  return '';
}

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
  shared: z.array(z.object({ no: z.number(), person: z.string(), organisations: z.string() })),
});

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

/** Examiners, experts and supervisors on the rosters of more than one organisation: a sign of 租借资质 (BT 第十九条（二）1). */
function sharedPeople(items: readonly OfficeItem[]) {
  const seen = new Map<string, { name: string; orgs: Set<string> }>();
  for (const item of items) {
    const org = text(item, 'orgName') || item.file;
    for (const t of item.book.tables) {
      if (t.kind !== 'examiners' && t.kind !== 'experts' && t.kind !== 'supervisors') continue;
      for (const row of t.rows) {
        // The same 18 characters, however typed; a broken ID is the per-workbook check's business.
        const id = t.text(row, 'idNumber').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
        if (!/^\d{17}[\dX]$/.test(id)) continue;
        const e = seen.get(id) ?? { name: t.text(row, 'name'), orgs: new Set<string>() };
        e.orgs.add(org);
        seen.set(id, e);
      }
    }
  }
  return [...seen.values()].filter((e) => e.orgs.size > 1).map((e, i) => ({ no: i + 1, person: e.name, organisations: [...e.orgs].join('、') }));
}

/** 备案工作汇总报告 (offices): counts by profile, business and result, evaluation by occupation, failing organisations, people shared between organisations. */
export const OFFICE_REPORT: OfficeFormDef<typeof reportSchema> = {
  id: 'office-report',
  title: '备案工作汇总报告',
  schema: reportSchema,
  build(items) {
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
      shared: sharedPeople(items),
    };
  },
};

export const OFFICE_FORMS: readonly OfficeFormDef[] = [HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, OFFICE_REPORT];
