import { isoDate } from '../../../model/cell';
import { parseDateValue } from '../../../validate/dates';
import type { Rule } from '../../../rules/rule';
import { breaksOn, cellSpan, type DaySpan, MONTH_NOTE, severityFor, spanText } from '../../../rules/shared/month-dates';
import { referenceDate } from '../../../rules/shared/reference-date';
import { givenCount } from '../../../filing/counts';
import { bt, FILINGS, PROFILES } from './basis';

/** The same day n years later (29 Feb → 28 Feb), in UTC like every date of the model. */
function addYears(d: Date, n: number): Date {
  const t = new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate()));
  return t.getUTCMonth() === d.getUTCMonth() ? t : new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth() + 1, 0));
}

/** The last day of a term of n years that starts on `from`, both ends counted. */
function lastDay(from: Date, n: number): Date {
  return new Date(addYears(from, n).getTime() - 86400000);
}

function addMonths(d: Date, n: number): Date {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
  return t.getUTCDate() === d.getUTCDate() ? t : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0));
}

export const partTimeContracts: Rule = {
  id: 'bt.examiners.contract',
  title: '兼职考评人员应与评价机构签订 1–3 年的聘用协议',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（二）'),
  hint: '在“聘用协议起”“聘用协议止”填写协议期限，期限应为 1 至 3 年',
  check(ctx) {
    for (const t of ctx.book.tablesOf('examiners')) {
      if (!t.has('employment')) continue;
      for (const row of t.rows) {
        if (t.text(row, 'employment') !== '兼职') continue;
        const name = t.text(row, 'name') || `第 ${row} 行`;
        const from = cellSpan(t, row, 'contractFrom');
        const to = cellSpan(t, row, 'contractTo');
        if (!from || !to) {
          const missing = !from ? 'contractFrom' : 'contractTo';
          ctx.report({ ...ctx.at(t, row, t.has(missing) ? missing : 'employment'), message: `兼职考评人员 ${name} 未填写（或无法识别）${t.header(missing)}，无法确认签订了 1–3 年的聘用协议` });
          continue;
        }
        // Both ends are days of the term: 2026-01-01 to 2026-12-31 is one year, to 2028-12-31 three.
        const tooShort = breaksOn([from, to], (f, e) => e.getTime() < lastDay(f, 1).getTime());
        const tooLong = breaksOn([from, to], (f, e) => e.getTime() > lastDay(f, 3).getTime());
        const judged = tooShort !== 'none' ? tooShort : tooLong;
        const severity = severityFor(judged, 'error');
        if (severity) {
          ctx.report({
            ...ctx.at(t, row, 'contractTo'),
            severity,
            message: `兼职考评人员 ${name} 聘用协议 ${spanText(from)} 至 ${spanText(to)}，${tooShort !== 'none' ? '不足 1 年' : '超过 3 年'}，应为 1–3 年${judged === 'some' ? MONTH_NOTE : ''}`,
          });
        }
      }
    }
  },
};

/** 租用, 租赁, 承租 are all a lease; 借用 a loan; anything else (自有) is owned. */
function leaseKind(text: string): string | undefined {
  if (text.includes('租')) return text;
  return text.includes('借') ? text : undefined;
}

export const rightOfUse: Rule = {
  id: 'bt.premises.right-of-use',
  title: '场所和设施应具有所有权或 3 年以上使用权',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（三）'),
  hint: '租用（租赁）或借用的场所、设施在“使用权到期日”填写协议的到期日，应不早于申请日 3 年后的同一日',
  check(ctx) {
    const ref = referenceDate(ctx);
    // Civil Code 第二百零一、二百零二条: the first day does not count and the period ends on the same date three years on; 以上 includes 3 years itself.
    const needed = addYears(ref.date, 3);
    for (const t of ctx.book.tablesOf('equipment')) {
      if (!t.has('ownership')) continue;
      for (const row of t.rows) {
        const own = leaseKind(t.text(row, 'ownership'));
        if (!own) continue;
        const item = t.text(row, 'itemName') || `第 ${row} 行`;
        const until = cellSpan(t, row, 'useUntil');
        if (!until) {
          ctx.report({ ...ctx.at(t, row, t.has('useUntil') ? 'useUntil' : 'ownership'), message: `${own}的“${item}”未填写（或无法识别）使用权到期日，无法确认有 3 年以上使用权` });
          continue;
        }
        const judged = breaksOn([until], (d) => d.getTime() < needed.getTime());
        const severity = severityFor(judged, 'error');
        if (severity) {
          ctx.report({ ...ctx.at(t, row, 'useUntil'), severity, message: `${own}的“${item}”使用权到 ${spanText(until)} 止，自${ref.label}起不足 3 年（应至少到 ${isoDate(needed)}）${judged === 'some' ? MONTH_NOTE : ''}` });
        }
      }
    }
  },
};

