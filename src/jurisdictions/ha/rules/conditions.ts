import { validateCount } from '../../../validate/counts';
import type { Rule } from '../../../rules/rule';
import { checkBankPresent } from '../../../rules/shared/bank-present';
import { declarationRule } from '../../../rules/shared/declarations';
import { checkFacilitiesPerOccupation } from '../../../rules/shared/facilities';
import { registrationRule } from '../../../rules/shared/registration-rule';
import { REGION } from '../region';
import { ha, haByType, PROFILES } from './basis';

/** Conditions are those of a first filing; 增量 and 续期 keep them (四–六（七）: 同首次备案要求). */
const FILINGS = ['首次备案', '增量备案', '备案续期'] as const;
const FIRST_FILINGS = ['首次备案', '增量备案'] as const;

export const registeredInHenan = registrationRule({
  id: 'ha.registration',
  title: '在河南境内依法登记（设立）',
  profiles: PROFILES,
  basis: haByType('一（五）1', '二（五）1', '三（一）'),
  region: REGION,
  business: FILINGS,
});

export const facilitiesPerOccupation: Rule = {
  id: 'ha.facilities.per-occupation',
  title: '每个职业（工种）有相适应的场地和设备、工（量）具',
  profiles: PROFILES,
  business: FIRST_FILINGS,
  severity: 'error',
  basis: haByType('一（五）5', '二（五）3（3）', '三（五）2'),
  hint: '在设施设备表中为该职业（工种）列出类别为“场地”以及“设备”或“工量具”的行',
  check: checkFacilitiesPerOccupation,
};

/** 一（五）1: employees are insured by law. */
const insured = declarationRule({
  id: 'ha.social-insurance',
  title: '职工依法参加社会保险',
  profiles: ['ha-employer'],
  basis: ha('一（五）1'),
  hint: '在“机构信息”填写“职工依法参加社会保险”；职工总数与缴纳社保人数不一致的，请在材料中说明',
  consequence: '不符合“职工依法参加社会保险”的申请条件',
  declarations: [{ key: 'socialInsurance', bars: '否', situation: '职工未依法参加社会保险' }],
});

/** The declaration, and a warning when fewer are insured than employed (some may lawfully not be, e.g. re-employed retirees). */
export const socialInsurance: Rule = {
  ...insured,
  check(ctx) {
    insured.check(ctx);
    const org = ctx.book.org;
    const paid = org?.cell('insured');
    if (!org || !paid) return;
    const staff = validateCount(org.value('staffTotal')).value;
    const insuredCount = validateCount(paid.value).value;
    if (typeof staff !== 'number' || typeof insuredCount !== 'number' || insuredCount >= staff) return;
    ctx.report({
      severity: 'warning',
      sheet: org.sheet.name,
      cell: paid.address,
      row: paid.row,
      column: org.header('insured'),
      message: `缴纳社保人数 ${insuredCount} 少于职工总数 ${staff}，职工应依法参加社会保险`,
    });
  },
};

/** 二（五）3（2）: a social organisation has the means to hold exams online. */
export const onlineExam = declarationRule({
  id: 'ha.online-exam',
  title: '具备线上机考条件',
  profiles: ['ha-social'],
  basis: ha('二（五）3（2）'),
  hint: '在“机构信息”填写“具备线上机考条件”',
  consequence: '不符合社会培训评价组织的申请条件',
  declarations: [{ key: 'onlineExam', bars: '否', situation: '不具备线上机考条件' }],
});

/** 三（一）、三（五）1: schools set up by law with the right to enrol students. */
export const enrolmentQualified = declarationRule({
  id: 'ha.school.enrolment',
  title: '依法依规设立、具有招生资质的院校',
  profiles: ['ha-school'],
  basis: ha('三（一）、三（五）1'),
  hint: '在“机构信息”填写“具有招生资质”',
  consequence: '院校类评价机构须具有招生资质',
  declarations: [{ key: 'enrolmentQualified', bars: '否', situation: '院校不具有招生资质' }],
});

export const questionBank: Rule = {
  id: 'ha.question-bank',
  title: '具有相应职业（工种）的题库或卷库',
  profiles: ['ha-social'],
  business: FIRST_FILINGS,
  severity: 'error',
  basis: ha('二（五）4'),
  hint: '在“题库”表中为每个申请的职业（工种）填写题库题量',
  check: checkBankPresent,
};
