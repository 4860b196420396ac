import { z } from 'zod';
import { givenCount } from '../../../filing/counts';
import { validateMoney } from '../../../validate/counts';
import { boxes } from '../../../forms/boxes';
import { FormDef, FormInput, header, headerSchema } from '../../../forms/common';
import { haCategory, HA_CATEGORIES } from './ha-category';
import type { OrgKey } from '../../../model/schema';
import type { Table } from '../../../model/table';

/** 附件4 填表说明 2: with many occupations, the five with the most 评价人次. */
const TOP = 5;

/** A count as the workbook gives it; a blank (or unreadable) cell stays blank in the form, never 0. */
const count = z.union([z.number(), z.literal('')]);
const evaluation = z.object({ occupation: z.string(), level: z.string(), assessed: count, certified: count });
const fee = z.object({ occupation: z.string(), fee1: z.string(), fee2: z.string(), fee3: z.string(), fee4: z.string(), fee5: z.string() });

const schema = z.object({
  ...headerSchema,
  creditCode: z.string(),
  filingNo: z.string(),
  categoryBoxes: z.string(),
  legalRep: z.string(),
  legalRepPhone: z.string(),
  contact: z.string(),
  contactTitle: z.string(),
  contactPhone: z.string(),
  email: z.string(),
  totalAssessed: count,
  totalCertified: count,
  evaluations: z.array(evaluation),
  unevaluated: z.string(),
  ownedBox: z.string(),
  ownedPlaces: z.string(),
  rentedBox: z.string(),
  rentedPlaces: z.string(),
  examiners: z.number(),
  supervisors: z.number(),
  standardBox: z.string(),
  bankBox: z.string(),
  videoBox: z.string(),
  fees: z.array(fee),
});

const hasBox = (yes: boolean) => boxes(['有', '无'], (o) => (o === '有') === yes);

function people(input: FormInput, kind: 'examiners' | 'supervisors'): number {
  return input.book.tablesOf(kind).reduce((s, t) => s + t.rows.length, 0);
}

/** The fee cells of an occupation's first evaluation row; "无" throughout when it charges nothing. */
function fees(input: FormInput): z.infer<typeof fee>[] {
  const out: z.infer<typeof fee>[] = [];
  const seen = new Set<string>();
  for (const t of input.book.tablesOf('evaluations')) {
    for (const r of t.rows) {
      const occupation = t.text(r, 'occupation');
      if (!occupation || seen.has(occupation)) continue;
      seen.add(occupation);
      const cells = ([1, 2, 3, 4, 5] as const).map((n) => t.text(r, `fee${n}`));
      const free = cells.every((c) => !c || validateMoney(c).value === 0);
      const [fee1, fee2, fee3, fee4, fee5] = free ? ['无', '无', '无', '无', '无'] : cells;
      out.push({ occupation, fee1, fee2, fee3, fee4, fee5 });
    }
  }
  return out;
}

/** HA 附件4 河南省职业技能等级评价机构备案续期申请表. */
export const HA_RENEW: FormDef<typeof schema> = {
  id: 'ha-renew',
  title: '河南省职业技能等级评价机构备案续期申请表',
  profiles: ['ha-employer', 'ha-social', 'ha-school'],
  business: ['备案续期'],
  schema,
  build(input) {
    const org = input.book.org;
    const text = (k: OrgKey) => org?.text(k) ?? '';
    const given = (t: Table, r: number, key: 'assessed' | 'certified') => givenCount(t, r, key) ?? '';
    const rows: z.infer<typeof evaluation>[] = [];
    for (const t of input.book.tablesOf('evaluations')) {
      for (const r of t.rows) rows.push({ occupation: t.text(r, 'occupation'), level: t.text(r, 'level'), assessed: given(t, r, 'assessed'), certified: given(t, r, 'certified') });
    }
    // A total only where every count is given; 未开展评价 only for an occupation the sheet shows as such: with no
    // count given at all the sheet says nothing, and an occupation whose count is blank may have been evaluated.
    const total = (key: 'assessed' | 'certified') => (rows.length && rows.every((r) => r[key] !== '') ? rows.reduce((s, r) => s + (r[key] as number), 0) : '');
    const reported = rows.some((r) => r.assessed !== '');
    const notZero = new Set(rows.filter((r) => r.assessed !== 0).map((r) => r.occupation));
    const unevaluated = input.book.tablesOf('occupations').flatMap((t) => t.rows.map((r) => t.text(r, 'occupationName'))).filter((n) => n && !notZero.has(n));
    const places = { 自有: [] as string[], 租用: [] as string[] };
    let video = false;
    for (const t of input.book.tablesOf('equipment')) {
      for (const r of t.rows) {
        const category = t.text(r, 'category');
        if (category === '视频监控') video = true;
        if (category !== '场地') continue;
        const own = t.text(r, 'ownership') === '自有' || !t.text(r, 'ownership') ? '自有' : '租用';
        const where = t.text(r, 'location') || t.text(r, 'itemName');
        if (where && !places[own].includes(where)) places[own].push(where);
      }
    }
    const withStandard = input.book.tablesOf('occupations').some((t) => t.rows.some((r) => t.text(r, 'standard')));
    return {
      ...header(input),
      creditCode: text('creditCode'),
      filingNo: text('filingNo'),
      categoryBoxes: boxes(HA_CATEGORIES, (o) => o === haCategory(input)),
      legalRep: text('legalRep'),
      legalRepPhone: text('legalRepPhone'),
      contact: text('contact'),
      contactTitle: text('contactTitle'),
      contactPhone: text('contactPhone'),
      email: text('email'),
      totalAssessed: total('assessed'),
      totalCertified: total('certified'),
      evaluations: [...rows].sort((a, b) => (b.assessed === '' ? -1 : b.assessed) - (a.assessed === '' ? -1 : a.assessed)).slice(0, TOP),
      unevaluated: reported ? unevaluated.join('、') || '无' : '',
      ownedBox: places.自有.length ? '☑' : '☐',
      ownedPlaces: places.自有.join('；'),
      rentedBox: places.租用.length ? '☑' : '☐',
      rentedPlaces: places.租用.join('；'),
      examiners: people(input, 'examiners'),
      supervisors: people(input, 'supervisors'),
      standardBox: hasBox(withStandard),
      bankBox: hasBox(input.book.tablesOf('questionBank').some((t) => t.rows.length > 0)),
      videoBox: hasBox(video),
      fees: fees(input),
    };
  },
};
