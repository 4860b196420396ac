import { z } from 'zod';
import { addDocxCharts } from '../charts/docx-charts';
import { SEVERITY_LABEL } from '../model/severity';
import { joinDocx } from '../render/join';
import { renderDocx } from '../render/render';
import type { SourceId } from '../sources';
import { NOT_GIVEN, type FilingFacts, type SummaryFacts } from './summary-facts';

/**
 * A document compiled across many workbooks (HA 附件7/8, the 兵团's
 * summaries and 公示 list, the office report), built from the facts the
 * office's batch compiled: these forms only lay them out.
 */
export interface OfficeFormDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  title: string;
  schema: S;
  build(facts: SummaryFacts): z.infer<S>;
}

export { NOT_GIVEN };

const given = (v: string) => v || NOT_GIVEN;
const count = (f: FilingFacts, key: 'assessed' | 'certified') => (f.evaluations ? String(f.evaluations[key]) : NOT_GIVEN);

/** 是/否 as declared, else what the period's evaluation rows show, else 未填报. */
function declaredOrShown(declared: string, f: FilingFacts, key: 'assessed' | 'certified'): string {
  if (declared === '是' || declared === '否') return declared;
  return f.evaluations ? (f.evaluations[key] > 0 ? '是' : '否') : NOT_GIVEN;
}

/** The opposite of a 是/否 declaration (证书数据已全部上传 → 是否有尚未入网的证书数据). */
const negated = (v: string) => (v === '是' ? '否' : v === '否' ? '是' : NOT_GIVEN);

const askSchema = z.array(z.object({ items: z.string(), orgs: z.string() }));

/** The organisations whose rows print 未填报, grouped by the columns they left unanswered, for the office to ask. */
function toAsk(rows: readonly Record<string, unknown>[], headers: Readonly<Record<string, string>>): z.infer<typeof askSchema> {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const missing = Object.entries(headers)
      .filter(([k]) => r[k] === NOT_GIVEN)
      .map(([, h]) => h)
      .join('、');
    if (missing) groups.set(missing, [...(groups.get(missing) ?? []), String(r.orgName)]);
  }
  return [...groups].map(([items, orgs]) => ({ items, orgs: orgs.join('、') }));
}

const of = (facts: SummaryFacts, source: SourceId, business: string) => facts.filings.filter((f) => f.source === source && f.business === business);

const sum = (fs: readonly FilingFacts[], key: 'assessed' | 'certified') => fs.reduce((n, f) => n + (f.evaluations?.[key] ?? 0), 0);

const totalSchema = { orgs: z.number(), totalAssessed: z.number(), totalCertified: z.number() };

const totals = (fs: readonly FilingFacts[]) => ({ orgs: fs.length, totalAssessed: sum(fs, 'assessed'), totalCertified: sum(fs, 'certified') });

/** HA 附件7/8's own words for the organisation types (its notes: 用人单位、社评组织、院校). */
const haOrgType = (t: string) => (t === '社会培训评价组织' ? '社评组织' : t);

const haRenewRow = z.object({
  no: z.number(),
  city: z.string(),
  orgType: z.string(),
  orgName: z.string(),
  filingNo: z.string(),
  validTo: z.string(),
  assessed: z.string(),
  certified: z.string(),
  decision: z.string(),
  period: z.string(),
  remark: z.string(),
});

const HA_RENEW_ASK = { city: '地市', orgType: '机构类型', filingNo: '备案号', validTo: '备案有效期止', assessed: '备案期评价情况' };

/**
 * HA 附件7 (its table is illegible in the published guide; the columns are those a
 * renewal decision needs). 续期决定 and 续期起止日期 are the office's to write; only a
 * renewal whose period shows no evaluation at all gets the decision HA
 * 六（四）2 prescribes, as a proposal.
 */
export const HA_RENEW_SUMMARY: OfficeFormDef = {
  id: 'ha-renew-summary',
  title: '河南省职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(haRenewRow), ...totalSchema, ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const filings = of(facts, 'HA', '备案续期');
    const rows = filings.map((f, n) => ({
      no: n + 1,
      city: given(f.org.city),
      orgType: given(haOrgType(f.org.orgType)),
      orgName: given(f.org.name),
      filingNo: given(f.org.filingNo),
      validTo: given(f.org.validTo),
      assessed: count(f, 'assessed'),
      certified: count(f, 'certified'),
      decision: f.evaluations?.assessed === 0 ? '建议终止（备案期未开展评价）' : '',
      period: '',
      remark: f.dropped.length ? `退出评价范围：${f.dropped.join('、')}` : '',
    }));
    const ask = toAsk(rows, HA_RENEW_ASK);
    return { rows, ...totals(filings), ask, asking: ask.length > 0 };
  },
};

