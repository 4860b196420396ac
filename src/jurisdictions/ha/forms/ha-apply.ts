import { z } from 'zod';
import { displayText } from '../../../model/cell';
import { normaliseLabel } from '../../../model/label';
import { boxes } from '../../../forms/boxes';
import { FormDef, FormInput, header, headerSchema, maskId } from '../../../forms/common';
import { haCategory, HA_CATEGORIES } from './ha-category';
import type { OrgKey } from '../../../model/schema';

/** 附件1's basic-information items, in its order; these are what a 变更 shows (in red when changed). */
export const HA_APPLY_FIELDS = [
  'orgName',
  'address',
  'registrar',
  'creditCode',
  'capital',
  'legalRep',
  'legalRepPhone',
  'legalRepId',
  'contact',
  'contactPhone',
  'staffTotal',
  'insured',
  'skilledStaff',
  'enrolment',
  'socialOrgRating',
  'filingNo',
] as const;

const NATURES = ['企业', '央企', '院校', '民办院校', '民办非企业单位', '社会团体', '其他事业单位', '其他'];
const BUSINESS = ['首次备案', '增量备案', '信息变更'];

const fieldShape = Object.fromEntries(HA_APPLY_FIELDS.flatMap((f) => [[f, z.string()], [`${f}Changed`, z.boolean()]]));

const occupation = z.object({ no: z.number(), code: z.string(), name: z.string(), workType: z.string(), levels: z.string(), standard: z.string() });
const material = z.object({ mark: z.string(), name: z.string() });

const schema = z.object({
  ...headerSchema,
  ...fieldShape,
  natureBoxes: z.string(),
  natureChanged: z.boolean(),
  categoryBoxes: z.string(),
  businessBoxes: z.string(),
  isChange: z.boolean(),
  occupations: z.array(occupation),
  materials: z.array(material),
});

/** Whether an item's 变更前 differs from its value (both compared as the clerk typed them). */
function changed(input: FormInput, key: OrgKey): boolean {
  const org = input.book.org;
  if (!org) return false;
  const before = displayText(org.before(key)).trim();
  return before !== '' && normaliseLabel(before) !== normaliseLabel(org.text(key));
}

/** HA 附件1 河南省职业技能等级评价机构备案申请表; for 信息变更 only the basic information, changes in red (四（三）2). */
export const HA_APPLY: FormDef<typeof schema> = {
  id: 'ha-apply',
  title: '河南省职业技能等级评价机构备案申请表',
  profiles: ['ha-employer', 'ha-social', 'ha-school'],
  business: ['首次备案', '增量备案', '信息变更'],
  schema,
  build(input) {
    const org = input.book.org;
    const text = (k: OrgKey) => org?.text(k) ?? '';
    const values = Object.fromEntries(
      HA_APPLY_FIELDS.flatMap((f) => {
        const v = f === 'legalRepId' && input.options.maskIds ? maskId(text(f)) : text(f);
        return [[f, v], [`${f}Changed`, changed(input, f)]];
      }),
    );
    const nature = text('nature');
    const occupations: z.infer<typeof occupation>[] = [];
    for (const t of input.book.tablesOf('occupations')) {
      for (const r of t.rows) {
        occupations.push({ no: occupations.length + 1, code: t.text(r, 'occupationCode'), name: t.text(r, 'occupationName'), workType: t.text(r, 'workType'), levels: t.text(r, 'levels'), standard: t.text(r, 'standard') });
      }
    }
    const materials: z.infer<typeof material>[] = [];
    for (const t of input.book.tablesOf('materials')) {
      for (const r of t.rows) materials.push({ mark: t.text(r, 'provided') === '是' ? '☑' : '☐', name: t.text(r, 'material') });
    }
    return {
      ...header(input),
      ...values,
      natureBoxes: boxes(NATURES, (o) => o === nature),
      natureChanged: changed(input, 'nature'),
      categoryBoxes: boxes(HA_CATEGORIES, (o) => o === haCategory(input)),
      businessBoxes: boxes(BUSINESS, (o) => o === input.result.business),
      isChange: input.result.business === '信息变更',
      occupations,
      materials,
    } as z.infer<typeof schema>;
  },
};
