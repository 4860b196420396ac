import { z } from 'zod';
import { knownZero, type FilingFacts } from '../../../forms/summary-facts';
import { askSchema, count, filingsOf, given, NOT_GIVEN, toAsk, totals, totalSchema, type JurisdictionSummaries, type SummaryFormDef } from '../../../forms/summary-form';
import { SOURCE } from '../source';

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
export const BT_RENEW_SUMMARY: SummaryFormDef = {
  id: 'bt-renew-summary',
  title: '兵团职业技能等级评价机构备案续期汇总表',
  schema: z.object({ rows: z.array(btRenewRow), ...totalSchema, ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const filings = filingsOf(facts, SOURCE.id, '备案续期');
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
export const BT_TERMINATE_SUMMARY: SummaryFormDef = {
  id: 'bt-terminate-summary',
  title: '兵团职业技能等级评价机构终止备案汇总表',
  schema: z.object({ rows: z.array(btTerminateRow), count: z.number(), ask: askSchema, asking: z.boolean() }),
  build: (facts) => {
    const rows = filingsOf(facts, SOURCE.id, '终止备案').map((f, n) => ({
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

/** 最近评价日期 as the list prints it: 无 only where the period's rows give 0 evaluations; 未填报 where the workbook does not say. */
function lastEvaluation(f: FilingFacts): string {
  if (f.evaluations?.lastEvaluation) return f.evaluations.lastEvaluation;
  return knownZero(f.evaluations, 'assessed') ? '无' : NOT_GIVEN;
}

/**
 * BT 第十九条（一）: organisations whose filing the office is to cancel, for
 * its 公示. Whether an inactive organisation had good reason is the
 * office's to verify before publishing. One whose workbook does not show
 * whether it evaluated in the last year is not listed on that ground: the
 * note names it, for the office to ask.
 */
export const BT_NOTICE_LIST: SummaryFormDef = {
  id: 'bt-notice-list',
  title: '兵团拟取消备案资质的职业技能等级评价机构公示名单',
  schema: z.object({ rows: z.array(noticeRow), unjudged: z.string(), asking: z.boolean() }),
  build: (facts) => {
    const filings = facts.filings.filter((f) => f.source === SOURCE.id);
    const unjudged = [...new Set(filings.filter((f) => f.unjudged).map((f) => given(f.org.name)))];
    return {
      rows: filings
        .filter((f) => f.lapses.length)
        .map((f, n) => ({
          no: n + 1,
          city: given(f.org.city),
          orgName: given(f.org.name),
          creditCode: given(f.org.creditCode),
          filingNo: given(f.org.filingNo),
          validTo: given(f.org.validTo),
          lastEvaluation: lastEvaluation(f),
          grounds: f.lapses.map((l) => LAPSE[l]).join('；'),
        })),
      unjudged: unjudged.join('、'),
      asking: unjudged.length > 0,
    };
  },
};

/** The summaries an office makes of 兵团 filings. */
export const BT_SUMMARIES: JurisdictionSummaries = { place: '兵团', renewal: [BT_RENEW_SUMMARY], termination: [BT_TERMINATE_SUMMARY, BT_NOTICE_LIST] };
