import type { Rule } from '../../../rules/rule';
import { declarationRule } from '../../../rules/shared/declarations';
import { checkNotGovernment } from '../../../rules/shared/government';
import { ha } from './basis';

const SOCIAL = ['社会团体', '民办非企业单位'];

export const notGovernment: Rule = {
  id: 'ha.eligibility.government',
  title: '政府及所属部门（事业单位、未与政府部门脱钩的社会团体）不能申报',
  profiles: ['ha-social'],
  business: ['首次备案', '增量备案', '备案续期'],
  severity: 'error',
  basis: ha('二（七）1'),
  hint: '机关、事业单位及未与政府部门脱钩的社会团体不能作为社会培训评价组织申报',
  check: (ctx) => checkNotGovernment(ctx, '政府及所属部门（事业单位、未与政府部门脱钩的社会团体）不能申报'),
};

/** 二（七）2: the five situations, as the applicant declares them on 机构信息. */
export const prohibitedSituations = declarationRule({
  id: 'ha.prohibited',
  title: '禁止性规定（违法失信、年审不合格、非法社会组织、经营异常、不良记录）',
  profiles: ['ha-social'],
  basis: ha('二（七）2'),
  declarations: [
    { key: 'violationRecord', bars: '是', situation: '申请机构及法定代表人在培训领域有违法违规及失信行为' },
    { key: 'annualReviewFailed', bars: '是', natures: SOCIAL, situation: '社会团体、民营非企业等 3 年内民政部门年审不合格' },
    { key: 'illegalOrgList', bars: '是', natures: SOCIAL, situation: '社会团体、民营非企业在民政部门非法社会组织名单内' },
    { key: 'abnormalOperation', bars: '是', natures: ['企业', '央企'], situation: '企业 3 年内在市场监管部门公布的企业经营异常目录内' },
    { key: 'badRecord', bars: '是', situation: '机构在人才培训、评价领域有不良记录' },
    { key: 'decoupled', bars: '否', natures: ['社会团体'], situation: '社会团体未与政府部门脱钩' },
  ],
});
