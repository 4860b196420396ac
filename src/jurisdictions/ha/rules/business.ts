import { UncoveredDateError, uncoveredMessage } from '../../../calendar';
import { isoDate } from '../../../model/cell';
import { parseDateValue } from '../../../validate/dates';
import type { Rule, RuleContext } from '../../../rules/rule';
import { calendarOf } from '../../../rules/shared/calendar';
import { declarationRule } from '../../../rules/shared/declarations';
import { appliedOccupations, rowsByOccupation } from '../../../rules/shared/occupations';
import { referenceDate } from '../../../rules/shared/reference-date';
import { givenCount } from '../../../filing/counts';
import { ha, PROFILES } from './basis';
import type { OrgKey } from '../../../model/schema';

const DAY = 86400000;
const RENEWAL_LEAD_DAYS = 60;
const NOTICE_WORKDAYS = 30;

/** A date item of 机构信息 with where it is, or why it is missing. */
function orgDate(ctx: RuleContext, key: OrgKey): { date?: Date; at: { sheet?: string; cell?: string; row?: number; column?: string } } {
  const org = ctx.book.org;
  const c = org?.cell(key);
  if (!org || !c) return { at: org ? { sheet: org.sheet.name, column: org.header(key) } : {} };
  return { date: parseDateValue(c.value).date, at: { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key) } };
}

export const renewalLeadTime: Rule = {
  id: 'ha.renewal.lead-time',
  title: '备案续期应在备案到期前 60 天提交',
  profiles: PROFILES,
  business: ['备案续期'],
  severity: 'error',
  basis: ha('六（四）1'),
  hint: '备案到期日以备案回执中的有效期限为准，在“备案有效期止”填写',
  check(ctx) {
    const expiry = orgDate(ctx, 'validTo');
    if (!expiry.date) {
      ctx.report({ ...expiry.at, message: '未填写（或无法识别）备案有效期止，无法确认是否在到期前 60 天申请续期' });
      return;
    }
    const ref = referenceDate(ctx);
    const days = Math.round((expiry.date.getTime() - ref.date.getTime()) / DAY);
    if (days >= RENEWAL_LEAD_DAYS) return;
    ctx.report({
      ...(ref.fromApplication ? ref.at : expiry.at),
      message:
        days < 0
          ? `备案已于 ${isoDate(expiry.date)} 到期，${ref.label}，已不能按期续期`
          : `${ref.label} 距备案到期（${isoDate(expiry.date)}）仅 ${days} 天，应在到期前 ${RENEWAL_LEAD_DAYS} 天提交续期材料`,
    });
  },
};

export const unevaluatedOccupations: Rule = {
  id: 'ha.renewal.unevaluated',
  title: '未开展评价的职业（工种）退出评价范围，不再续期',
  profiles: PROFILES,
  business: ['备案续期'],
  severity: 'info',
  basis: ha('六（四）2'),
  hint: '这些职业（工种）将列入续期申请表的“未开展评价职业（工种）”',
  check(ctx) {
    const table = ctx.book.table('evaluations');
    if (!table) return;
    // A blank or unreadable 评价人次 is unknown, never 0 (the cell checks report it). A sheet of headers only, or one
    // whose every 评价人次 is unknown, gives no evaluation data: no occupation is known to be idle.
    if (table.rows.every((r) => givenCount(table, r, 'assessed') === null)) return;
    const { groups } = rowsByOccupation(ctx, table);
    for (const o of appliedOccupations(ctx)) {
      const counts = (groups.get(o) ?? []).map((r) => givenCount(table, r, 'assessed'));
      if (counts.some((n) => n === null || n > 0)) continue;
      ctx.report({ sheet: table.sheet.name, message: `职业（工种）${o.label} 备案期内未开展评价，续期时退出评价范围` });
    }
  },
};

/**
 * 六（四）2: 未开展评价工作的机构终止备案. Nobody evaluated in the whole
 * period means termination, not renewal; the office decides, so the
 * finding tells the clerk before they file.
 */
export const noEvaluation: Rule = {
  id: 'ha.renewal.no-evaluation',
  title: '备案期内未开展评价工作的机构终止备案，不予续期',
  profiles: PROFILES,
  business: ['备案续期'],
  severity: 'error',
  basis: ha('六（四）2'),
  hint: '在“备案期评价情况”填写备案期内各职业（工种）的评价人次；确未开展评价的，将被终止备案',
  check(ctx) {
    const tables = ctx.book.tablesOf('evaluations');
    const counts = tables.flatMap((t) => t.rows.map((row) => givenCount(t, row, 'assessed')));
    // No rows, or a blank or unreadable 评价人次, says nothing of the period (the sheet and cell checks report those); only counts given as 0 do.
    if (!counts.length || counts.some((n) => n === null || n > 0)) return;
    ctx.report({ sheet: tables[0].sheet.name, message: '备案期内评价人次合计为 0：未开展评价工作的机构将终止备案，而不是续期' });
  },
};

