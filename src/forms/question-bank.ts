import { z } from 'zod';
import { readCount } from '../filing/counts';
import { FormDef, header, headerSchema } from './common';

const COUNT_FIELDS = ['single', 'multiple', 'trueFalse', 'subjective', 'skill'] as const;

const row = z.object({
  occupation: z.string(),
  code: z.string(),
  level: z.string(),
  single: z.string(),
  multiple: z.string(),
  trueFalse: z.string(),
  subjective: z.string(),
  skill: z.string(),
  total: z.number(),
  renewed: z.string(),
  samples: z.string(),
});
const schema = z.object({ ...headerSchema, rows: z.array(row) });

/** XJ 材料15 题库清单, with the row total computed here rather than in the template. */
export const QUESTION_BANK: FormDef<typeof schema> = {
  id: 'question-bank',
  title: '题库清单',
  profiles: 'all',
  business: ['首次备案', '增量备案', '备案续期'],
  schema,
  build(input) {
    const rows: z.infer<typeof row>[] = [];
    for (const t of input.book.tablesOf('questionBank')) {
      for (const r of t.rows) {
        rows.push({
          occupation: t.text(r, 'occupation'),
          code: t.text(r, 'occupationCode'),
          level: t.text(r, 'level'),
          single: t.text(r, 'single'),
          multiple: t.text(r, 'multiple'),
          trueFalse: t.text(r, 'trueFalse'),
          subjective: t.text(r, 'subjective'),
          skill: t.text(r, 'skill'),
          total: COUNT_FIELDS.reduce((s, f) => s + (t.has(f) ? readCount(t, r, f).n : 0), 0),
          renewed: t.text(r, 'renewed'),
          samples: t.text(r, 'samplePapers'),
        });
      }
    }
    return { ...header(input), rows };
  },
};
