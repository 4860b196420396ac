import type { BusinessType, OrgKey } from '../../model/schema';
import type { ProfileId } from '../../profiles/profiles';
import type { Rule, RuleContext } from '../rule';
import type { Basis } from '../basis';

export interface Declaration {
  /** Org field the clerk answers 是/否 (see the declaration items of 机构信息 in the schema). */
  key: OrgKey;
  /** The answer that bars the application. */
  bars: '是' | '否';
  /** Only for these 单位性质 (e.g. 年审 for social organisations); absent means every applicant. */
  natures?: readonly string[];
  /** The situation as the document words it. */
  situation: string;
}

function applies(ctx: RuleContext, d: Declaration): boolean {
  if (!d.natures) return true;
  const nature = ctx.book.org?.text('nature') ?? '';
  return d.natures.includes(nature);
}

/**
 * A prohibited situation the workbook declares on 机构信息. 是 where the
 * document forbids it is an error at that cell; a missing answer is a
 * warning, since the office will ask.
 */
export function declarationRule(opts: {
  id: string;
  title: string;
  profiles: readonly ProfileId[];
  basis: Basis;
  declarations: readonly Declaration[];
  /** Defaults to the applications that open or extend a filing. */
  business?: readonly BusinessType[];
  hint?: string;
  /** What the situation means for the application; "不得申请备案" unless said. */
  consequence?: string;
}): Rule {
  return {
    id: opts.id,
    title: opts.title,
    profiles: opts.profiles,
    business: opts.business ?? ['首次备案', '增量备案', '备案续期'],
    severity: 'error',
    basis: opts.basis,
    hint: opts.hint ?? '如实填写“机构信息”中的声明事项；存在禁止性情形的不能申报',
    check(ctx) {
      const org = ctx.book.org;
      if (!org) return;
      const unanswered: string[] = [];
      for (const d of opts.declarations) {
        if (!applies(ctx, d)) continue;
        const answer = org.text(d.key);
        const label = org.header(d.key);
        const c = org.cell(d.key);
        if (!answer || !c) {
          unanswered.push(label);
          continue;
        }
        if (answer === d.bars) {
          ctx.report({
            sheet: org.sheet.name,
            cell: c.address,
            row: c.row,
            column: label,
            message: `“${label}”填写为“${answer}”：${d.situation}，${opts.consequence ?? '不得申请备案'}`,
          });
        }
      }
      if (unanswered.length) {
        ctx.report({
          severity: 'warning',
          sheet: org.sheet.name,
          message: `“${org.sheet.name}”未填写声明事项：${unanswered.join('、')}`,
          hint: '逐项填写“是”或“否”（模板工作簿的机构信息表已列出这些事项）',
        });
      }
    },
  };
}
