import type { Rule } from '../../../rules/rule';
import { checkOfficeIn, checkRegisteredOrActive } from '../../../rules/shared/region-eligibility';
import { REGION } from '../region';
import { PROFILES, xj } from './basis';

export const registeredOrActive: Rule = {
  id: 'xj.eligibility.region',
  title: '注册地在新疆或在新疆开展过“X证书”评价工作',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('四（一）'),
  hint: '在机构信息填写注册地；或在“X证书评价数据”的“地区”列写明在新疆开展评价的年度',
  check: (ctx) => checkRegisteredOrActive(ctx, REGION),
};

export const officeInXinjiang: Rule = {
  id: 'xj.office.region',
  title: '在新疆设有常驻工作机构',
  profiles: PROFILES,
  severity: 'warning',
  basis: xj('四（三）'),
  hint: '办公地址填写在新疆的常驻工作机构地址；如为总部地址，请在材料中写明在新疆的常驻工作机构',
  check: (ctx) => checkOfficeIn(ctx, REGION),
};
