import { validateCount } from '../validate/counts';
import type { Fixer, FixSite } from './fix';
import type { FieldKey } from '../model/schema';

function count(site: FixSite, field: FieldKey): number | undefined {
  const r = site.table?.has(field) ? validateCount(site.table.value(site.row, field)) : undefined;
  return r?.ok && typeof r.value === 'number' ? r.value : undefined;
}

/** The share as written in the workbook: a fraction with a % format, or percentage points in a cell that holds them. */
export const fixRate: Fixer = (site) => {
  const a = count(site, 'assessedTotal');
  const c = count(site, 'certifiedTotal');
  if (a === undefined || c === undefined || a === 0) return undefined;
  const fraction = Math.round((c / a) * 1e6) / 1e6;
  const reason = `获证率按取证总计 ${c} ÷ 认定总计 ${a} 计算`;
  const { value, numFmt } = site;
  if (typeof value === 'number' && value > 1 && !numFmt?.includes('%')) {
    return { after: { kind: 'number', number: Math.round((c / a) * 1e4) / 1e2 }, reason };
  }
  // A number keeps its own format; a rate typed as text gets a percentage format.
  return { after: typeof value === 'number' ? { kind: 'number', number: fraction } : { kind: 'number', number: fraction, format: '0.0%' }, reason };
};
