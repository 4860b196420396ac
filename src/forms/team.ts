import { z } from 'zod';
import type { SheetKind } from '../model/schema';
import { FormDef, FormInput, header, headerSchema, idText } from './common';

const person = z.object({ no: z.number(), name: z.string(), id: z.string(), position: z.string(), education: z.string(), extra: z.string() });
export type TeamPerson = z.infer<typeof person>;

const schema = z.object({ ...headerSchema, staff: z.array(person), examiners: z.array(person), experts: z.array(person), supervisors: z.array(person) });

/** The last column of each roster: what the person does there. */
const EXTRA: Record<string, (t: import('../model/table').Table, row: number) => string> = {
  staff: (t, r) => t.text(r, 'duty'),
  examiners: (t, r) => t.text(r, 'occupation'),
  experts: (t, r) => t.text(r, 'occupation'),
  supervisors: (t, r) => t.text(r, 'speciality'),
};

function roster(input: FormInput, kind: SheetKind): TeamPerson[] {
  const out: TeamPerson[] = [];
  for (const t of input.book.tablesOf(kind)) {
    for (const row of t.rows) {
      out.push({
        no: out.length + 1,
        name: t.text(row, 'name'),
        id: idText(t, row, input.options),
        position: t.text(row, 'position') || [t.text(row, 'skillLevel'), t.text(row, 'title')].filter(Boolean).join('／'),
        education: t.text(row, 'education'),
        extra: EXTRA[kind](t, row),
      });
    }
  }
  return out;
}

/** HA 附件6 队伍建设情况; XJ 材料12、14、16. */
export const TEAM: FormDef<typeof schema> = {
  id: 'team',
  title: '队伍建设情况',
  profiles: 'all',
  business: ['首次备案', '增量备案', '备案续期'],
  schema,
  build: (input) => ({
    ...header(input),
    staff: roster(input, 'staff'),
    examiners: roster(input, 'examiners'),
    experts: roster(input, 'experts'),
    supervisors: roster(input, 'supervisors'),
  }),
};
