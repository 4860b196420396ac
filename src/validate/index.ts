/**
 * The value validators, one module per national standard or vocabulary, and
 * the catalogue of every issue code they can emit.
 */
import { CODES as COUNT_CODES } from './counts';
import { CODES as DATE_CODES } from './dates';
import { CODES as EMAIL_CODES } from './email';
import { CODES as ID_CODES } from './gb11643-id';
import { CODES as CREDIT_CODES } from './gb32100-credit-code';
import { CODES as LEVEL_CODES } from './levels';
import { CODES as OCCUPATION_CODES } from './occupations';
import { CODES as PHONE_CODES } from './phone';
import { CODES as TITLE_CODES } from './titles';
import type { ValidatorCode } from './types';

export * from './types';
export { ageOn, idCheckChar, validateResidentId, type IdKind, type IdResult } from './gb11643-id';
export { orgCodeCheckChar } from './gb11714-org-code';
export { creditCodeCheckChar, validateCreditCode } from './gb32100-credit-code';
export { validatePhone } from './phone';
export { validateEmail } from './email';
export { parseDateValue, parseYear, validateDate, type ParsedDate } from './dates';
export { parsePercent, validateCount, validateMoney, validatePercent } from './counts';
export {
  parseSkillLevel,
  parseSkillLevelRange,
  parseXcertLevel,
  parseXcertLevelRange,
  skillLevelLabel,
  validateSkillLevel,
  validateSkillLevelRange,
  type SkillLevel,
  type XcertLevel,
} from './levels';
export { parseTitle, validateTitle, type TitleRank, type TitleRankNumber } from './titles';
export { checkCodeName, findOccupationByName, lookupOccupation, validateOccupationCode, type OccupationEntry } from './occupations';

/** Every code any validator can emit, each once. */
export const ALL_VALIDATOR_CODES: ValidatorCode[] = [
  ...ID_CODES,
  ...CREDIT_CODES,
  ...PHONE_CODES,
  ...EMAIL_CODES,
  ...DATE_CODES,
  ...COUNT_CODES,
  ...LEVEL_CODES,
  ...TITLE_CODES,
  ...OCCUPATION_CODES,
].filter((c, i, all) => all.findIndex((x) => x.code === c.code) === i);
