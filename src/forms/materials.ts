import { z } from 'zod';
import { FormDef, header, headerSchema } from './common';

const schema = z.object({
  ...headerSchema,
  profile: z.string(),
  business: z.string(),
  items: z.array(z.object({ no: z.number(), mark: z.string(), name: z.string(), file: z.string(), remark: z.string() })),
});

/** XJ 五、HA、SH 四: the 申请材料 sheet as a checklist, ☑ for 是 and ☐ otherwise. */
export const MATERIALS: FormDef<typeof schema> = {
  id: 'materials',
  title: '申请材料清单',
  profiles: 'all',
  schema,
  build(input) {
    const items: z.infer<typeof schema>['items'] = [];
    for (const t of input.book.tablesOf('materials')) {
      for (const row of t.rows) {
        items.push({ no: items.length + 1, mark: t.text(row, 'provided') === '是' ? '☑' : '☐', name: t.text(row, 'material'), file: t.text(row, 'file'), remark: t.text(row, 'remark') });
      }
    }
    return { ...header(input), profile: input.result.profile.name, business: input.result.business, items };
  },
};
