import type { CellValue } from '../../../../../src/model/cell';
import { prohibitedSituations, recentTextbooks } from '../../../../../src/jurisdictions/nx/rules/conditions';
import { trainingScale, trainingYears } from '../../../../../src/jurisdictions/nx/rules/experience';
import { standardNamed } from '../../../../../src/jurisdictions/nx/rules/standard';
import { expertTeam } from '../../../../../src/jurisdictions/nx/rules/team';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, orgCell } from '../../xj/rules/fixture';
import { EXPERT_HEADER, nxSpec, OCCUPATION_HEADER, ORG, XCERT_HEADER } from './fixture';

const withOrg = (extra: Record<string, CellValue>) => ({ ...nxSpec(), 机构信息: orgRows({ ...ORG, ...extra }) });
const at = (key: string) => `机构信息!${orgCell(ORG, key)}`;
const certificate = (standard: CellValue, year: CellValue) => ({ ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, '', 'Web前端开发职业技能等级证书', '初级至高级', standard, year]] });
const assessed = (n: number) => ({ ...nxSpec(), X证书评价数据: [XCERT_HEADER, [2021, 'X', n, 45000]] });

export default ruleCases('NX selection conditions', [prohibitedSituations, standardNamed, recentTextbooks, expertTeam, trainingYears, trainingScale], {
  valid: [
    { name: 'a clean nx-1x filing: since 2021, 50,000 assessed, a 2023 textbook', spec: nxSpec() },
    { name: 'one year of data with training since 2021', spec: assessed(50000) },
  ],
  invalid: [
    ...['近三年有违法违规或失信记录', '有重大经济纠纷', '有不良借贷行为'].map((item) => ({
      name: `${item} 是`,
      spec: withOrg({ [item]: '是' }),
      expect: [{ rule: 'nx.prohibited', cell: at(item), severity: 'error' as const, basis: '《职业教育培训评价组织遴选与监督管理办法》第六条' }],
    })),
    { name: 'no standard named', spec: { ...nxSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '初级至高级', '', 2023]] }, expect: [{ rule: 'nx.standard.named', cell: '申请职业!E2', severity: 'error', message: AI.name }] },
    { name: 'no 评价标准 column', spec: { ...nxSpec(), 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, AI.code, AI.name, '初级至高级']] }, expect: [{ rule: 'nx.standard.named', cell: '申请职业', severity: 'error' }] },
    { name: 'a 2022 textbook', spec: certificate('Web前端开发职业技能等级标准（2021年2.0版）', 2022), expect: [{ rule: 'nx.textbooks', cell: '申请职业!F2', severity: 'warning', message: '2023 年起' }] },
    { name: 'no textbook year', spec: certificate('Web前端开发职业技能等级标准（2021年2.0版）', null), expect: [{ rule: 'nx.textbooks', cell: '申请职业!F2', severity: 'warning', message: '未填写配套教材出版年份' }] },
    { name: 'an empty expert team', spec: { ...nxSpec(), 专家队伍: [EXPERT_HEADER] }, expect: [{ rule: 'nx.team.experts', cell: '专家队伍', severity: 'error' }] },
    { name: 'training since 2022', spec: withOrg({ 开展职业技能培训起始年份: 2022 }), expect: [{ rule: 'nx.experience.years', cell: at('开展职业技能培训起始年份'), severity: 'warning', message: '为 4 年' }] },
    { name: 'no training start year', spec: withOrg({ 开展职业技能培训起始年份: null }), expect: [{ rule: 'nx.experience.years', cell: '机构信息', severity: 'warning', message: '未填写开展职业技能培训起始年份' }] },
    { name: '49,999 assessed', spec: assessed(49999), expect: [{ rule: 'nx.experience.scale', cell: 'X证书评价数据', severity: 'warning' }] },
  ],
});
