import { z } from 'zod';
import { FormDef, FormInput, header, headerSchema } from '../../../forms/common';

const schema = z.object({
  ...headerSchema,
  siteName: z.string(),
  /** "（统一社会信用代码：…），地址：…，联系人：…": only the parts the sheet gives. */
  siteDetails: z.string(),
  occupation: z.string(),
});
type Letter = z.infer<typeof schema>;

function letters(input: FormInput): Letter[] {
  const out: Letter[] = [];
  for (const t of input.book.tablesOf('sites')) {
    for (const r of t.rows) {
      const code = t.text(r, 'creditCode');
      const parts = [
        t.text(r, 'address') && `地址：${t.text(r, 'address')}`,
        t.text(r, 'contact') && `联系人：${t.text(r, 'contact')}`,
        t.text(r, 'phone') && `联系电话：${t.text(r, 'phone')}`,
      ].filter(Boolean);
      out.push({
        ...header(input),
        siteName: t.text(r, 'siteName'),
        siteDetails: (code ? `（统一社会信用代码：${code}）` : '') + (parts.length ? `，${parts.join('，')}` : ''),
        occupation: [t.text(r, 'occupation'), t.text(r, 'levels')].filter(Boolean).join('（') + (t.text(r, 'levels') ? '）' : ''),
      });
    }
  }
  return out;
}

/** SH 附件2 关于推荐（考核点）成为（申报单位）考核点的函: one letter per row of 考核点. */
export const SH_SITE_LETTER: FormDef<typeof schema> = {
  id: 'sh-site-letter',
  title: '考核点推荐函',
  profiles: ['sh-xcert'],
  schema,
  build: (input) => letters(input)[0] ?? { ...header(input), siteName: '', siteDetails: '', occupation: '' },
  each: (input) => letters(input).map((data, i) => ({ name: data.siteName || `考核点${i + 1}`, data })),
  noItems: '工作簿的“考核点”表没有填写考核点，推荐函按考核点逐份生成',
};
