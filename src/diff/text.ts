import type { FieldChange, FilingDiff, GroupDiff, RowChange } from './compare';

/** A value as a change list prints it: quoted, or said to be empty. */
const shown = (s: string) => (s ? `“${s}”` : '（空）');

export const changeText = (c: FieldChange) => `${c.label}：${shown(c.before)} 改为 ${shown(c.after)}`;

export const rowText = (c: RowChange) => `${c.label}：${c.fields.map(changeText).join('；')}${c.note ? `（${c.note}）` : ''}`;

/** A group's counts in one phrase: 新增 2 个，删除 1 个. */
export function groupCounts(g: GroupDiff): string {
  const parts = [g.added.length && `新增 ${g.added.length} 项`, g.removed.length && `删除 ${g.removed.length} 项`, g.changed.length && `变更 ${g.changed.length} 项`].filter(Boolean);
  return parts.length ? parts.join('，') : '无变化';
}

/** One section of the change list: its title and its lines. */
export interface Section {
  title: string;
  lines: string[];
}

/** The change list in sections, groups without changes left out. */
export function diffSections(d: FilingDiff): Section[] {
  const out: Section[] = [];
  if (d.basic.length) out.push({ title: `基本信息（变更 ${d.basic.length} 项）`, lines: d.basic.map(changeText) });
  for (const g of d.groups) {
    const lines = [...g.added.map((x) => `新增：${x}`), ...g.removed.map((x) => `删除：${x}`), ...g.changed.map((c) => `变更：${rowText(c)}`)];
    if (lines.length) out.push({ title: `${g.title}（${groupCounts(g)}）`, lines });
  }
  return out;
}

/** The heading line: which organisation, and how many changes. */
export function diffHeadline(d: FilingDiff): string {
  const name = d.orgName.after || d.orgName.before || '（未填单位名称）';
  return d.total ? `${name}：与上次备案相比共有 ${d.total} 项变化` : `${name}：与上次备案相比没有变化`;
}

/** The change list as terminal text. */
export function diffText(d: FilingDiff): string {
  const sections = diffSections(d);
  return [diffHeadline(d), ...sections.flatMap((s) => [``, `【${s.title}】`, ...s.lines.map((l) => `  ${l}`)])].join('\n') + '\n';
}
