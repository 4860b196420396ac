import { z } from 'zod';
import { FormDef, FormInput, header, headerSchema } from './common';

const schema = z.object({
  ...headerSchema,
  siteName: z.string(),
  siteCreditCode: z.string(),
  siteAddress: z.string(),
  siteContact: z.string(),
  sitePhone: z.string(),
  occupation: z.string(),
});
type Letter = z.infer<typeof schema>;

function letters(input: FormInput): Letter[] {
  const out: Letter[] = [];
  for (const t of input.book.tablesOf('sites')) {
    for (const r of t.rows) {
      out.push({
        ...header(input),
        siteName: t.text(r, 'siteName'),
        siteCreditCode: t.text(r, 'creditCode'),
        siteAddress: t.text(r, 'address'),
        siteContact: t.text(r, 'contact'),
        sitePhone: t.text(r, 'phone'),
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
  build: (input) => letters(input)[0] ?? { ...header(input), siteName: '', siteCreditCode: '', siteAddress: '', siteContact: '', sitePhone: '', occupation: '' },
  each: (input) => letters(input).map((data, i) => ({ name: data.siteName || `考核点${i + 1}`, data })),
};
