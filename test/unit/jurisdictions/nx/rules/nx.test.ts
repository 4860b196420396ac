import type { CellValue } from '../../../../../src/model/cell';
import { orgRows } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { AI, only, orgCell, run } from '../../xj/rules/fixture';
import { EXPERT_HEADER, nxSpec, OCCUPATION_HEADER, ORG, XCERT_HEADER } from './fixture';

const withData = (rows: CellValue[][]) => ({ ...nxSpec(), X证书评价数据: [XCERT_HEADER, ...rows] });

describe('nx.standard.named — 申报的证书有相应的职业技能等级标准 (第七条)', () => {
  it('an empty 评价标准 is an error at that cell naming the occupation; a filled one passes', () => {
    const f = only(run({ ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '初级至高级', '', 2023]] }), 'nx.standard.named');
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

describe('nx.experience.years — 一般应有 5 年以上培训经验，自开展职业技能培训起始年份计 (第十条, warning)', () => {
  const since = (year: CellValue) => ({ ...nxSpec(), 机构信息: orgRows({ ...ORG, 开展职业技能培训起始年份: year }) });

  it('training since 2022 is four years at a 2026 application: a warning at that cell; since 2021 passes', () => {
    const f = only(run(since(2022)), 'nx.experience.years');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', cell: orgCell(ORG, '开展职业技能培训起始年份'), basis: '《职业教育培训评价组织遴选与监督管理办法》第十条' })]);
    expect(f[0].message).toContain('自 2022 年开展职业技能培训，至申请日期 2026-05-20 为 4 年');
    expect(f[0].message).toContain('新兴领域、紧缺领域可适当放宽');
    expect(only(run(since(2021)), 'nx.experience.years')).toEqual([]);
  });

  it('counts from the year training began, not from the years of X证书 data', () => {
    expect(only(run(withData([[2025, 'X', 50000, 45000]])), 'nx.experience.years')).toEqual([]);
  });

  it('an unanswered start year is a warning that it cannot be confirmed', () => {
    const f = only(run(since(null)), 'nx.experience.years');
    expect(f[0].message).toContain('未填写开展职业技能培训起始年份');
  });
});

describe('nx.textbooks — 一般应有近三年出版的先进教材 (第八条, warning)', () => {
  const textbook = (year: CellValue) => ({ ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, '', 'Web前端开发职业技能等级证书', '初级至高级', 'Web前端开发职业技能等级标准（2021年2.0版）', year]] });

  it('a 2023 textbook passes at a 2026 application; 2022 is a warning at that cell naming the certificate', () => {
    expect(only(run(textbook(2023)), 'nx.textbooks')).toEqual([]);
    const f = only(run(textbook(2022)), 'nx.textbooks');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', cell: 'F2', basis: '《职业教育培训评价组织遴选与监督管理办法》第八条' })]);
    expect(f[0].message).toContain('Web前端开发职业技能等级证书');
    expect(f[0].message).toContain('2023 年起');
  });

  it('an empty year is a warning too', () => {
    expect(only(run(textbook(null)), 'nx.textbooks')[0].message).toContain('未填写配套教材出版年份');
  });
});

describe('nx.prohibited — 无违法、失信、重大经济纠纷、不良借贷 (第六条)', () => {
  it.each(['近三年有违法违规或失信记录', '有重大经济纠纷', '有不良借贷行为'])('“%s”为“是” is an error at that cell', (item) => {
    const org = { ...ORG, [item]: '是' };
    const f = only(run({ ...nxSpec(), 机构信息: orgRows(org) }), 'nx.prohibited');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', cell: orgCell(org, item), basis: '《职业教育培训评价组织遴选与监督管理办法》第六条' })]);
  });

  it('all answered 否 passes', () => {
    expect(only(run(nxSpec()), 'nx.prohibited')).toEqual([]);
  });
});

describe('NX reads X证书 as they are named', () => {
  it('a certificate without a 大典 code, with 初级/中级/高级, gives no error; 五级至三级 is not an X证书 level', () => {
    const spec = (levels: string) => ({ ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, '', 'Web前端开发职业技能等级证书', levels, 'Web前端开发职业技能等级标准（2021年2.0版）', 2024]], 专家队伍: [EXPERT_HEADER, [1, '孙明辉', validId('19700101', 11, '110108'), 'Web前端开发职业技能等级证书', '命题专家']] });
    expect(run(spec('初级、中级、高级')).filter((f) => f.severity === 'error' && (f.sheet === '申请职业' || f.sheet === '专家队伍'))).toEqual([]);
    expect(only(run(spec('五级至三级')), 'level.xcert-unknown')).toHaveLength(1);
  });

  it('the template’s own 评价机构类型 passes its own vocabulary', () => {
    const org = { ...ORG, 评价机构类型: '职业教育培训评价组织' };
    expect(only(run({ ...nxSpec(), 机构信息: orgRows(org) }), 'cell.vocabulary')).toEqual([]);
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
