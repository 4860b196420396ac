import { z } from 'zod';
import { FormDef, header, headerSchema } from './common';

const item = z.object({ no: z.number(), name: z.string(), model: z.string(), quantity: z.string(), ownership: z.string() });
const schema = z.object({ ...headerSchema, groups: z.array(z.object({ occupation: z.string(), items: z.array(item) })) });

/** HA 附件5 / XJ 材料13: one table per occupation (填表说明：分职业（工种）填写), its five columns as in the attachment. */
export const EQUIPMENT: FormDef<typeof schema> = {
  id: 'equipment',
  title: '场地、设施设备清单',
  profiles: 'all',
  business: ['首次备案', '增量备案', '备案续期'],
  schema,
  build(input) {
    const groups = new Map<string, z.infer<typeof item>[]>();
    for (const t of input.book.tablesOf('equipment')) {
      for (const row of t.rows) {
        const occupation = t.text(row, 'occupation') || '未注明职业（工种）';
        let items = groups.get(occupation);
        if (!items) groups.set(occupation, (items = []));
        items.push({
          no: items.length + 1,
          name: t.text(row, 'itemName'),
          model: t.text(row, 'model'),
          quantity: t.text(row, 'quantity'),
          ownership: t.text(row, 'ownership'),
        });
      }
    }
    return { ...header(input), groups: [...groups].map(([occupation, items]) => ({ occupation, items })) };
  },
};
