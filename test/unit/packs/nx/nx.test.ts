import type { CellValue } from '../../../../src/model/cell';
import { AI, only, run } from '../xj/fixture';
import { EXPERT_HEADER, nxSpec, OCCUPATION_HEADER, XCERT_HEADER } from './fixture';

const withData = (rows: CellValue[][]) => ({ ...nxSpec(), X证书评价数据: [XCERT_HEADER, ...rows] });

describe('nx.standard.named — 申报的证书有相应的职业技能等级标准 (第七条)', () => {
  it('an empty 评价标准 is an error at that cell naming the occupation; a filled one passes', () => {
    const f = only(run({ ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '五级至三级', '']] }), 'nx.standard.named');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '申请职业', cell: 'E2', basis: '《职业教育培训评价组织遴选与监督管理办法》第七条' });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 未填写职业技能等级标准');
    expect(only(run(nxSpec()), 'nx.standard.named')).toEqual([]);
  });

  it('a sheet without the column is reported once at its header row', () => {
    const f = only(run({ ...nxSpec(), 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, AI.code, AI.name, '三级']] }), 'nx.standard.named');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 1, cell: null });
  });
});

describe('nx.team.experts — 拥有专家、师资团队 (第九条)', () => {
  it('an empty 专家队伍 is an error; one expert passes', () => {
    const f = only(run({ ...nxSpec(), 专家队伍: [EXPERT_HEADER] }), 'nx.team.experts');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '专家队伍', basis: '《职业教育培训评价组织遴选与监督管理办法》第九条' });
    expect(only(run(nxSpec()), 'nx.team.experts')).toEqual([]);
  });
});

describe('nx.experience.years — 一般应有 5 年以上培训经验 (第十条, warning)', () => {
  it('four years of data is a warning naming them; five pass', () => {
    const f = only(run(withData([2022, 2023, 2024, 2025].map((y) => [y, 'X', 15000, 14000]))), 'nx.experience.years');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', sheet: 'X证书评价数据', basis: '《职业教育培训评价组织遴选与监督管理办法》第十条' });
    expect(f[0].message).toContain('2022–2025 年，共 4 年');
    expect(f[0].message).toContain('新兴领域、紧缺领域可适当放宽');
    expect(only(run(nxSpec()), 'nx.experience.years')).toEqual([]);
  });

  it('a year with no one assessed or certified does not count as experience', () => {
    const f = only(run(withData([[2021, 'X', 0, 0], ...[2022, 2023, 2024, 2025].map((y) => [y, 'X', 15000, 14000])])), 'nx.experience.years');
    expect(f).toHaveLength(1);
  });
});

describe('nx.experience.scale — 一般应有 5 万人次以上的规模 (第十条, warning)', () => {
  it('49,999 assessed is a warning; 50,000 passes', () => {
    const f = only(run(withData([[2021, 'X', 49999, 45000]])), 'nx.experience.scale');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('累计认定 49999 人次');
    expect(f[0].message).toContain('50000 人次以上');
    expect(only(run(nxSpec()), 'nx.experience.scale')).toEqual([]);
  });
});
