import type { RulePack } from '../../rule';
import { changeShowsBefore, registrationStopped, renewalLeadTime, terminationNotice, unevaluatedOccupations } from './business';
import { teams, videoMonitoring } from './capacity';
import { notGovernment, prohibitedSituations } from './eligibility';
import { hasStandard, inCatalogue } from './occupations';

/** 001_4e261519d659a829.txt: Henan's filing guide for employers, social organisations and schools. */
export const HA_PACK: RulePack = {
  id: 'ha',
  title: '河南·职业技能等级评价机构备案',
  rules: [notGovernment, prohibitedSituations, inCatalogue, hasStandard, teams, videoMonitoring, renewalLeadTime, unevaluatedOccupations, terminationNotice, registrationStopped, changeShowsBefore],
};