export const terminationNotice: Rule = {
  id: 'ha.termination.notice',
  title: '申请终止备案前应持续公示 30 个工作日',
  profiles: PROFILES,
  business: ['终止备案'],
  severity: 'error',
  basis: ha('七（四）1'),
  hint: '在“公示开始日期”填写开始公示拟终止备案情况的日期；工作日按国务院公布的节假日和调休安排计算',
  check(ctx) {
    const start = orgDate(ctx, 'noticeStart');
    if (!start.date) {
      ctx.report({ ...start.at, message: '未填写（或无法识别）公示开始日期，无法确认申请前已公示 30 个工作日' });
      return;
    }
    const ref = referenceDate(ctx);
    let days: number;
    try {
      days = calendarOf(ctx).workdaysBetween(isoDate(start.date), isoDate(ref.date));
    } catch (e) {
      if (!(e instanceof UncoveredDateError)) throw e;
      ctx.report({ ...start.at, severity: 'warning', message: uncoveredMessage(e) });
      return;
    }
    if (days >= NOTICE_WORKDAYS) return;
    ctx.report({
      ...start.at,
      message: `公示自 ${isoDate(start.date)} 开始，至${ref.label}仅 ${days} 个工作日，应在申请终止备案前持续公示 ${NOTICE_WORKDAYS} 个工作日`,
    });
  },
};

export const changeShowsBefore: Rule = {
  id: 'ha.change.before',
  title: '信息变更须写明变更前的内容',
  profiles: PROFILES,
  business: ['信息变更'],
  severity: 'error',
  basis: ha('四（三）2'),
  hint: '在“机构信息”的“变更前”列填写被变更项目的原内容，申请表将把变更部分标红',
  check(ctx) {
    const org = ctx.book.org;
    if (!org) return;
    const changed = [...org.items.keys()].filter((k) => {
      const b = org.before(k);
      return b !== null && !(typeof b === 'string' && !b.trim());
    });
    if (!changed.length) ctx.report({ sheet: org.sheet.name, message: '申请信息变更，但“机构信息”中没有填写任何“变更前”内容' });
  },
};

/** 七（四）1: registration stops when the notice starts. */
export const registrationStopped = declarationRule({
  id: 'ha.termination.registration',
  title: '拟终止备案公示的同时应终止考试报名工作',
  profiles: PROFILES,
  basis: ha('七（四）1'),
  business: ['终止备案'],
  hint: '停止考试报名后，在“已停止评价报名”填“是”',
  consequence: '应在公示拟终止备案的同时终止考试报名',
  declarations: [{ key: 'registrationStopped', bars: '否', situation: '尚未停止考试报名工作' }],
});

/** The clause each business type of an already filed body rests on. */
const FILED: Partial<Record<string, string>> = { 信息变更: '四（一）', 增量备案: '五（一）', 备案续期: '六（一）', 终止备案: '七（一）' };

/** 四–七（一）: change, increment, renewal and termination are for 已备案 bodies, known by their 备案号. */
export const filingNumber: Rule = {
  id: 'ha.filing-number',
  title: '信息变更、增量备案、备案续期、终止备案须是已备案机构（填写评价机构备案号）',
  profiles: PROFILES,
  business: ['信息变更', '增量备案', '备案续期', '终止备案'],
  severity: 'error',
  basis: ha('四（一）、五（一）、六（一）、七（一）'),
  hint: '填写备案回执上的评价机构备案号',
  check(ctx) {
    const org = ctx.book.org;
    if (!org || org.text('filingNo')) return;
    const c = org.cell('filingNo');
    ctx.report({
      sheet: org.sheet.name,
      ...(c ? { cell: c.address, row: c.row } : {}),
      column: org.header('filingNo'),
      basis: ha(FILED[ctx.business] ?? '四（一）'),
      message: `${ctx.business}适用于已备案的评价机构，但未填写评价机构备案号`,
    });
  },
};

/** 七（一）: termination is for a filing 有效期内; an expired one has already lapsed. */
export const terminationInValidity: Rule = {
  id: 'ha.termination.validity',
  title: '申请终止备案须在备案有效期内',
  profiles: PROFILES,
  business: ['终止备案'],
  severity: 'error',
  basis: ha('七（一）'),
  hint: '核对备案有效期止；已到期的备案无需申请终止',
  check(ctx) {
    const expiry = orgDate(ctx, 'validTo');
    if (!expiry.date) {
      ctx.report({ ...expiry.at, severity: 'warning', message: '未填写（或无法识别）备案有效期止，无法确认终止申请是否在备案有效期内' });
      return;
    }
    const ref = referenceDate(ctx);
    if (expiry.date.getTime() >= ref.date.getTime()) return;
    ctx.report({ ...expiry.at, message: `备案已于 ${isoDate(expiry.date)} 到期，${ref.label}；终止备案适用于备案有效期内的机构` });
  },
};
