import type { Rule } from '../../../rules/rule';
import { readCount } from '../../../filing/counts';
import { bt, FILINGS, PROFILES } from './basis';

const QUESTION_FIELDS = ['single', 'multiple', 'trueFalse', 'subjective', 'skill'] as const;
const MIN_PERCENT = 20;

export const annualRenewal: Rule = {
  id: 'bt.question-bank.renewal',
  title: '每年应对题（卷）库资源进行不低于 20% 的扩充和更新',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（四）'),
  hint: '“本年新增更新题量”应不少于该职业（工种）该等级题量合计的 20%',
  check(ctx) {
    for (const t of ctx.book.tablesOf('questionBank')) {
      if (!t.has('renewed')) {
        if (t.rows.length) ctx.report({ sheet: t.sheet.name, row: t.headerRow || null, column: '本年新增更新题量', message: `“${t.sheet.name}”缺少“本年新增更新题量”列，无法确认每年更新不低于 20%` });
        continue;
      }
      for (const row of t.rows) {
        const total = QUESTION_FIELDS.reduce((s, f) => s + (t.has(f) ? readCount(t, row, f).n : 0), 0);
        if (!total) continue;
        const renewed = readCount(t, row, 'renewed');
        if (renewed.unreadable) continue;
        // Compare in integers: 20% exactly must pass without floating-point doubt.
        if (renewed.n * 100 >= total * MIN_PERCENT) continue;
        const what = [t.text(row, 'occupation'), t.text(row, 'level')].filter(Boolean).join(' ');
        const share = ((renewed.n / total) * 100).toFixed(1);
        ctx.report({ ...ctx.at(t, row, 'renewed'), message: `${what} 题库 ${total} 道，本年新增更新 ${renewed.n} 道（${share}%），低于 ${MIN_PERCENT}%` });
      }
    }
  },
};
