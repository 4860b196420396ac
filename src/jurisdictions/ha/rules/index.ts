import type { RulePack } from '../../../rules/rule';
import { changeShowsBefore, noEvaluation, registrationStopped, renewalLeadTime, terminationNotice, unevaluatedOccupations } from './business';
import { teams, videoMonitoring } from './capacity';
import { enrolmentQualified, facilitiesPerOccupation, onlineExam, questionBank, registeredInHenan, socialInsurance } from './conditions';
import { notGovernment, prohibitedSituations } from './eligibility';
import { hasStandard, inCatalogue, nationalStandard } from './occupations';

/** Henan's filing guide for employers, social organisations and schools. */
export const HA_PACK: RulePack = {
  id: 'ha',
  title: '河南·职业技能等级评价机构备案',
  rules: [
    registeredInHenan,
    socialInsurance,
    enrolmentQualified,
    notGovernment,
    prohibitedSituations,
    inCatalogue,
    hasStandard,
    nationalStandard,
    teams,
    facilitiesPerOccupation,
    videoMonitoring,
    onlineExam,
    questionBank,
    renewalLeadTime,
    unevaluatedOccupations,
    noEvaluation,
    terminationNotice,
    registrationStopped,
    changeShowsBefore,
  ],
};