export const renewalLeadTime: Rule = {
  id: 'bt.renewal.lead-time',
  title: '备案有效期 3 年，续期应于有效期满 3 个月前申请',
  profiles: PROFILES,
  business: ['备案续期'],
  severity: 'error',
  basis: bt('第十条'),
  hint: '在“备案有效期止”填写备案回执上的有效期；期满未申请续期的将自动终止备案（第十九条（一）1）',
  check(ctx) {
    const org = ctx.book.org;
    const c = org?.cell('validTo');
    const until = c ? parseDateValue(c.value).date : undefined;
    if (!org || !c || !until) {
      ctx.report({ sheet: org?.sheet.name ?? null, column: '备案有效期止', message: '未填写（或无法识别）备案有效期止，无法确认是否在有效期满 3 个月前申请续期' });
      return;
    }
    const ref = referenceDate(ctx);
    const latest = addMonths(until, -3);
    if (ref.date.getTime() <= latest.getTime()) return;
    ctx.report({
      ...(ref.fromApplication ? ref.at : { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header('validTo') }),
      message: `备案有效期至 ${isoDate(until)}，续期申请最迟于 ${isoDate(latest)} 提交，${ref.label}已晚于此日`,
    });
  },
};

export const inactivity: Rule = {
  id: 'bt.inactivity',
  title: '备案后一年以上不开展评价工作的，取消备案资质',
  profiles: PROFILES,
  business: ['备案续期'],
  severity: 'warning',
  basis: bt('第十九条（一）2'),
  hint: '无正当理由一年以上不开展评价的，经公示后取消备案资质；如有正当理由请在材料中说明',
  check(ctx) {
    const ref = referenceDate(ctx);
    const yearAgo = addYears(ref.date, -1);
    for (const t of ctx.book.tablesOf('evaluations')) {
      if (!t.has('lastEvaluation')) continue;
      // The latest evaluation, on its latest reading: a month written alone may be its last day.
      let latest: DaySpan | undefined;
      for (const row of t.rows) {
        const d = cellSpan(t, row, 'lastEvaluation');
        if (d && (!latest || d.last > latest.last)) latest = d;
      }
      if (!latest) {
        ctx.report({ sheet: t.sheet.name, message: '“最近评价日期”均未填写，无法确认一年内开展过评价工作' });
        continue;
      }
      const judged = breaksOn([latest], (d) => d.getTime() < yearAgo.getTime());
      if (judged === 'none') continue;
      // A row that gives evaluations (or leaves 评价人次 blank) without a date may be later than the latest date given.
      const undated = t.rows.filter((row) => !cellSpan(t, row, 'lastEvaluation') && givenCount(t, row, 'assessed') !== 0);
      if (undated.length) {
        ctx.report({ sheet: t.sheet.name, message: `第 ${undated.join('、')} 行有评价（或评价人次未填写）而未填写最近评价日期，无法确认是否一年以上未开展评价工作` });
        continue;
      }
      ctx.report({ sheet: t.sheet.name, message: `最近一次评价为 ${spanText(latest)}，至${ref.label}已一年以上未开展评价工作${judged === 'some' ? MONTH_NOTE : ''}` });
    }
  },
};

export const validityPeriod: Rule = {
  id: 'bt.validity',
  title: '评价机构备案有效期为 3 年',
  profiles: PROFILES,
  business: ['备案续期', '信息变更', '终止备案'],
  severity: 'error',
  basis: bt('第十条'),
  hint: '按备案回执填写“备案有效期起”“备案有效期止”',
  check(ctx) {
    const org = ctx.book.org;
    const fromCell = org?.cell('validFrom');
    const toCell = org?.cell('validTo');
    const from = fromCell ? parseDateValue(fromCell.value).date : undefined;
    const to = toCell ? parseDateValue(toCell.value).date : undefined;
    if (!org || !toCell || !from || !to) return;
    if (to.getTime() <= lastDay(from, 3).getTime()) return;
    ctx.report({
      sheet: org.sheet.name,
      cell: toCell.address,
      row: toCell.row,
      column: org.header('validTo'),
      message: `备案有效期 ${isoDate(from)} 至 ${isoDate(to)}，超过 3 年（3 年应至 ${isoDate(lastDay(from, 3))}）；兵团评价机构备案有效期为 3 年`,
    });
  },
};
