import type { RulePack } from '../../rule';
import { independentLegalPerson, prohibitedSituations, terminationReadiness } from './eligibility';
import { annualRenewal } from './question-bank';
import { examiners, questionSetters, teams, videoMonitoring } from './teams';
import { inactivity, partTimeContracts, renewalLeadTime, rightOfUse, validityPeriod } from './terms';

/** 003_71d018ea92e68313.txt: the Bingtuan's management measures for every kind of evaluation organisation. */
export const BT_PACK: RulePack = {
  id: 'bt',
  title: '兵团·技能人才评价机构备案',
  rules: [
    independentLegalPerson,
    prohibitedSituations,
    teams,
    questionSetters,
    examiners,
    partTimeContracts,
    videoMonitoring,
    rightOfUse,
    annualRenewal,
    validityPeriod,
    renewalLeadTime,
    inactivity,
    terminationReadiness,
  ],
};
