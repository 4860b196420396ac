import type { RulePack } from '../../../rules/rule';
import { facilitiesPerOccupation, questionBank, registeredInBingtuan } from './conditions';
import { independentLegalPerson, prohibitedSituations, terminationReadiness } from './eligibility';
import { annualRenewal } from './question-bank';
import { examiners, questionSetters, teams, videoMonitoring } from './teams';
import { inactivity, partTimeContracts, renewalLeadTime, rightOfUse, validityPeriod } from './terms';

/** The Bingtuan's management measures for every kind of evaluation organisation. */
export const BT_PACK: RulePack = {
  id: 'bt',
  title: '兵团·技能人才评价机构备案',
  rules: [
    registeredInBingtuan,
    independentLegalPerson,
    prohibitedSituations,
    teams,
    questionSetters,
    examiners,
    partTimeContracts,
    facilitiesPerOccupation,
    videoMonitoring,
    rightOfUse,
    questionBank,
    annualRenewal,
    validityPeriod,
    renewalLeadTime,
    inactivity,
    terminationReadiness,
  ],
};
