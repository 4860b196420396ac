import { buildDocx, grid, text, type GridRow } from '../forms/build/docx';
import { H1, H2, L, T } from '../forms/build/parts';
import { joinDocx } from '../render/join';
import type { Batch } from './batch';
import type { FilingChange } from './changes';
import { orgChangeLists, type PreviousComparison, type YearOnYear } from './previous';
import type { RegisterComparison } from './unfiled';
import { shownCount, yearTotals, yearsNote } from './tally';

const head = (...labels: string[]): GridRow => ({ header: true, cells: labels.map((l) => L(l)) });
const row = (...cells: (string | number)[]): GridRow => ({ cells: cells.map((c) => T(String(c), 1, typeof c === 'number' ? 'center' : 'left')) });
const note = (s: string) => text(s, { style: 'Note' });

const YEAR_WIDTHS = [28, 14, 14, 16, 16, 16, 16, 36];

/** A count as the table prints it, centred like a number: a dash where no organisation is counted, 未填报 where none gave the data. */
const count = (v: number | string | null) => T(String(v ?? '—'), 1, 'center');

function yearTable(first: string, list: readonly YearOnYear[]): string {
  if (!list.length) return note('无。');
  return grid(YEAR_WIDTHS, [
    head(first, '上次机构数', '本次机构数', '上次评价人次', '本次评价人次', '上次取证人次', '本次取证人次', '说明'),
    ...list.map((y) => ({
      cells: [
        T(y.name),
        count(y.previous.orgs),
        count(y.current.orgs),
        ...(['assessed', 'certified'] as const).flatMap((key) => [count(shownCount(y.previous, key)), count(shownCount(y.current, key))]),
        T(yearsNote(y.previous, y.current)),
      ],
    })),
  ]);
}

function previousPart(p: PreviousComparison): string {
  const t = p.totals;
  const orgsTable = (list: PreviousComparison['disappeared']) =>
    list.length ? grid([46, 50, 30, 30], [head('机构名称', '统一社会信用代码', '地市/师市', '申请业务类型'), ...list.map((o) => row(o.org, o.creditCode, o.city, o.business))]) : note('无。');
  const changes = p.orgs.flatMap((o) => orgChangeLists(o).map((c) => row(o.org, c.what, c.names.join('、'))));
  return (
    H1('一、与上次汇总比较') +
    note(`上次汇总日期为 ${p.asOf}。机构 ${t.previous.orgs} 家 → ${t.current.orgs} 家，${yearTotals(t.previous, t.current)}。`) +
    H2('（一）按地市/师市') +
    yearTable('地市/师市', p.byCity) +
    H2('（二）按职业（工种）') +
    yearTable('职业（工种）', p.byOccupation) +
    H2('（三）上次汇总中有、本次未报送的机构') +
    orgsTable(p.disappeared) +
    H2('（四）本次新出现的机构') +
    orgsTable(p.appeared) +
    H2('（五）职业（工种）和考评、专家、督导人员的变化') +
    (changes.length ? grid([46, 34, 76], [head('机构名称', '变化', '明细'), ...changes]) : note('无。'))
  );
}

function changesPart(changes: readonly FilingChange[], n: string): string {
  return (
    H1(`${n}、同一机构前后两次备案的变化`) +
    note('逐项变化见结果工作簿“备案变化”工作表。信息变更按其“变更前”列核对。') +
    grid([40, 42, 42, 12, 20], [
      head('机构名称', '本次文件', '比较对象', '变化项数', '变更前核对'),
      ...changes.map((c) => row(c.org, `${c.file}（${c.business}）`, `${c.earlier.batch ? `上次汇总 ` : ''}${c.earlier.file}（${c.earlier.business}）`, c.diff.total, c.business === '信息变更' ? (c.checks.length ? c.checks.join('；') : '一致') : '—')),
    ])
  );
}

function registerPart(r: RegisterComparison, n: string): string {
  const due = r.unfiled.filter((u) => u.status === 'due').length;
  return (
    H1(`${n}、已备案机构名单核对`) +
    note(
      `已备案机构名单共 ${r.registered} 家：备案即将到期而未报送续期申请 ${due} 家，备案已到期仍未申请续期 ${r.unfiled.length - due} 家，` +
        `有效期止无法识别 ${r.undated.length} 家；名单外机构报送的续期、变更、增量或终止备案 ${r.unregistered.length} 份。名单及联系人见未续期机构名单和结果工作簿“未报送”“名单外报送”工作表。`,
    )
  );
}

const NUMBERS = ['一', '二', '三'];

/** The report's annex on the register, the earlier batch and the filings with an earlier one; undefined when the batch has none. */
export function comparisonAnnex(batch: Batch): Uint8Array | undefined {
  const parts: ((n: string) => string)[] = [];
  if (batch.previous) parts.push(() => previousPart(batch.previous!));
  if (batch.changes?.length) parts.push((n) => changesPart(batch.changes!, n));
  if (batch.register) parts.push((n) => registerPart(batch.register!, n));
  if (!parts.length) return undefined;
  return buildDocx('附：比较情况', text('附：比较情况', { style: 'Title' }) + parts.map((p, i) => p(NUMBERS[i])).join(''));
}

/** The office report with the annex after it, when there is one. */
export function withComparisonAnnex(report: Uint8Array, batch: Batch): Uint8Array {
  const annex = comparisonAnnex(batch);
  return annex ? joinDocx([report, annex]) : report;
}
