import { hasStandard, inCatalogue, nationalStandard } from '../../../../../src/jurisdictions/ha/rules/occupations';
import { ruleCases } from '../../../../helpers/rule-tester';
import { HA_ORG, haSpec } from './fixture';

/** The first occupation's 评价标准 (E2) and 已纳入评价目录 (F2) as given. */
const occupation = (standard: string, listed = '是', profile = 'ha-social') => {
  const spec = haSpec({ ...HA_ORG, 适用规则: profile });
  spec['申请职业'][1][4] = standard;
  spec['申请职业'][1][5] = listed;
  return spec;
};

export default ruleCases('HA occupations', [inCatalogue, hasStandard, nationalStandard], {
  valid: [
    { name: 'national standards, both listed', spec: haSpec() },
    { name: '国标 2018 年版', spec: occupation('国标 2018 年版') },
    { name: 'a standard’s name alone', spec: occupation('电工（2018年版）') },
    { name: 'an employer using an industry norm (一（六）)', spec: occupation('电力行业评价规范', '是', 'ha-employer') },
  ],
  invalid: [
    { name: 'not in the catalogue', spec: occupation('国家职业技能标准 电工（2018年版）', '否'), expect: [{ rule: 'ha.occupations.catalogue', cell: '申请职业!F2', severity: 'error', message: '电工' }] },
    { name: 'no standard', spec: occupation(''), expect: [{ rule: 'ha.occupations.standard', cell: '申请职业!E2', severity: 'error' }] },
    { name: 'a social organisation using an industry norm (二（六）)', spec: occupation('电力行业评价规范'), expect: [{ rule: 'ha.occupations.national-standard', cell: '申请职业!E2', severity: 'error' }] },
    { name: 'a social organisation using an enterprise norm', spec: occupation('企业评价规范（2023）'), expect: [{ rule: 'ha.occupations.national-standard', cell: '申请职业!E2', severity: 'error' }] },
  ],
});
