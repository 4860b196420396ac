import { buildDocx, grid, run, text, type GridRow } from '../forms/build/docx';
import { H2, L } from '../forms/build/parts';
import type { FilingDiff } from './compare';
import { diffHeadline } from './text';

/** Changed values print in red, as HA 四（三）2 asks of a 信息变更. */
const RED = 'FF0000';

const cell = (content: string) => ({ content });
const changedCell = (content: string) => ({ raw: true, content: run(content, { color: RED }) });

export const CHANGE_HEAD: GridRow = { header: true, cells: [L('变化'), L('项目'), L('变更前'), L('变更后')] };
export const CHANGE_WIDTHS = [14, 58, 42, 42];

/** Every change as a row, by section: 变化, 项目, 变更前, 变更后 (the later value in red). */
export function changeRows(d: FilingDiff): { title: string; rows: GridRow[] }[] {
  const out: { title: string; rows: GridRow[] }[] = [];
  if (d.basic.length) out.push({ title: '基本信息', rows: d.basic.map((c) => ({ cells: [cell('变更'), cell(c.label), cell(c.before), changedCell(c.after)] })) });
  for (const g of d.groups) {
    const list: GridRow[] = [
      ...g.added.map((x): GridRow => ({ cells: [cell('新增'), cell(x), cell(''), changedCell(x)] })),
      ...g.removed.map((x): GridRow => ({ cells: [cell('删除'), cell(x), cell(x), cell('')] })),
      ...g.changed.flatMap((c) => c.fields.map((f): GridRow => ({ cells: [cell('变更'), cell(`${c.label}：${f.label}${c.note && f.field === 'occupationName' ? `（${c.note}）` : ''}`), cell(f.before), changedCell(f.after)] }))),
    ];
    if (list.length) out.push({ title: g.title, rows: list });
  }
  return out;
}

/** The organisation a change document is about: its name (and former name) and credit code. */
export function identity(d: FilingDiff): string {
  const renamed = d.orgName.before && d.orgName.after && d.orgName.before !== d.orgName.after;
  return (
    text(`单位名称：${d.orgName.after || d.orgName.before}${renamed ? `（原名称：${d.orgName.before}）` : ''}`, { style: 'Note' }) +
    text(`统一社会信用代码：${d.creditCode}`, { style: 'Note' })
  );
}

/** The change list as a Word document: one table per group of changes, 变更前 beside 变更后. */
export function changeListDocx(d: FilingDiff): Uint8Array {
  const sections = changeRows(d);
  return buildDocx(
    '备案信息变更清单',
    text('备案信息变更清单', { style: 'Title' }) +
      identity(d) +
      text(diffHeadline(d), { style: 'Note' }) +
      sections.map((s) => H2(s.title) + grid(CHANGE_WIDTHS, [CHANGE_HEAD, ...s.rows])).join(''),
  );
}
