import type { Rule } from '../../../rules/rule';
import { checkBankPresent } from '../../../rules/shared/bank-present';
import { checkFacilitiesPerOccupation } from '../../../rules/shared/facilities';
import { registrationRule } from '../../../rules/shared/registration-rule';
import { REGION } from '../region';
import { bt, FILINGS, PROFILES } from './basis';

export const registeredInBingtuan = registrationRule({
  id: 'bt.registration',
  title: '在兵团辖区内依法登记的独立法人',
  profiles: PROFILES,
  basis: bt('第六条（一）'),
  region: REGION,
  business: FILINGS,
});

export const facilitiesPerOccupation: Rule = {
  id: 'bt.facilities.per-occupation',
  title: '每个职业（工种）/考核项目有相匹配的场所、设施设备和工（量）器具',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（三）'),
  hint: '在设施设备表中为该职业（工种）/考核项目列出类别为“场地”以及“设备”或“工量具”的行',
  check: checkFacilitiesPerOccupation,
};

export const questionBank: Rule = {
  id: 'bt.question-bank.present',
  title: '具有满足评价需要的试题（卷）',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（四）'),
  hint: '在“题库”表中为每个职业（工种）/考核项目填写题库题量',
  check: checkBankPresent,
};
