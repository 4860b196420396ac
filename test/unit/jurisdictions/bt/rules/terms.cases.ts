import type { CellValue } from '../../../../../src/model/cell';
import { inactivity, partTimeContracts, renewalLeadTime, rightOfUse, validityPeriod } from '../../../../../src/jurisdictions/bt/rules/terms';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { day, orgCell } from '../../xj/rules/fixture';
import { btSpec, ORG, person, WELDER } from './fixture';

const contract = (from: Date, to: Date) => {
  const spec = btSpec();
  spec['考评员名册'][3] = person(23, [WELDER.name, '兼职', from, to]);
  return spec;
};
/** The leased workshop (G2) with its ownership and end of the right of use; applied on 2026-05-20. */
const lease = (until: Date, ownership = '租用') => {
  const spec = btSpec();
  spec['设施设备'][1][5] = ownership;
  spec['设施设备'][1][6] = until;
  return spec;
};
const renewal = (validTo: Date, last: Date, extra: Record<string, CellValue> = {}) => ({
  ...btSpec({ ...ORG, 申请业务类型: '备案续期', 备案有效期止: validTo, ...extra }),
  备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'], [WELDER.name, 100, 90, last]],
});
/** A spec with one more 备案期评价情况 row. */
const withRow = (spec: ReturnType<typeof renewal>, row: CellValue[]) => ({ ...spec, 备案期评价情况: [...spec['备案期评价情况'], row] });
const LATE = { ...ORG, 申请业务类型: '备案续期', 备案有效期止: day(2026, 8, 19) };
const LONG = { ...ORG, 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 备案有效期止: day(2027, 1, 1) };

export default ruleCases('BT terms', [partTimeContracts, rightOfUse, renewalLeadTime, inactivity, validityPeriod], {
  valid: [
    { name: 'a one-year contract', spec: contract(day(2026, 1, 1), day(2026, 12, 31)) },
    { name: 'a three-year contract', spec: contract(day(2026, 1, 1), day(2028, 12, 31)) },
    { name: 'a lease to 2029-05-20, applied on 2026-05-20 (民法典第二百零一条)', spec: lease(day(2029, 5, 20)) },
    { name: 'a 租赁 to 2030-05-20', spec: lease(day(2030, 5, 20), '租赁') },
    { name: 'a renewal three months ahead, evaluated a year ago to the day', spec: renewal(day(2026, 8, 20), day(2025, 5, 20)) },
    { name: 'a three-year filing', spec: btSpec({ ...ORG, 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 备案有效期止: day(2026, 12, 31) }), rules: ['bt.validity'] },
  ],
  invalid: [
    { name: 'a contract a day short of a year', spec: contract(day(2026, 1, 1), day(2026, 12, 30)), expect: [{ rule: 'bt.examiners.contract', cell: '考评员名册!G4', severity: 'error' }] },
    { name: 'a contract a day over three years', spec: contract(day(2026, 1, 1), day(2029, 1, 1)), expect: [{ rule: 'bt.examiners.contract', cell: '考评员名册!G4', severity: 'error', message: '超过 3 年' }] },
    { name: 'a lease to 2029-05-19', spec: lease(day(2029, 5, 19)), expect: [{ rule: 'bt.premises.right-of-use', cell: '设施设备!G2', severity: 'error', message: '焊接实训车间' }] },
    { name: 'a 租赁 to 2029-05-19 is a lease too', spec: lease(day(2029, 5, 19), '租赁'), expect: [{ rule: 'bt.premises.right-of-use', cell: '设施设备!G2', severity: 'error' }] },
    {
      name: 'a renewal applied after the three-month mark',
      spec: { ...renewal(day(2026, 8, 19), day(2026, 3, 1)), 机构信息: orgRows(LATE) },
      expect: [{ rule: 'bt.renewal.lead-time', cell: `机构信息!${orgCell(LATE, '申请日期')}`, severity: 'error', message: '续期申请最迟于 2026-05-19 提交' }],
    },
    { name: 'no evaluation for a year and a day', spec: renewal(day(2026, 12, 31), day(2025, 5, 19)), expect: [{ rule: 'bt.inactivity', cell: '备案期评价情况', severity: 'warning' }] },
    {
      name: 'a year-old date beside a row that gives evaluations without a date: cannot tell',
      spec: withRow(renewal(day(2026, 12, 31), day(2025, 5, 19)), ['电工', 12, 10, null]),
      expect: [{ rule: 'bt.inactivity', cell: '备案期评价情况', severity: 'warning', message: '第 3 行有评价（或评价人次未填写）而未填写最近评价日期，无法确认' }],
    },
    {
      name: 'a year-old date beside a row with 评价人次 blank and no date: cannot tell',
      spec: withRow(renewal(day(2026, 12, 31), day(2025, 5, 19)), ['电工', null, null, null]),
      expect: [{ rule: 'bt.inactivity', cell: '备案期评价情况', severity: 'warning', message: '无法确认是否一年以上未开展评价工作' }],
    },
    {
      name: 'a year-old date beside an undated row that reports 0',
      spec: withRow(renewal(day(2026, 12, 31), day(2025, 5, 19)), ['电工', 0, 0, null]),
      expect: [{ rule: 'bt.inactivity', cell: '备案期评价情况', severity: 'warning', message: '最近一次评价为 2025-05-19' }],
    },
    { name: 'a filing of three years and a day', spec: btSpec(LONG), expect: [{ rule: 'bt.validity', cell: `机构信息!${orgCell(LONG, '备案有效期止')}`, severity: 'error' }] },
  ],
});
