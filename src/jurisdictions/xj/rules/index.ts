import type { RulePack } from '../../../rules/rule';
import { filingValidity, intentLetter, materialsDeadline } from './dates';
import { officeInXinjiang, registeredOrActive } from './eligibility';
import { examinerMinimum, examinerQualification, seniorMinimum, seniorQualification } from './examiners';
import { facilitiesPerOccupation, videoMonitoring } from './facilities';
import { bankLevelMissing, mainlyObjective, objectiveAndSubjective, skillMinimum, theoryMinimum } from './question-bank';
import { consecutiveYears, cumulativeCertificates } from './scale';
import { prohibitedSituations } from './prohibited';
import { staffingPresent } from './staffing';
import { supervisorExperience } from './supervisors';

/** Xinjiang's filing guide for former X证书 organisations. */
export const XJ_PACK: RulePack = {
  id: 'xj',
  title: '新疆·原X证书机构备案',
  rules: [
    registeredOrActive,
    officeInXinjiang,
    prohibitedSituations,
    staffingPresent,
    facilitiesPerOccupation,
    bankLevelMissing,
    theoryMinimum,
    mainlyObjective,
    objectiveAndSubjective,
    skillMinimum,
    examinerQualification,
    examinerMinimum,
    seniorQualification,
    seniorMinimum,
    supervisorExperience,
    videoMonitoring,
    consecutiveYears,
    cumulativeCertificates,
    filingValidity,
    materialsDeadline,
    intentLetter,
  ],
};
