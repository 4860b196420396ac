import { z } from 'zod';
import { readCount, sumCounts } from '../../../filing/counts';
import { FormDef, FormInput, header, headerSchema } from '../../../forms/common';

const schema = z.object({
  ...headerSchema,
  overview: z.string(),
  occupationCount: z.number(),
  occupations: z.array(z.object({ label: z.string() })),
  equipment: z.string(),
  team: z.string(),
  banks: z.array(z.object({ line: z.string() })),
});

const count = (input: FormInput, kind: 'staff' | 'examiners' | 'experts' | 'supervisors') => input.book.tablesOf(kind).reduce((s, t) => s + t.rows.length, 0);

function overview(input: FormInput): string {
  const org = input.book.org;
  if (!org) return '';
  const parts = [
    org.text('orgName'),
    org.text('creditCode') && `统一社会信用代码 ${org.text('creditCode')}`,
    org.text('nature') && `单位性质为${org.text('nature')}`,
    org.text('address') && `办公地址：${org.text('address')}`,
    org.text('legalRep') && `法定代表人：${org.text('legalRep')}`,
    org.text('staffTotal') && `职工 ${org.text('staffTotal')} 人`,
    org.text('insured') && `缴纳社保 ${org.text('insured')} 人`,
    org.text('skilledStaff') && `技能人员 ${org.text('skilledStaff')} 人`,
  ].filter(Boolean);
  return parts.join('，') + (parts.length ? '。' : '');
}

function equipment(input: FormInput): string {
  const by = new Map<string, number>();
  for (const t of input.book.tablesOf('equipment')) {
    for (const row of t.rows) {
      const c = t.text(row, 'category') || '其他';
      by.set(c, (by.get(c) ?? 0) + readCount(t, row, 'quantity').n);
    }
  }
  return [...by].map(([c, n]) => `${c} ${n}`).join('、');
}

/** HA 附件2 职业技能等级认定工作实施方案: the outline, with what the workbook knows filled in and the rest left as marked headings. */
export const HA_PLAN: FormDef<typeof schema> = {
  id: 'ha-plan',
  title: '职业技能等级认定工作实施方案',
  profiles: ['ha-employer', 'ha-social', 'ha-school'],
  business: ['首次备案', '增量备案'],
  schema,
  build(input) {
    const occupations = input.book.tablesOf('occupations').flatMap((t) =>
      t.rows.map((r) => ({ label: [t.text(r, 'occupationCode'), t.text(r, 'occupationName'), t.text(r, 'levels') && `（${t.text(r, 'levels')}）`].filter(Boolean).join(' ') })),
    );
    const banks = input.book.tablesOf('questionBank').flatMap((t) =>
      t.rows.map((r) => {
        const theory = sumCounts([{ table: t, row: r }], ['single', 'multiple', 'trueFalse', 'subjective']).n;
        const skill = sumCounts([{ table: t, row: r }], ['skill']).n;
        return { line: `${t.text(r, 'occupation')} ${t.text(r, 'level')}：理论题 ${theory} 道，技能题 ${skill} 道` };
      }),
    );
    return {
      ...header(input),
      overview: overview(input),
      occupationCount: occupations.length,
      occupations,
      equipment: equipment(input),
      team: `工作人员 ${count(input, 'staff')} 人，考评人员 ${count(input, 'examiners')} 人，专家 ${count(input, 'experts')} 人，内部质量督导人员 ${count(input, 'supervisors')} 人。具体名单见《队伍建设情况》（附件6）。`,
      banks,
    };
  },
};
