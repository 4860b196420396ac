import { CHANGE_FILL, combinedNote, type CellMark } from '../../src/annotate/mark-plan';
import { parseA1 } from '../../src/model/cell';
import type { ChangedCell } from '../../src/diff';
import { entryKey } from './store';

/** The note on a cell changed since the earlier filing: what it held then. */
export function changeNote(c: ChangedCell): string {
  return c.before === null ? '与上次备案相比为新增：上次备案中没有这一行' : `与上次备案相比已变更：原为“${c.before || '（空）'}”`;
}

/**
 * The marks of 标记变更单元格: each changed cell in the change fill with its
 * note. A cell the check marked too keeps its problem's fill and gets both
 * notes, so neither mark hides the other.
 */
export function changeMarks(cells: readonly ChangedCell[], checked: ReadonlyMap<string, CellMark>): CellMark[] {
  const out = new Map<string, CellMark>();
  for (const c of cells) {
    const key = entryKey(c.sheet, c.cell);
    if (out.has(key)) continue;
    const problem = checked.get(key);
    const { row, col } = parseA1(c.cell);
    out.set(key, problem ? { ...problem, note: combinedNote(problem.note, changeNote(c)) } : { sheet: c.sheet, address: c.cell, row, col, severity: 'info', fill: CHANGE_FILL, note: changeNote(c), rules: [] });
  }
  return [...out.values()];
}
