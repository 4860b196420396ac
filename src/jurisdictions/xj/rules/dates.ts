import type { Rule } from '../../../rules/rule';
import { checkFixedExpiry } from '../../../rules/shared/fixed-expiry';
import { checkIntentSubmission } from '../../../rules/shared/intent-submission';
import { referenceDate, utcDay } from '../../../rules/shared/reference-date';
import { PROFILES, xj } from './basis';

const MATERIALS_DUE = '2026-07-31';

export const filingValidity: Rule = {
  id: 'xj.validity.end',
  title: '备案有效期统一至 2028 年 12 月 31 日',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('六（五）'),
  hint: '备案有效期止填写 2028-12-31',
  check: (ctx) => checkFixedExpiry(ctx, '2028-12-31'),
};

export const materialsDeadline: Rule = {
  id: 'xj.deadline.materials',
  title: '2026 年 7 月 31 日前提交备案申请材料',
  profiles: PROFILES,
  business: ['首次备案'],
  severity: 'error',
  basis: xj('七（二）'),
  hint: '按申请日期判断，未填写申请日期时按检查当天判断',
  check(ctx) {
    const ref = referenceDate(ctx);
    const late = Math.round((ref.date.getTime() - utcDay(MATERIALS_DUE).getTime()) / 86_400_000);
    if (late <= 0) return;
    ctx.report({ ...ref.at, message: `${ref.label} 已晚于备案申请材料提交截止日期 ${MATERIALS_DUE}（晚 ${late} 天）` });
  },
};

export const intentLetter: Rule = {
  id: 'xj.deadline.intent',
  title: '2026 年 4 月 30 日前提交申请备案的意向函',
  profiles: PROFILES,
  business: ['首次备案'],
  severity: 'error',
  basis: xj('七（一）'),
  hint: '在“申请材料”表列出“意向函”并填写是否已提交；意向函须在 2026-04-30 前提交',
  check: (ctx) => checkIntentSubmission(ctx, { keyword: /意向函/, what: '意向函', until: '2026-04-30' }),
};
