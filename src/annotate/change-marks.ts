import { parseA1 } from '../model/cell';
import type { ChangedCell } from '../diff/compare';
import { CHANGE_FILL, combinedNote, marksByKey, type CellMark, type MarkPlan } from './mark-plan';
import { entryKey } from './restore-data';

/**
 * What a change mark is (与上次备案比较 → 标记变更单元格), on every host: the
 * open workbook in Excel and WPS, and the copy file mode downloads. A cell
 * changed since the earlier filing gets the change fill and a note with what
 * it held then; a cell the check marked too keeps its problem's fill and
 * gets both notes, so neither mark hides the other. Change marks are kept in
 * the restore data like the check's, so 清除标记 and the next check take
 * them off.
 */

/** The note on a cell changed since the earlier filing: what it held then. */
export function changeNote(c: ChangedCell): string {
  return c.before === null ? '与上次备案相比为新增：上次备案中没有这一行' : `与上次备案相比已变更：原为“${c.before || '（空）'}”`;
}

/** The change marks of `cells`, over the check's marks (keyed "sheet!A1", as {@link marksByKey} gives them); one per cell. */
export function changeMarks(cells: readonly ChangedCell[], checked: ReadonlyMap<string, CellMark>): CellMark[] {
  const out = new Map<string, CellMark>();
  for (const c of cells) {
    const address = c.cell.replace(/\$/g, '').toUpperCase();
    const key = entryKey(c.sheet, address);
    if (out.has(key)) continue;
    const problem = checked.get(key);
    const { row, col } = parseA1(address);
    out.set(key, problem ? { ...problem, note: combinedNote(problem.note, changeNote(c)) } : { sheet: c.sheet, address, row, col, severity: 'info', fill: CHANGE_FILL, note: changeNote(c), rules: [] });
  }
  return [...out.values()];
}

/**
 * The plan with the change marks in it: a checked cell's mark replaced by
 * its merged one, the other changed cells added. `sheetNames` are the
 * workbook's sheets in tab order; a change on a sheet it lacks marks nothing.
 * The results sheet stays the check's.
 */
export function withChanges(plan: MarkPlan, cells: readonly ChangedCell[], sheetNames: readonly string[]): MarkPlan {
  const present = new Set(sheetNames);
  const marks = marksByKey(plan);
  for (const m of changeMarks(cells.filter((c) => present.has(c.sheet)), marks)) marks.set(entryKey(m.sheet, m.address), m);
  const bySheet = new Map<string, CellMark[]>();
  for (const m of marks.values()) {
    const list = bySheet.get(m.sheet);
    if (list) list.push(m);
    else bySheet.set(m.sheet, [m]);
  }
  const sheets = sheetNames.filter((name) => bySheet.has(name)).map((sheet) => ({ sheet, marks: bySheet.get(sheet)!.sort((a, b) => a.row - b.row || a.col - b.col) }));
  return { sheets, result: plan.result };
}