const haTerminateRow = z.object({
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

const HA_TERMINATE_ASK = {
  city: '地市',
  orgType: '机构类型',
  filingNo: '备案号',
  filedOn: '备案成功时间',
  terminatedOn: '终止备案时间',
  evaluated: '是否开展过评价',
  certified: '是否发过证书',
  pending: '是否有尚未入网的证书数据',
  reason: '终止备案原因',
};

/** HA 附件8 河南省职业技能等级评价机构终止备案汇总表, column for column, each from the workbook's own answer. */
export const HA_TERMINATE_SUMMARY: OfficeFormDef = {
  id: 'ha-terminate-summary',
  title: '河南省职业技能等级评价机构终止备案汇总表',
  schema: z.object({ rows: z.array(haTerminateRow), count: z.number(), ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const rows = of(facts, 'HA', '终止备案').map((f) => ({
      city: given(f.org.city),
      orgType: given(haOrgType(f.org.orgType)),
      orgName: given(f.org.name),
      filingNo: given(f.org.filingNo),
      filedOn: given(f.org.validFrom),
      terminatedOn: given(f.org.endDate),
      evaluated: declaredOrShown(f.org.evaluatedInPeriod, f, 'assessed'),
      certified: declaredOrShown(f.org.certifiedInPeriod, f, 'certified'),
      pending: negated(f.org.certificatesUploaded),
      reason: given(f.org.terminationReason),
    }));
    const ask = toAsk(rows, HA_TERMINATE_ASK);
    return { rows, count: rows.length, ask, asking: ask.length > 0 };
  },
};

/** 是 when the renewal was applied for at least 3 months before the period ends (BT 第十条), from the workbook's two dates. */
function threeMonthsAhead(f: FilingFacts): string {
  const [apply, until] = [f.org.applyDate, f.org.validTo].map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : ''));
  if (!apply || !until) return NOT_GIVEN;
  const [y, m, d] = until.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 4, d)).toISOString().slice(0, 10);
  return apply <= limit ? '是' : '否';
}

const btRenewRow = z.object({
  no: z.number(),
  city: z.string(),
  orgType: z.string(),
  orgName: z.string(),
  filingNo: z.string(),
  validTo: z.string(),
  applyDate: z.string(),
  ahead: z.string(),
  assessed: z.string(),
  certified: z.string(),
});

const BT_RENEW_ASK = { city: '师市', orgType: '机构类型', filingNo: '备案号', validTo: '备案有效期止', applyDate: '申请日期', assessed: '备案期评价情况' };

/** 兵团 renewals (BT 第十条; the document attaches no form, so the columns are that clause's). 评估结论 is the office's. */
export const BT_RENEW_SUMMARY: OfficeFormDef = {
  id: 'bt-renew-summary',
  title: '兵团职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(btRenewRow), ...totalSchema, ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const filings = of(facts, 'BT', '备案续期');
    const rows = filings.map((f, n) => ({
      no: n + 1,
      city: given(f.org.city),
      orgType: given(f.org.orgType),
      orgName: given(f.org.name),
      filingNo: given(f.org.filingNo),
      validTo: given(f.org.validTo),
      applyDate: given(f.org.applyDate),
      ahead: threeMonthsAhead(f),
      assessed: count(f, 'assessed'),
      certified: count(f, 'certified'),
    }));
    const ask = toAsk(rows, BT_RENEW_ASK);
    return { rows, ...totals(filings), ask, asking: ask.length > 0 };
  },
};

const btTerminateRow = z.object({
  no: z.number(),
  city: z.string(),
  orgType: z.string(),
  orgName: z.string(),
  filingNo: z.string(),
  validTo: z.string(),
  applyDate: z.string(),
  endDate: z.string(),
  stopped: z.string(),
  uploaded: z.string(),
  reason: z.string(),
});

const BT_TERMINATE_ASK = {
  city: '师市',
  orgType: '机构类型',
  filingNo: '备案号',
  validTo: '备案有效期止',
  applyDate: '申请日期',
  endDate: '拟终止备案日期',
  stopped: '已停止评价报名',
  uploaded: '证书数据已全部上传',
  reason: '终止备案原因',
};

const yesNo = (v: string) => (v === '是' || v === '否' ? v : NOT_GIVEN);

