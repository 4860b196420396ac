import { declarationRule } from '../../../rules/shared/declarations';
import { PROFILES, xj } from './basis';

const SOCIAL = ['社会团体', '民办非企业单位'];

/** XJ 四（二）、四（六）: the prohibited situations, as the applicant declares them. */
export const prohibitedSituations = declarationRule({
  id: 'xj.prohibited',
  title: '禁止性情形（违法失信、年审不合格、非法社会组织、经营异常、已终止备案）',
  profiles: PROFILES,
  basis: xj('四（二）、四（六）'),
  declarations: [
    { key: 'violationRecord', bars: '是', situation: '申请单位及法定代表人在培训评价领域有违法违规及失信行为' },
    { key: 'annualReviewFailed', bars: '是', natures: SOCIAL, situation: '社会团体、民办非企业等近 3 年内年审不合格' },
    { key: 'illegalOrgList', bars: '是', natures: SOCIAL, situation: '社会团体、民办非企业在非法社会组织名单内' },
    { key: 'abnormalOperation', bars: '是', natures: ['企业', '央企'], situation: '企业近 3 年在市场监管部门公布的企业经营异常目录内' },
    { key: 'terminatedList', bars: '是', situation: '已在人社部门已终止备案机构名单中' },
  ],
});
