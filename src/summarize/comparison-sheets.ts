import { isoDay } from '../model/cell';
import { diffHeadline, diffSections } from '../diff/text';
import type { Batch } from './batch';
import type { FilingChange } from './changes';
import { orgChangeLists, type PreviousComparison, type YearOnYear } from './previous';
import type { Column, Value } from './results-workbook';
import type { RegisterComparison, UnfiledOrg } from './unfiled';
import { certifiedRate, shownCount, yearsNote } from './tally';

/** A sheet of the results workbook: its name, columns and rows. */
export interface SheetTable {
  name: string;
  columns: Column[];
  rows: Value[][];
}

const orNull = (s: string): string | null => s || null;

/** What became of a register row, in the office's words. */
export function unfiledState(u: UnfiledOrg): string {
  if (u.status === 'lapsed') return `备案已于 ${u.row.validTo} 到期（已过 ${-u.daysLeft} 天），未收到续期申请`;
  return `备案将于 ${u.row.validTo} 到期（剩 ${u.daysLeft} 天），未收到续期申请`;
}

function registerTables(r: RegisterComparison): SheetTable[] {
  const unfiled: SheetTable = {
    name: '未报送',
    columns: [
      { header: '序号' },
      { header: '名单行号' },
      { header: '所属' },
      { header: '地市/师市' },
      { header: '机构名称' },
      { header: '统一社会信用代码', text: true },
      { header: '备案号', text: true },
      { header: '有效期止', date: true },
      { header: '剩余天数' },
      { header: '情况' },
      { header: '已报送的其他业务' },
      { header: '联系人' },
      { header: '联系电话', text: true },
      { header: '依据' },
    ],
    rows: [
      ...r.unfiled.map((u, i): Value[] => [
        i + 1,
        u.row.row,
        orNull(u.area),
        orNull(u.row.city),
        orNull(u.row.name),
        orNull(u.row.creditCode),
        orNull(u.row.filingNo),
        isoDay(u.row.validTo) ?? u.row.validTo,
        u.daysLeft,
        unfiledState(u),
        orNull(u.sent.join('、')),
        orNull(u.row.contact),
        orNull(u.row.phone),
        orNull(u.basis),
      ]),
      ...r.undated.map((row, i): Value[] => [
        r.unfiled.length + i + 1,
        row.row,
        null,
        orNull(row.city),
        orNull(row.name),
        orNull(row.creditCode),
        orNull(row.filingNo),
        orNull(row.validTo),
        null,
        '有效期止不是日期，无法判断是否应续期，请核对名单',
        null,
        orNull(row.contact),
        orNull(row.phone),
        null,
      ]),
    ],
  };
  const unregistered: SheetTable = {
    name: '名单外报送',
    columns: [{ header: '序号' }, { header: '文件' }, { header: '机构名称' }, { header: '统一社会信用代码', text: true }, { header: '备案号', text: true }, { header: '地市/师市' }, { header: '申请业务类型' }, { header: '说明' }],
    rows: r.unregistered.map((u, i) => [
      i + 1,
      u.file,
      orNull(u.org),
      orNull(u.creditCode),
      orNull(u.filingNo),
      orNull(u.city),
      u.business,
      `已备案机构名单中没有此机构（按统一社会信用代码、备案号、机构名称均未找到），而${u.business}以已有备案为前提，请核对名单或其备案号`,
    ]),
  };
  return [unfiled, unregistered];
}

/** The change from one year to the next, only where both years gave evaluation data. */
const change = (y: YearOnYear, key: 'assessed' | 'certified') => (y.previous.reported && y.current.reported ? y.current[key] - y.previous[key] : null);

function yearRows(list: readonly YearOnYear[]): Value[][] {
  return list.map((y) => [
    y.name,
    y.previous.orgs,
    y.current.orgs,
    shownCount(y.previous, 'assessed'),
    shownCount(y.current, 'assessed'),
    change(y, 'assessed'),
    shownCount(y.previous, 'certified'),
    shownCount(y.current, 'certified'),
    change(y, 'certified'),
    certifiedRate(y.previous),
    certifiedRate(y.current),
    yearsNote(y.previous, y.current) || null,
  ]);
}

function yearColumns(first: string): Column[] {
  return [
    { header: first },
    { header: '上次机构数' },
    { header: '本次机构数' },
    { header: '上次评价人次', count: true },
    { header: '本次评价人次', count: true },
    { header: '评价人次增减' },
    { header: '上次取证人次', count: true },
    { header: '本次取证人次', count: true },
    { header: '取证人次增减' },
    { header: '上次取证率', percent: true },
    { header: '本次取证率', percent: true },
    { header: '说明' },
  ];
}

function previousTables(p: PreviousComparison): SheetTable[] {
  const changes: Value[][] = [
    ...p.orgs.flatMap((o) => orgChangeLists(o).map((c): Value[] => [orNull(o.org), orNull(o.creditCode), orNull(o.city), c.what, c.names.length, c.names.join('、')])),
    ...p.disappeared.map((o): Value[] => [orNull(o.org), orNull(o.creditCode), orNull(o.city), '本次未报送', null, `上次为${o.business}，备案号 ${o.filingNo || '未填报'}，有效期止 ${o.validTo || '未填报'}`]),
    ...p.appeared.map((o): Value[] => [orNull(o.org), orNull(o.creditCode), orNull(o.city), '上次没有的机构', null, `本次为${o.business}`]),
  ];
  return [
    {
      name: '与上次比较',
      columns: [{ header: '机构名称' }, { header: '统一社会信用代码', text: true }, { header: '地市/师市' }, { header: '变化' }, { header: '数量' }, { header: '明细' }],
      rows: changes,
    },
    { name: '职业同比', columns: yearColumns('职业（工种）'), rows: yearRows(p.byOccupation) },
    { name: '地市同比', columns: yearColumns('地市/师市'), rows: yearRows(p.byCity) },
  ];
}

/** One row per change and per disagreement with a 信息变更's 变更前, each naming both files. */
function changeTable(changes: readonly FilingChange[]): SheetTable {
  return {
    name: '备案变化',
    columns: [{ header: '文件' }, { header: '机构名称' }, { header: '申请业务类型' }, { header: '比较对象' }, { header: '类别' }, { header: '变化' }],
    rows: changes.flatMap((c) => {
      const against = c.earlier.batch ? `上次汇总（${c.earlier.batch}）中的 ${c.earlier.file}（${c.earlier.business}）` : `${c.earlier.file}（${c.earlier.business}）`;
      const head = [c.file, c.org, c.business, against];
      return [
        ...c.checks.map((x): Value[] => [...head, '变更前核对', x]),
        ...diffSections(c.diff).flatMap((s) => s.lines.map((l): Value[] => [...head, s.title, l])),
        ...(c.diff.total ? [] : [[...head, '无变化', diffHeadline(c.diff)]]),
      ];
    }),
  };
}

/** The sheets a register, an earlier batch and filings with an earlier one add to the results workbook. */
export function comparisonTables(batch: Batch): SheetTable[] {
  return [
    ...(batch.changes?.length ? [changeTable(batch.changes)] : []),
    ...(batch.register ? registerTables(batch.register) : []),
    ...(batch.previous ? previousTables(batch.previous) : []),
  ];
}
