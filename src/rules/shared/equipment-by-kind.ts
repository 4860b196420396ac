import type { Table } from '../../model/table';
import type { RuleContext } from '../rule';
import { readCount } from '../../filing/counts';
import { AppliedOccupation, rowsByOccupation } from './occupations';

/** What a 设施设备 row is, from its 类别 as clerks write it ("视频监控设备" is monitoring, not a device). */
export type EquipmentKind = 'site' | 'device' | 'video';

export function equipmentKind(category: string): EquipmentKind | undefined {
  const s = category.normalize('NFKC');
  if (/监控/.test(s)) return 'video';
  if (/场地|场所|考场/.test(s)) return 'site';
  if (/设备|设施|工量具|工具|量具|仪器/.test(s)) return 'device';
  return undefined;
}

/** The rows of one kind listed for an occupation, across every 设施设备 table. */
export interface EquipmentTally {
  /** Rows that count: quantity above 0, or left empty (the required-cell check reports that). */
  counted: number;
  /** 数量 cells holding 0. */
  zero: string[];
  /** 数量 cells that are not counts. */
  unreadable: string[];
  /** The first table, where a sheet-level finding points. */
  table: Table;
}

export function equipmentTally(ctx: RuleContext, occupation: AppliedOccupation, kind: EquipmentKind): EquipmentTally | undefined {
  const tables = ctx.book.tablesOf('equipment').filter((t) => t.has('category'));
  if (!tables.length) return undefined;
  const tally: EquipmentTally = { counted: 0, zero: [], unreadable: [], table: tables[0] };
  for (const t of tables) {
    for (const row of rowsByOccupation(ctx, t).groups.get(occupation) ?? []) {
      if (equipmentKind(t.text(row, 'category')) !== kind) continue;
      const q = readCount(t, row, 'quantity');
      if (q.unreadable) tally.unreadable.push(q.unreadable);
      else if (!q.empty && q.n === 0) tally.zero.push(t.address(row, 'quantity')!);
      else tally.counted++;
    }
  }
  return tally;
}

/** "（F7 数量为 0；F9 数量无法识别，未计入）", or ''. */
export function equipmentNote(t: EquipmentTally): string {
  const parts = [
    t.zero.length ? `${t.zero.join('、')} 数量为 0` : '',
    t.unreadable.length ? `${t.unreadable.join('、')} 数量无法识别` : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('；')}，未计入）` : '';
}
