import type { CellValue } from '../../../../src/model/cell';
import { materialsPresent } from '../../../../src/rules/generic/materials';
import { requiredMaterials } from '../../../../src/materials';
import { ruleCases } from '../../../helpers/rule-tester';
import { HA_ORG, haSpec } from './rules/fixture';

/** An ha-employer first filing listing every material except those named, each marked 是. */
function employer(org: Record<string, CellValue>, leaveOut: readonly string[] = []) {
  const spec = haSpec({ ...HA_ORG, 适用规则: 'ha-employer', 职工依法参加社会保险: '是', ...org });
  const names = requiredMaterials('ha-employer', '首次备案').map((m) => m.name).filter((n) => !leaveOut.includes(n));
  spec['申请材料'] = [['序号', '材料名称', '是否提供'], ...names.map((n, i) => [i + 1, n, '是'])];
  return spec;
}
const NORM = '行业、企业评价规范';
const SOE = ['人社部同意央企集团公司备案的文件', '央企集团公司等级认定工作实施方案', '集团公司关于职业技能等级认定工作的区域管理情况'];
const withNorm = (spec: ReturnType<typeof employer>) => {
  spec['申请职业'][1][4] = '电力行业企业评价规范（2023）';
  return spec;
};

export default ruleCases('HA 申请材料 by the case the clause names', [materialsPresent], {
  valid: [
    { name: 'an employer on national standards without an 评价规范 (一（八）7)', spec: employer({}, [NORM, ...SOE]) },
    { name: 'a 央企 branch with its three documents (一（八）8)', spec: employer({ 单位性质: '央企' }, [NORM]) },
  ],
  invalid: [
    { name: 'an employer evaluating by an 评价规范 without listing it', spec: withNorm(employer({}, [NORM, ...SOE])), expect: [{ rule: 'materials.missing', cell: '申请材料', severity: 'error', message: NORM }] },
    {
      name: 'a 央企 branch without its three documents',
      spec: employer({ 单位性质: '央企' }, [NORM, ...SOE]),
      expect: SOE.map((name) => ({ rule: 'materials.missing', cell: '申请材料', severity: 'error' as const, message: name })),
    },
  ],
});