/** 兵团 voluntary terminations (BT 第十八条（五）; no form attached, so the columns are that clause's). */
export const BT_TERMINATE_SUMMARY: OfficeFormDef = {
  id: 'bt-terminate-summary',
  title: '兵团职业技能等级评价机构终止备案汇总表',
  schema: z.object({ rows: z.array(btTerminateRow), count: z.number(), ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const rows = of(facts, 'BT', '终止备案').map((f, n) => ({
      no: n + 1,
      city: given(f.org.city),
      orgType: given(f.org.orgType),
      orgName: given(f.org.name),
      filingNo: given(f.org.filingNo),
      validTo: given(f.org.validTo),
      applyDate: given(f.org.applyDate),
      endDate: given(f.org.endDate),
      stopped: yesNo(f.org.registrationStopped),
      uploaded: yesNo(f.org.certificatesUploaded),
      reason: given(f.org.terminationReason),
    }));
    const ask = toAsk(rows, BT_TERMINATE_ASK);
    return { rows, count: rows.length, ask, asking: ask.length > 0 };
  },
};

const LAPSE: Record<FilingFacts['lapses'][number], string> = {
  expired: '备案期满未书面提出续期备案申请（第十九条（一）1）',
  inactive: '备案后一年以上未开展评价工作（第十九条（一）2）',
};

const noticeRow = z.object({
  no: z.number(),
  city: z.string(),
  orgName: z.string(),
  creditCode: z.string(),
  filingNo: z.string(),
  validTo: z.string(),
  lastEvaluation: z.string(),
  grounds: z.string(),
});

/**
 * BT 第十九条（一）: organisations whose filing the office is to cancel, for
 * its 公示. Whether an inactive organisation had good reason is the
 * office's to verify before publishing.
 */
export const BT_NOTICE_LIST: OfficeFormDef = {
  id: 'bt-notice-list',
  title: '兵团拟取消备案资质的职业技能等级评价机构公示名单',
  schema: z.object({ rows: z.array(noticeRow) }),
  build: (facts) => ({
    rows: facts.filings
      .filter((f) => f.source === 'BT' && f.lapses.length)
      .map((f, n) => ({
        no: n + 1,
        city: given(f.org.city),
        orgName: given(f.org.name),
        creditCode: given(f.org.creditCode),
        filingNo: given(f.org.filingNo),
        validTo: given(f.org.validTo),
        lastEvaluation: f.evaluations ? f.evaluations.lastEvaluation || '无' : NOT_GIVEN,
        grounds: f.lapses.map((l) => LAPSE[l]).join('；'),
      })),
  }),
};

const noneSchema = z.object({ title: z.string(), message: z.string() });

/** What the office gets when no filing of the kind is one these summaries cover. */
export const NO_SUMMARY: OfficeFormDef<typeof noneSchema> = {
  id: 'summary-none',
  title: '汇总说明',
  schema: noneSchema,
  build: () => ({ title: '', message: '' }),
};

const tallySchema = z.array(z.object({ name: z.string(), count: z.number(), passed: z.number(), failed: z.number() }));

function tally(filings: readonly FilingFacts[], key: (f: FilingFacts) => string): z.infer<typeof tallySchema> {
  const m = new Map<string, { count: number; failed: number }>();
  for (const f of filings) {
    const e = m.get(key(f)) ?? { count: 0, failed: 0 };
    e.count++;
    if (f.errors) e.failed++;
    m.set(key(f), e);
  }
  return [...m].map(([name, e]) => ({ name, count: e.count, passed: e.count - e.failed, failed: e.failed }));
}

const reportSchema = z.object({
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  unchecked: z.number(),
  superseded: z.number(),
  byProfile: tallySchema,
  byBusiness: tallySchema,
  byCity: z.array(z.object({ name: z.string(), count: z.number(), passed: z.number(), failed: z.number(), renewals: z.number(), terminations: z.number() })),
  byCheck: z.array(z.object({ no: z.number(), title: z.string(), severity: z.string(), count: z.number(), workbooks: z.number() })),
  occupations: z.array(z.object({ name: z.string(), assessed: z.number(), certified: z.number(), rate: z.string() })),
  failing: z.array(z.object({ no: z.number(), orgName: z.string(), file: z.string(), errors: z.number(), warnings: z.number() })),
  cross: z.array(z.object({ no: z.number(), severity: z.string(), message: z.string(), basis: z.string() })),
  files: z.array(z.object({ no: z.number(), file: z.string(), status: z.string(), reason: z.string() })),
});

/**
 * 备案工作汇总报告 (offices): counts by profile, business, 地市/师市 and
 * result, the findings per check, evaluation by occupation, failing
 * organisations, the problems only visible across workbooks, and the files
 * that could not be checked.
 */
export const OFFICE_REPORT: OfficeFormDef<typeof reportSchema> = {
  id: 'office-report',
  title: '备案工作汇总报告',
  schema: reportSchema,
  build(facts) {
    const failing = facts.filings.filter((f) => f.errors);
    const byCity = tally(facts.filings, (f) => f.org.city || NOT_GIVEN).map((t) => ({
      ...t,
      renewals: facts.filings.filter((f) => (f.org.city || NOT_GIVEN) === t.name && f.business === '备案续期').length,
      terminations: facts.filings.filter((f) => (f.org.city || NOT_GIVEN) === t.name && f.business === '终止备案').length,
    }));
    return {
      total: facts.received,
      passed: facts.filings.length - failing.length,
      failed: failing.length,
      unchecked: facts.unchecked.length,
      superseded: facts.superseded,
      byProfile: tally(facts.filings, (f) => f.profile),
      byBusiness: tally(facts.filings, (f) => f.business),
      byCity,
      byCheck: facts.findingsByCheck.map((c, i) => ({ no: i + 1, title: c.title, severity: SEVERITY_LABEL[c.severity], count: c.count, workbooks: c.workbooks })),
      occupations: facts.occupations
        .filter((o) => o.evaluated)
        .map(({ name, assessed, certified }) => ({ name, assessed, certified, rate: assessed ? `${((certified / assessed) * 100).toFixed(1)}%` : '—' })),
      failing: failing.map((f, n) => ({ no: n + 1, orgName: f.org.name || f.file, file: f.file, errors: f.errors, warnings: f.warnings })),
      cross: facts.cross.map((f, i) => ({ no: i + 1, severity: SEVERITY_LABEL[f.severity], message: f.message, basis: f.basis })),
      files: facts.unchecked.map((e, n) => ({ no: n + 1, file: e.file, status: e.status === 'unreadable' ? '无法读取' : '非备案工作簿', reason: e.reason })),
    };
  },
};

export const OFFICE_FORMS: readonly OfficeFormDef[] = [HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, BT_RENEW_SUMMARY, BT_TERMINATE_SUMMARY, BT_NOTICE_LIST, NO_SUMMARY, OFFICE_REPORT];

/** A summary an office chooses: its document's title, and each jurisdiction's part that has rows. */
interface SummaryKindDef {
  title: string;
  /** The business the summary is about, for the note when no filing is one. */
  business?: string;
  parts: readonly OfficeFormDef[];
}

/** The summary an office chooses (`summarize --kind`, the web page's 汇总类型). */
export const SUMMARY_KINDS = {
  renewal: { title: '备案续期汇总表', business: '备案续期', parts: [HA_RENEW_SUMMARY, BT_RENEW_SUMMARY] },
  termination: { title: '终止备案汇总表', business: '终止备案', parts: [HA_TERMINATE_SUMMARY, BT_TERMINATE_SUMMARY, BT_NOTICE_LIST] },
  report: { title: '备案工作汇总报告', parts: [OFFICE_REPORT] },
} as const satisfies Record<string, SummaryKindDef>;

export type SummaryKind = keyof typeof SUMMARY_KINDS;

export function isSummaryKind(kind: string): kind is SummaryKind {
  return Object.hasOwn(SUMMARY_KINDS, kind);
}

/** Whether a part has anything to show: a list part with no rows is left out. */
const shows = (data: object) => !('rows' in data) || (data as { rows: unknown[] }).rows.length > 0;

/**
 * The parts of a summary with their data: one per jurisdiction with rows
 * (河南 under HA's title, 兵团 under the 兵团's), or a note saying no
 * filing is of the kind these summaries cover.
 */
export function summaryParts(kind: SummaryKind, facts: SummaryFacts): { form: OfficeFormDef; data: object }[] {
  const def: SummaryKindDef = SUMMARY_KINDS[kind];
  const parts = def.parts.map((form) => ({ form, data: form.schema.parse(form.build(facts)) as object })).filter((p) => shows(p.data));
  if (parts.length) return parts;
  const message = `本次收到的工作簿中没有河南省或兵团的${def.business}申请，没有需要汇总的机构。`;
  return [{ form: NO_SUMMARY, data: { title: def.title, message } }];
}

/**
 * The summary as one Word file: each part rendered into its own template,
 * one after the other, each with its own page numbers; the charts drawn
 * where a template has their place (the report, after its totals).
 */
export async function summaryDocx(kind: SummaryKind, facts: SummaryFacts, template: (id: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const parts = summaryParts(kind, facts);
  const doc = joinDocx(await Promise.all(parts.map(async (p) => renderDocx(await template(p.form.id), p.data))));
  return addDocxCharts(doc, facts.charts);
}
