import type { Rule } from '../../rule';
import { checkOfficeIn, checkRegisteredOrActive } from '../../shared/region-eligibility';
import { PROFILES, sh } from './basis';

/** Credit-code categories (GB 32100-2015) of government bodies and the bodies attached to them. */
const GOVERNMENT_CODES: Record<string, string> = {
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  A1: '军队事业单位',
};
const GOVERNMENT_NATURES = ['机关', '其他事业单位'];
const RULE = '政府及其所属部门（事业单位、未与政府部门脱钩的社会团体）不予申报';

function codeOf(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export const registeredOrActive: Rule = {
  id: 'sh.eligibility.region',
  title: '注册地在上海或在上海开展过“X证书”评价工作',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（一）'),
  hint: '在机构信息填写注册地；或在“X证书评价数据”的“地区”列写明在上海开展评价的年度',
  check: (ctx) => checkRegisteredOrActive(ctx, 'shanghai'),
};

export const officeInShanghai: Rule = {
  id: 'sh.office.region',
  title: '在上海设有常驻工作机构',
  profiles: PROFILES,
  severity: 'warning',
  basis: sh('二（二）'),
  hint: '办公地址填写在上海的常驻工作机构地址；如为总部地址，请在材料中写明在上海的常驻工作机构',
  check: (ctx) => checkOfficeIn(ctx, 'shanghai'),
};

export const notGovernment: Rule = {
  id: 'sh.eligibility.government',
  title: '政府及其所属部门（事业单位、未脱钩的社会团体）不予申报',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（三）'),
  hint: '机关、事业单位及未与政府部门脱钩的社会团体不能作为申报单位',
  check(ctx) {
    const org = ctx.book.org;
    if (!org) return;
    const code = codeOf(org.text('creditCode'));
    const category = GOVERNMENT_CODES[code.slice(0, 2)];
    const codeCell = org.cell('creditCode');
    if (category && codeCell) {
      ctx.report({
        sheet: org.sheet.name,
        cell: codeCell.address,
        row: codeCell.row,
        column: org.header('creditCode'),
        message: `统一社会信用代码 ${code} 以 ${code.slice(0, 2)} 开头，登记类别为${category}；${RULE}`,
      });
      return;
    }
    const nature = org.text('nature');
    const natureCell = org.cell('nature');
    if (natureCell && GOVERNMENT_NATURES.includes(nature)) {
      ctx.report({ sheet: org.sheet.name, cell: natureCell.address, row: natureCell.row, column: org.header('nature'), message: `单位性质为“${nature}”；${RULE}` });
    }
  },
};
