import { z } from 'zod';
import { askSchema, count, declaredOrShown, filingsOf, given, negated, toAsk, totals, totalSchema, type JurisdictionSummaries, type SummaryFormDef } from '../../../forms/summary-form';
import { SOURCE } from '../source';
import { knownZero } from '../../../forms/summary-facts';

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
export const HA_RENEW_SUMMARY: SummaryFormDef = {
  id: 'ha-renew-summary',
  title: '河南省职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(haRenewRow), ...totalSchema, ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const filings = filingsOf(facts, SOURCE.id, '备案续期');
    const rows = filings.map((f, n) => ({
      no: n + 1,
      city: given(f.org.city),
      orgType: given(haOrgType(f.org.orgType)),
      orgName: given(f.org.name),
      filingNo: given(f.org.filingNo),
      validTo: given(f.org.validTo),
      assessed: count(f, 'assessed'),
      certified: count(f, 'certified'),
      decision: knownZero(f.evaluations, 'assessed') ? '建议终止（备案期未开展评价）' : '',
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
export const HA_TERMINATE_SUMMARY: SummaryFormDef = {
  id: 'ha-terminate-summary',
  title: '河南省职业技能等级评价机构终止备案汇总表',
  schema: z.object({ rows: z.array(haTerminateRow), count: z.number(), ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const rows = filingsOf(facts, SOURCE.id, '终止备案').map((f) => ({
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

/** The summaries an office makes of 河南 filings. */
export const HA_SUMMARIES: JurisdictionSummaries = { place: '河南省', renewal: [HA_RENEW_SUMMARY], termination: [HA_TERMINATE_SUMMARY] };
