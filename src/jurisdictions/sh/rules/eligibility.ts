import type { Rule } from '../../../rules/rule';
import { checkNotGovernment } from '../../../rules/shared/government';
import { checkOfficeIn, checkRegisteredOrActive } from '../../../rules/shared/region-eligibility';
import { REGION } from '../region';
import { PROFILES, sh } from './basis';

const RULE = '政府及其所属部门（事业单位、未与政府部门脱钩的社会团体）不予申报';

export const registeredOrActive: Rule = {
  id: 'sh.eligibility.region',
  title: '注册地在上海或在上海开展过“X证书”评价工作',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（一）'),
  hint: '在机构信息填写注册地；或在“X证书评价数据”的“地区”列写明在上海开展评价的年度',
  check: (ctx) => checkRegisteredOrActive(ctx, REGION),
};

export const officeInShanghai: Rule = {
  id: 'sh.office.region',
  title: '在上海设有常驻工作机构',
  profiles: PROFILES,
  severity: 'warning',
  basis: sh('二（二）'),
  hint: '办公地址填写在上海的常驻工作机构地址；如为总部地址，请在材料中写明在上海的常驻工作机构',
  check: (ctx) => checkOfficeIn(ctx, REGION),
};

export const notGovernment: Rule = {
  id: 'sh.eligibility.government',
  title: '政府及其所属部门（事业单位、未脱钩的社会团体）不予申报',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（三）'),
  hint: '机关、事业单位及未与政府部门脱钩的社会团体不能作为申报单位',
  check: (ctx) => checkNotGovernment(ctx, RULE),
};
