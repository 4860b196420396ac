import type { CellValue } from '../../../../src/model/cell';
import type { BusinessType } from '../../../../src/model/schema';
import { requiredMaterials } from '../../../../src/materials';
import { materialsPresent } from '../../../../src/rules/generic/materials';
import { ruleCases } from '../../../helpers/rule-tester';
import { btSpec, ORG } from './rules/fixture';

/** A BT filing listing its materials but those left out, each marked 是; `before` gives 机构信息's 变更前 values. */
function filing(profile: string, business: BusinessType, leaveOut: readonly string[], before: Record<string, CellValue> = {}) {
  const spec = btSpec({ ...ORG, 适用规则: profile, 申请业务类型: business, 评价机构备案号: 'B0001' });
  spec['机构信息'] = spec['机构信息'].map((row) => (typeof row[0] === 'string' && row[0] in before ? [row[0], row[1], before[row[0]]] : row));
  const names = requiredMaterials(profile as 'bt-social', business).map((m) => m.name).filter((n) => !leaveOut.includes(n));
  spec['申请材料'] = [['序号', '材料名称', '是否提供'], ...names.map((n, i) => [i + 1, n, '是'])];
  return spec;
}
const DOCS = ['登记注册机关出具的变更文件', '法人证书（营业执照）'];
const APPLICATION = '备案申请书';
const cite = (clause: string) => `《兵团技能人才评价机构管理办法》${clause}`;

export default ruleCases('BT 申请材料 by organisation type and change', [materialsPresent], {
  valid: [
    { name: 'a change of contact person with only the 变更说明 (第十八条（二）)', spec: filing('bt-social', '信息变更', DOCS, { 联系人: '王芳' }) },
    { name: 'a change of name with the registrar’s document and licence', spec: filing('bt-social', '信息变更', [], { 单位名称: '石河子技能评价中心' }) },
  ],
  invalid: [
    {
      name: 'a change of name without the registrar’s document and licence (第十八条（一）)',
      spec: filing('bt-social', '信息变更', DOCS, { 单位名称: '石河子技能评价中心' }),
      expect: DOCS.map((name) => ({ rule: 'materials.missing', cell: '申请材料', severity: 'error' as const, message: name, basis: cite('第十八条（一）') })),
    },
    { name: 'a change of 备案号 without them', spec: filing('bt-social', '信息变更', DOCS, { 评价机构备案号: 'B0000' }), expect: DOCS.map((name) => ({ rule: 'materials.missing', cell: '申请材料', severity: 'error' as const, message: name })) },
    { name: 'a 职业资格评价机构 without its application cites 第八条（一）', spec: filing('bt-qualification', '首次备案', [APPLICATION]), expect: [{ rule: 'materials.missing', cell: '申请材料', severity: 'error', message: APPLICATION, basis: cite('第八条（一）') }] },
    { name: 'a 专项考核机构 without its application cites 第八条（三）', spec: filing('bt-special', '首次备案', [APPLICATION]), expect: [{ rule: 'materials.missing', cell: '申请材料', severity: 'error', message: APPLICATION, basis: cite('第八条（三）') }] },
    { name: 'an employer without its application cites 第八条（二）', spec: filing('bt-employer', '首次备案', [APPLICATION]), expect: [{ rule: 'materials.missing', cell: '申请材料', severity: 'error', message: APPLICATION, basis: cite('第八条（二）') }] },
  ],
});
