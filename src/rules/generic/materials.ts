import { normaliseLabel } from '../../model/label';
import { MATERIALS_BASIS, requiredMaterials } from '../../materials';
import { basisFrom } from '../../jurisdictions';
import type { Rule } from '../rule';

/** Material names compared without punctuation, book-title marks or brackets. */
function key(s: string): string {
  return normaliseLabel(s).replace(/[《》<>()、,.，。“”"]/g, '');
}

export const materialsPresent: Rule = {
  id: 'materials.missing',
  title: '申请材料未列出或未提供',
  profiles: 'all',
  severity: 'error',
  basis: MATERIALS_BASIS,
  hint: '在“申请材料”表中列出该材料，并在“是否提供”填“是”',
  emits: [
    'materials.not-provided',
    { id: 'materials.on-site', title: '技术评估时备查的材料尚未备齐', severity: 'info', basis: basisFrom((j) => j.genericBasis?.['materials.on-site']) },
  ],
  check(ctx) {
    const table = ctx.book.table('materials');
    if (!table) return;
    const listed = table.rows.map((row) => ({ row, key: key(table.text(row, 'material')) }));
    for (const m of requiredMaterials(ctx.profile.id, ctx.business)) {
      if (!m.required || (m.when && !m.when(ctx.book))) continue;
      const keys = [m.name, ...(m.aliases ?? [])].map(key);
      const hit = listed.find((l) => l.key && keys.some((k) => l.key === k || l.key.includes(k) || (l.key.length >= 4 && k.includes(l.key))));
      const provided = hit ? table.text(hit.row, 'provided') : '';
      if (m.onSite) {
        if (provided === '是') continue;
        ctx.report({
          rule: 'materials.on-site',
          severity: 'info',
          ...(hit ? ctx.at(table, hit.row, 'provided') : { sheet: table.sheet.name }),
          basis: m.basis,
          message: `“${m.name}”不随申请提交，但须在技术评估时备查，请提前备齐`,
          hint: '备齐后在“是否提供”填“是”',
        });
        continue;
      }
      if (!hit) {
        ctx.report({ sheet: table.sheet.name, basis: m.basis, message: `申请材料“${m.name}”未列出` });
        continue;
      }
      if (provided !== '是') {
        ctx.report({
          rule: 'materials.not-provided',
          ...ctx.at(table, hit.row, 'provided'),
          basis: m.basis,
          message: `申请材料“${m.name}”${provided ? `标记为“${provided}”` : '未标记是否提供'}`,
        });
      }
    }
  },
};
