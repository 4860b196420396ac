import type { RulePack } from '../../../rules/rule';
import { applicationWindow, filingValidity, intentWindow } from './dates';
import { notGovernment, officeInShanghai, registeredOrActive } from './eligibility';
import { videoMonitoring } from './facilities';
import { recommendationFields } from './occupations';
import { prohibitedSituations } from './prohibited';
import { bankLevelMissing, samplePapers } from './question-bank';
import { siteEquipment, sitesInShanghai, sitesPerOccupation, sitesPresent } from './sites';
import { staffingPresent } from './staffing';
import { xcertDataPresent } from './xcert-data';

/** Shanghai's filing guide for former X证书 organisations. */
export const SH_PACK: RulePack = {
  id: 'sh',
  title: '上海·原X证书机构备案',
  rules: [
    registeredOrActive,
    officeInShanghai,
    notGovernment,
    prohibitedSituations,
    staffingPresent,
    sitesPresent,
    sitesPerOccupation,
    sitesInShanghai,
    siteEquipment,
    videoMonitoring,
    xcertDataPresent,
    recommendationFields,
    bankLevelMissing,
    samplePapers,
    intentWindow,
    applicationWindow,
    filingValidity,
  ],
};
