import type { CellValue } from '../../../../src/model/cell';
import { xcertArithmetic } from '../../../../src/rules/generic/xcert-data';
import { ruleCases } from '../../../helpers/rule-tester';

const HEADER = ['年度', 'X证书项目名称', '认定人次·初级', '认定人次·中级', '认定人次·高级', '认定人次·总计', '取证人次·初级', '取证人次·中级', '取证人次·高级', '取证人次·总计', '获证率'];
const OK: CellValue[] = [2024, '项目', 100, 50, 10, 160, 90, 40, 10, 140, '87.5%'];
const data = (...rows: CellValue[][]) => ({ X证书评价数据: [HEADER, ...rows] });

export default ruleCases('X证书评价数据 arithmetic', [xcertArithmetic], {
  valid: [
    ...['87.5%', 0.875, 87.5, '87.5', '87.4%'].map((rate) => ({ name: `a consistent row with the rate ${rate}`, profile: 'sh-xcert', spec: data([...OK.slice(0, 10), rate]) })),
    { name: 'a 合计 row that adds up', profile: 'sh-xcert', spec: data(OK, OK, ['合计', '', 200, 100, 20, 320, 180, 80, 20, 280, 0.875]) },
  ],
  invalid: [
    {
      name: 'wrong totals, more certified than assessed, and a wrong rate',
      profile: 'sh-xcert',
      spec: data([2024, '项目', 100, 50, 10, 170, 110, 40, 10, 150, '80%']),
      expect: [
        { rule: 'xcert.total', cell: 'X证书评价数据!F2', severity: 'error' },
        { rule: 'xcert.total', cell: 'X证书评价数据!J2', severity: 'error' },
        { rule: 'xcert.certified-exceeds', cell: 'X证书评价数据!G2', severity: 'error' },
        { rule: 'xcert.rate', cell: 'X证书评价数据!K2', severity: 'error' },
      ],
    },
    { name: 'a rate 0.2 points off', profile: 'sh-xcert', spec: data([...OK.slice(0, 10), '87.3%']), expect: [{ rule: 'xcert.rate', cell: 'X证书评价数据!K2', severity: 'error' }] },
    { name: 'a 合计 row one short', profile: 'sh-xcert', spec: data(OK, OK, ['合计', '', 200, 100, 20, 320, 180, 80, 20, 281, 0.875]), expect: [{ rule: 'xcert.sum-row', cell: 'X证书评价数据!J4', severity: 'error' }] },
  ],
});
