import { z } from 'zod';
import { SEVERITY_LABEL } from '../annotate/mark-plan';
import { profileById, profileLabel } from '../profiles/profiles';
import type { Batch } from '../summarize/batch';
import { orgName } from '../summarize/cross-rules';
import { evaluationTotals, occupationTotals } from '../summarize/occupations';
import type { CheckedSubmission } from '../summarize/submission';

/**
 * A document compiled across many workbooks (HA 附件7/8, the office report),
 * built from the batch's results alone: the batch is `summarize`'s; these
 * forms only lay its results out.
 */
export interface OfficeFormDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  title: string;
  schema: S;
  build(batch: Batch): z.infer<S>;
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

/** HA 附件7 (its table is illegible in the published guide; the columns are those a renewal decision needs). The decision is the office's; a workbook's 汇总 answer is carried over. */
export const HA_RENEW_SUMMARY: OfficeFormDef = {
  id: 'ha-renew-summary',
  title: '河南省职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(renewRow) }),
  build: (batch) => ({
    rows: batch.used
      .filter((s) => s.business === '备案续期')
      .map((s, n) => {
        const totals = evaluationTotals(s);
        const remark = [s.dropped.length ? `退出评价范围：${s.dropped.join('、')}` : '', s.summary.errors ? `检查发现 ${s.summary.errors} 项错误` : ''];
        return {
          no: n + 1,
          city: s.org.city,
          orgType: s.org.orgType,
          orgName: s.org.name,
          filingNo: s.org.filingNo,
          validTo: s.org.validTo,
          ...totals,
          decision: totals.assessed === 0 ? '终止（备案期未开展评价）' : '',
          period: '',
          remark: remark.filter(Boolean).join('；'),
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
  build: (batch) => ({
    rows: batch.used
      .filter((s) => s.business === '终止备案')
      .map((s) => {
        const totals = evaluationTotals(s);
        const uploaded = s.org.certificatesUploaded;
        return {
          city: s.org.city,
          orgType: s.org.orgType,
          orgName: s.org.name,
          filingNo: s.org.filingNo,
          filedOn: s.org.validFrom,
          terminatedOn: s.org.applyDate,
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
  failed: z.number(),
  unchecked: z.number(),
  superseded: z.number(),
  byProfile: z.array(z.object({ name: z.string(), count: z.number(), failed: z.number() })),
  byBusiness: z.array(z.object({ name: z.string(), count: z.number(), failed: z.number() })),
  occupations: z.array(z.object({ name: z.string(), assessed: z.number(), certified: z.number(), rate: z.string() })),
  failing: z.array(z.object({ no: z.number(), orgName: z.string(), file: z.string(), errors: z.number(), warnings: z.number() })),
  cross: z.array(z.object({ no: z.number(), severity: z.string(), message: z.string(), basis: z.string() })),
  files: z.array(z.object({ no: z.number(), file: z.string(), status: z.string(), reason: z.string() })),
});

function tally(used: readonly CheckedSubmission[], key: (s: CheckedSubmission) => string) {
  const m = new Map<string, { count: number; failed: number }>();
  for (const s of used) {
    const k = key(s);
    const e = m.get(k) ?? { count: 0, failed: 0 };
    e.count++;
    if (s.summary.errors) e.failed++;
    m.set(k, e);
  }
  return [...m].map(([name, e]) => ({ name, ...e }));
}

/**
 * 备案工作汇总报告 (offices): counts by profile, business and result,
 * evaluation by occupation, failing organisations, the problems only visible
 * across workbooks, and the files that could not be checked.
 */
export const OFFICE_REPORT: OfficeFormDef<typeof reportSchema> = {
  id: 'office-report',
  title: '备案工作汇总报告',
  schema: reportSchema,
  build(batch) {
    const failing = batch.used.filter((s) => s.summary.errors);
    const unchecked = batch.entries.flatMap((e) => (e.status === 'ok' ? [] : [e]));
    return {
      total: batch.entries.length,
      passed: batch.used.length - failing.length,
      failed: failing.length,
      unchecked: unchecked.length,
      superseded: batch.entries.filter((e) => e.supersededBy).length,
      byProfile: tally(batch.used, (s) => profileById(s.profile)!.name),
      byBusiness: tally(batch.used, (s) => s.business),
      occupations: occupationTotals(batch.used)
        .filter((o) => o.evaluated)
        .map(({ name, assessed, certified, rate }) => ({ name, assessed, certified, rate })),
      failing: failing.map((s, n) => ({ no: n + 1, orgName: orgName(s), file: s.file, errors: s.summary.errors, warnings: s.summary.warnings })),
      cross: batch.cross.map((f, i) => ({ no: i + 1, severity: SEVERITY_LABEL[f.severity], message: f.message, basis: f.basis })),
      files: unchecked.map((e, n) => ({ no: n + 1, file: e.file, status: e.status === 'unreadable' ? '无法读取' : '非备案工作簿', reason: e.reason })),
    };
  },
};

export const OFFICE_FORMS: readonly OfficeFormDef[] = [HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, OFFICE_REPORT];

/** The summary an office chooses (`summarize --kind`, the web page's 汇总类型). */
export const SUMMARY_KINDS = { renewal: HA_RENEW_SUMMARY, termination: HA_TERMINATE_SUMMARY, report: OFFICE_REPORT } as const;

export type SummaryKind = keyof typeof SUMMARY_KINDS;

export function summaryForm(kind: string): OfficeFormDef | undefined {
  return Object.hasOwn(SUMMARY_KINDS, kind) ? SUMMARY_KINDS[kind as SummaryKind] : undefined;
}
