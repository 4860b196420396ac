import type { CellValue } from '../../../../src/model/cell';
import type { BusinessType } from '../../../../src/model/schema';
import type { ProfileId } from '../../../../src/profiles/profiles';
import { materialsPresent } from '../../../../src/rules/generic/materials';
import { compliantSpec } from '../../../helpers/compliant';
import { ruleCases } from '../../../helpers/rule-tester';

/** A compliant filing whose 申请材料 rows are edited; the list starts at row 2. */
function materials(profile: ProfileId, business: BusinessType, edit: (rows: CellValue[][]) => CellValue[][]) {
  const spec = compliantSpec(profile, business);
  spec['申请材料'] = [spec['申请材料'][0], ...edit(spec['申请材料'].slice(1))];
  return spec;
}
const row = (rows: CellValue[][], name: string) => rows.findIndex((r) => r[1] === name) + 2;

export default ruleCases('申请材料', [materialsPresent], {
  valid: [
    { name: 'every xj-xcert material provided', spec: compliantSpec('xj-xcert', '首次备案') },
    { name: 'every ha-social material provided, 备查 ones too', spec: compliantSpec('ha-social', '首次备案') },
  ],
  invalid: [
    {
      name: 'the xj-xcert intent letter not listed',
      spec: materials('xj-xcert', '首次备案', (rows) => rows.slice(1)),
      expect: [{ rule: 'materials.missing', cell: '申请材料', severity: 'error' }],
    },
    {
      name: 'the xj-xcert second material marked 否',
      spec: materials('xj-xcert', '首次备案', (rows) => rows.map((r, i) => (i === 1 ? [r[0], r[1], '否'] : r))),
      expect: [{ rule: 'materials.not-provided', cell: '申请材料!C3', severity: 'error' }],
    },
    {
      name: 'an ha-social 备查 material not yet ready',
      spec: materials('ha-social', '首次备案', (rows) => rows.map((r) => (r[1] === '评价管理制度' ? [r[0], r[1], '否'] : r))),
      expect: [{ rule: 'materials.on-site', cell: `申请材料!C${row(compliantSpec('ha-social', '首次备案')['申请材料'].slice(1), '评价管理制度')}`, severity: 'info' }],
    },
  ],
});
