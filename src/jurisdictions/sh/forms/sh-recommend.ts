import { z } from 'zod';
import { FormDef, header, headerSchema } from '../../../forms/common';

const row = z.object({
  no: z.number(),
  code: z.string(),
  occupation: z.string(),
  standard: z.string(),
  version: z.string(),
  industry: z.string(),
  organisation: z.string(),
  planned: z.string(),
  inCatalogue: z.string(),
  reason: z.string(),
});
const schema = z.object({ ...headerSchema, rows: z.array(row) });

/** SH 附件1 社会化职业技能等级认定职业（工种）及评价机构推荐汇总表: one row per applied occupation. */
export const SH_RECOMMEND: FormDef<typeof schema> = {
  id: 'sh-recommend',
  title: '社会化职业技能等级认定职业（工种）及评价机构推荐汇总表',
  profiles: ['sh-xcert'],
  schema,
  build(input) {
    const org = input.book.org;
    const organisation = [org?.text('orgName'), org?.text('creditCode')].filter(Boolean).join('（') + (org?.text('creditCode') ? '）' : '');
    const rows: z.infer<typeof row>[] = [];
    for (const t of input.book.tablesOf('occupations')) {
      for (const r of t.rows) {
        const name = t.text(r, 'occupationName');
        const work = t.text(r, 'workType');
        rows.push({
          no: rows.length + 1,
          code: t.text(r, 'occupationCode'),
          occupation: work && work !== name ? `${name}（${work}）` : name,
          standard: t.text(r, 'standard'),
          version: t.text(r, 'standardVersion'),
          industry: t.text(r, 'industry'),
          organisation,
          planned: t.text(r, 'plannedCount'),
          inCatalogue: t.text(r, 'inCatalogue'),
          reason: t.text(r, 'reason'),
        });
      }
    }
    return { ...header(input), rows };
  },
};
