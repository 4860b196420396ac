import type { RuleContext } from '../rule';

/** Credit-code categories (GB 32100-2015) of government bodies and the bodies attached to them. */
export const GOVERNMENT_CODES: Readonly<Record<string, string>> = {
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  A1: '军队事业单位',
};
export const GOVERNMENT_NATURES: readonly string[] = ['机关', '其他事业单位'];

function codeOf(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * "政府及其所属部门不能申报" (SH 二（三）, HA 二（七）1, BT 第七条): a credit
 * code of a government body or public institution, or such a 单位性质, is
 * reported at that cell with the document's own wording. `schools` admits a
 * public school (事业单位 code 12, 单位性质 院校) where the document counts
 * schools among the eligible bodies.
 */
export function checkNotGovernment(ctx: RuleContext, rule: string, opts: { schools?: boolean } = {}): void {
  const org = ctx.book.org;
  if (!org) return;
  const code = codeOf(org.text('creditCode'));
  const category = GOVERNMENT_CODES[code.slice(0, 2)];
  const codeCell = org.cell('creditCode');
  const nature = org.text('nature');
  if (opts.schools && code.startsWith('12') && (nature === '院校' || nature === '民办院校')) return;
  if (category && codeCell) {
    ctx.report({
      sheet: org.sheet.name,
      cell: codeCell.address,
      row: codeCell.row,
      column: org.header('creditCode'),
      message: `统一社会信用代码 ${code} 以 ${code.slice(0, 2)} 开头，登记类别为${category}；${rule}`,
    });
    return;
  }
  const natureCell = org.cell('nature');
  if (natureCell && GOVERNMENT_NATURES.includes(nature)) {
    ctx.report({ sheet: org.sheet.name, cell: natureCell.address, row: natureCell.row, column: org.header('nature'), message: `单位性质为“${nature}”；${rule}` });
  }
}
