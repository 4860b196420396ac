import type { OfficeItem } from '../forms/office';
import { cityOf } from './city';
import { isoDate } from '../model/cell';
import { cite, DATA_QUALITY } from '../sources';
import type { Severity } from '../model/severity';
import { occupationNameKey } from '../rules/shared/occupations';
import { parseDateValue } from '../validate/dates';

/** A problem that only shows across the workbooks an office received. */
export interface CrossFinding {
  rule: string;
  severity: Severity;
  message: string;
  basis: string;
  /** The workbooks involved. */
  files: string[];
}

const orgName = (i: OfficeItem) => i.book.org?.text('orgName') || i.file;

/** The same examiner, expert or supervisor on several organisations' rosters: a sign of 租借资质. */
function sharedPeople(items: readonly OfficeItem[]): CrossFinding[] {
  const seen = new Map<string, { name: string; items: Set<OfficeItem> }>();
  for (const item of items) {
    for (const t of item.book.tables) {
      if (t.kind !== 'examiners' && t.kind !== 'experts' && t.kind !== 'supervisors') continue;
      for (const row of t.rows) {
        // The same 18 characters, however typed; a broken ID is each workbook's own check's business.
        const id = t.text(row, 'idNumber').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
        if (!/^\d{17}[\dX]$/.test(id)) continue;
        const e = seen.get(id) ?? { name: t.text(row, 'name'), items: new Set<OfficeItem>() };
        e.items.add(item);
        seen.set(id, e);
      }
    }
  }
  return [...seen.values()]
    .filter((e) => e.items.size > 1)
    .map((e) => {
      // Only BT names lending one's filing (租借备案资质) as a ground for termination; elsewhere it is a fact to verify.
      const bt = [...e.items].every((i) => i.result.profile.source === 'BT');
      return {
        rule: 'office.shared-person',
        severity: 'warning' as const,
        message: `${e.name} 同时在 ${[...e.items].map(orgName).join('、')} 的考评、专家或督导名册中，${bt ? '疑似租借备案资质' : '请核实其受聘情况'}`,
        basis: bt ? cite('BT', '第十九条（二）1') : DATA_QUALITY,
        files: [...e.items].map((i) => i.file),
      };
    });
}

/** Social organisations per occupation and city above a cap (HA ≤ 3 per jurisdiction, BT ≤ 1 per 师市; both 原则上). */
function caps(items: readonly OfficeItem[]): CrossFinding[] {
  const rules = [
    { prefix: 'ha-social', cap: 3, rule: 'office.ha-social-cap', basis: cite('HA', '二（四）'), where: '辖区' },
    { prefix: 'bt-social', cap: 1, rule: 'office.bt-social-cap', basis: cite('BT', '第七条（二）4'), where: '师市' },
  ];
  const out: CrossFinding[] = [];
  for (const r of rules) {
    const groups = new Map<string, { city: string; occupation: string; items: Set<OfficeItem> }>();
    for (const item of items) {
      if (item.result.profile.id !== r.prefix || item.result.business === '终止备案') continue;
      for (const t of item.book.tablesOf('occupations')) {
        for (const row of t.rows) {
          const occupation = t.text(row, 'occupationName');
          if (!occupation) continue;
          const city = cityOf(item);
          const key = `${city}\u0000${occupationNameKey(occupation)}`;
          const g = groups.get(key) ?? { city, occupation, items: new Set<OfficeItem>() };
          g.items.add(item);
          groups.set(key, g);
        }
      }
    }
    for (const g of groups.values()) {
      if (g.items.size <= r.cap) continue;
      out.push({
        rule: r.rule,
        severity: 'warning',
        message: `${g.city || '同一' + r.where}“${g.occupation}”有 ${g.items.size} 家社会培训评价组织（${[...g.items].map(orgName).join('、')}），原则上不超过 ${r.cap} 家`,
        basis: r.basis,
        files: [...g.items].map((i) => i.file),
      });
    }
  }
  return out;
}

const DAY = 86400000;

/** Filings that expire soon or have expired (HA: apply 60 days ahead; BT: 3 months ahead, else automatic termination). */
function renewalsDue(items: readonly OfficeItem[], today: Date): CrossFinding[] {
  const out: CrossFinding[] = [];
  for (const item of items) {
    const source = item.result.profile.source;
    if (source !== 'HA' && source !== 'BT') continue;
    const until = parseDateValue(item.book.org?.value('validTo') ?? null).date;
    if (!until || item.result.business === '终止备案') continue;
    const days = Math.round((until.getTime() - today.getTime()) / DAY);
    const lead = source === 'HA' ? 60 : 90;
    if (days > lead) continue;
    out.push({
      rule: 'office.renewal-due',
      severity: days < 0 ? 'error' : 'warning',
      message: days < 0 ? `${orgName(item)} 的备案已于 ${isoDate(until)} 到期` : `${orgName(item)} 的备案将于 ${isoDate(until)} 到期（剩 ${days} 天），应在到期前 ${source === 'HA' ? '60 天' : '3 个月'}申请续期`,
      basis: source === 'HA' ? cite('HA', '六（四）1') : cite('BT', '第十条、第十九条（一）1'),
      files: [item.file],
    });
  }
  return out;
}

export function crossWorkbookFindings(items: readonly OfficeItem[], today: Date): CrossFinding[] {
  return [...sharedPeople(items), ...caps(items), ...renewalsDue(items, today)];
}
