import type { CellValue } from '../../../../../src/model/cell';
import { consecutiveYears, cumulativeCertificates } from '../../../../../src/jurisdictions/xj/rules/scale';
import { ruleCases } from '../../../../helpers/rule-tester';
import { XCERT_HEADER, xjSpec } from './fixture';

const withData = (...rows: CellValue[][]) => ({ ...xjSpec(), X证书评价数据: [XCERT_HEADER, ...rows] });

export default ruleCases('XJ scale', [consecutiveYears, cumulativeCertificates], {
  valid: [
    { name: 'three years and 10000 certificates in Xinjiang', spec: xjSpec() },
    { name: 'levels added when 总计 is empty', spec: { ...xjSpec(), X证书评价数据: [['年度', 'X证书项目名称', '地区', '取证人次·初级', '取证人次·中级', '取证人次·高级', '取证人次·总计'], [2025, 'X', '新疆', 5000, 4000, 1000, null]] }, rules: ['xj.scale.certificates'] },
  ],
  invalid: [
    { name: 'two consecutive years', spec: withData([2021, 'X', '新疆', 100, 90], [2023, 'X', '新疆', 6000, 5000], [2024, 'X', '新疆', 6000, 5000]), expect: [{ rule: 'xj.scale.years', cell: 'X证书评价数据', severity: 'warning' }] },
    { name: '9999 certificates', spec: withData([2023, 'X', '新疆', 4000, 3400], [2024, 'X', '新疆', 4000, 3300], [2025, 'X', '新疆', 4000, 3299]), expect: [{ rule: 'xj.scale.certificates', cell: 'X证书评价数据', severity: 'warning' }] },
  ],
});
