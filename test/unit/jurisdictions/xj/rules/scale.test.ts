import type { CellValue } from '../../../../../src/model/cell';
import { only, run, XCERT_HEADER, xjSpec } from './fixture';

function withData(rows: CellValue[][]) {
  return { ...xjSpec(), X证书评价数据: [XCERT_HEADER, ...rows] };
}

describe('xj.scale.years — 原则上连续 3 年以上在疆经历 (五（二）7, warning)', () => {
  it('two consecutive years is a warning; three pass', () => {
    const f = only(run(withData([[2021, 'X', '新疆', 100, 90], [2023, 'X', '新疆', 6000, 5000], [2024, 'X', '新疆', 6000, 5000]])), 'xj.scale.years');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', sheet: 'X证书评价数据', basis: '《新疆原X证书机构备案办理指南》五（二）7' });
    expect(f[0].message).toContain('最长连续 2 年（2023–2024）');
    expect(only(run(xjSpec()), 'xj.scale.years')).toEqual([]);
  });

  it('years elsewhere do not count, and rows without 地区 are named as left out', () => {
    const f = only(run(withData([[2023, 'X', '北京', 6000, 5000], [2024, 'X', '', 6000, 5000], [2025, 'X', '新疆', 6000, 5000]])), 'xj.scale.years');
    expect(f[0].message).toContain('最长连续 1 年');
    expect(f[0].message).toContain('1 行未填写地区，未计入');
  });
});

describe('xj.scale.certificates — 原则上累计发证量不少于 10000 人次 (五（二）7, warning)', () => {
  it('9999 certificates in Xinjiang is a warning; 10000 passes', () => {
    const f = only(run(withData([[2023, 'X', '新疆', 4000, 3400], [2024, 'X', '新疆', 4000, 3300], [2025, 'X', '新疆', 4000, 3299]])), 'xj.scale.certificates');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0].message).toBe('在新疆累计取证 9999 人次，原则上应不少于 10000 人次');
    expect(only(run(xjSpec()), 'xj.scale.certificates')).toEqual([]);
  });

  it('adds the levels when 总计 is empty', () => {
    const spec = {
      ...xjSpec(),
      X证书评价数据: [
        ['年度', 'X证书项目名称', '地区', '取证人次·初级', '取证人次·中级', '取证人次·高级', '取证人次·总计'],
        [2025, 'X', '新疆', 5000, 4000, 1000, null],
      ],
    };
    expect(only(run(spec), 'xj.scale.certificates')).toEqual([]);
  });
});
