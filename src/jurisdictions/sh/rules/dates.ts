import type { Rule } from '../../../rules/rule';
import { checkFixedExpiry } from '../../../rules/shared/fixed-expiry';
import { checkIntentSubmission } from '../../../rules/shared/intent-submission';
import { referenceDate, utcDay } from '../../../rules/shared/reference-date';
import { PROFILES, sh } from './basis';

const APPLY_FROM = '2026-06-20';
const APPLY_UNTIL = '2026-06-30';
const SYSTEM = '上海市人力资源和社会保障自助经办系统';

export const intentWindow: Rule = {
  id: 'sh.window.intent',
  title: '意向申请受理时间 2026 年 4 月 20 日至 30 日',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('三（一）、五（一）'),
  hint: '意向申请书连同两份推荐函和“X证书”评价数据汇总表于 2026-04-20 至 2026-04-30 发送至指定邮箱；在“申请材料”表记录是否已提交',
  check: (ctx) => checkIntentSubmission(ctx, { keyword: /意向申请/, what: '意向申请书', from: '2026-04-20', until: '2026-04-30' }),
};

export const applicationWindow: Rule = {
  id: 'sh.window.application',
  title: '机构申请受理时间 2026 年 6 月 20 日至 30 日',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('五（二）'),
  hint: `在受理时间内登录${SYSTEM}申报；按申请日期判断，未填写申请日期时按检查当天判断`,
  check(ctx) {
    const ref = referenceDate(ctx);
    const t = ref.date.getTime();
    const early = t < utcDay(APPLY_FROM).getTime();
    if (!early && t <= utcDay(APPLY_UNTIL).getTime()) return;
    const window = `${APPLY_FROM} 至 ${APPLY_UNTIL}`;
    if (early && !ref.fromApplication) {
      ctx.report({ severity: 'info', ...ref.at, message: `机构申请受理时间为 ${window}，届时在${SYSTEM}申报（${ref.label}）` });
      return;
    }
    ctx.report({ ...ref.at, message: `${ref.label} ${early ? '早于' : '晚于'}机构申请受理时间 ${window}` });
  },
};

export const filingValidity: Rule = {
  id: 'sh.validity.end',
  title: '备案有效期统一至 2028 年 12 月 31 日',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('三（三）'),
  hint: '备案有效期止填写 2028-12-31',
  check: (ctx) => checkFixedExpiry(ctx, '2028-12-31'),
};
