import { z } from 'zod';
import { PROFILES } from '../profiles/profiles';
import { parsePercent } from '../validate/counts';
import { FormDef, header, headerSchema } from './common';

const LEVELS = ['Junior', 'Middle', 'Senior', 'Total'] as const;
const row = z.object({
  year: z.string(),
  project: z.string(),
  region: z.string(),
  ...Object.fromEntries(LEVELS.flatMap((l) => [[`a${l}`, z.string()], [`c${l}`, z.string()]])),
  rate: z.string(),
});
const schema = z.object({ ...headerSchema, rows: z.array(row) });
type Row = z.infer<typeof row>;

/** SH 附件3 “X证书”评价数据汇总表; the 合计 row last, as the clerk wrote it. */
export const XCERT_DATA: FormDef<typeof schema> = {
  id: 'xcert-data',
  title: '“X证书”评价数据汇总表',
  // Every profile whose filing carries the X证书评价数据 sheet.
  profiles: PROFILES.filter((p) => p.businessTypes.some((b) => p.requiredSheets(b).includes('xcertData'))).map((p) => p.id),
  schema,
  build(input) {
    const rows: Row[] = [];
    for (const t of input.book.tablesOf('xcertData')) {
      for (const r of [...t.rows, ...t.totalRows]) {
        const cell = t.cell(r, 'rate');
        const rate = cell ? parsePercent(cell.value, cell.numFmt).value : undefined;
        const counts = Object.fromEntries(LEVELS.flatMap((l) => [[`a${l}`, t.text(r, `assessed${l}`)], [`c${l}`, t.text(r, `certified${l}`)]]));
        rows.push({
          year: t.totalRows.includes(r) ? '合计' : t.text(r, 'year'),
          project: t.text(r, 'project'),
          region: t.text(r, 'region'),
          ...counts,
          rate: rate === undefined ? t.text(r, 'rate') : `${rate.toFixed(1)}%`,
        } as Row);
      }
    }
    return { ...header(input), rows };
  },
};
