import { firstOpen, groupFindings, spokenName, step, walkOrder } from '../../../../addin/taskpane/components/finding-groups';
import type { Finding } from '../../../../src/rules/finding';

/** The findings list's shape: one entry per rule and sheet, errors first, 上一个/下一个 from where the clerk is. */

const f = (sheet: string | null, cell: string | null, rule: string, severity: Finding['severity'] = 'error', message = `${cell} 有误`): Finding => ({
  rule,
  severity,
  sheet,
  cell,
  row: cell ? Number(cell.replace(/\D/g, '')) : null,
  column: cell ? '身份证件号' : null,
  message,
  basis: 'GB 11643-1999',
  hint: '核对证件号码',
});

const ids = Array.from({ length: 400 }, (_, i) => f('考评员名册', `C${i + 5}`, 'id.checksum'));
const view = {
  sheets: ['机构信息', '申请职业', '考评员名册'],
  findings: [f('申请职业', 'B3', 'occupation.format', 'warning'), ...ids, f('考评员名册', 'E9', 'cell.vocabulary', 'warning'), f(null, null, 'sheet.missing', 'error', '缺少工作表“题库”')],
  summary: { errors: 402, warnings: 2, infos: 0 },
};
const ALL = { error: true, warning: true, info: true };

describe('findings grouped for the pane', () => {
  it('400 bad IDs are one entry with its count, 依据 and 建议 once', () => {
    const groups = groupFindings(view);
    const roster = groups.find((g) => g.sheet === '考评员名册')!;
    expect(roster.rules.map((r) => [r.rule, r.findings.length])).toEqual([
      ['id.checksum', 400],
      ['cell.vocabulary', 1],
    ]);
    expect(roster.rules[0]).toMatchObject({ title: '身份证件号', basis: 'GB 11643-1999', hint: '核对证件号码' });
    expect(roster.counts).toEqual({ error: 400, warning: 1, info: 0 });
  });

  it('a rule in several columns is titled by its columns, not by one cell’s message', () => {
    const date = (cell: string, column: string, value: string): Finding => ({ ...f('考评人员', cell, 'date.text', 'warning', `日期“${value}”以文本形式填写`), column });
    const [sheet] = groupFindings({ sheets: ['考评人员'], findings: [date('M3', '聘用协议起', '2024.1.1'), date('O3', '担任考评员起始日期', '2016年3月1日'), date('O4', '担任考评员起始日期', '2017.1.1')], summary: { errors: 0, warnings: 3, infos: 0 } });
    expect(sheet.rules.map((r) => r.title)).toEqual(['聘用协议起、担任考评员起始日期']);
  });

  it('opens the first group with errors on arrival, not the first sheet; filtering to warnings opens the first with warnings', () => {
    const groups = groupFindings(view);
    expect(groups.map((g) => g.title)).toEqual(['整个工作簿', '申请职业', '考评员名册']);
    expect(firstOpen(groups.slice(1), ALL)).toBe('考评员名册');
    expect(firstOpen(groups.slice(1), { error: false, warning: true, info: false })).toBe('申请职业');
  });

  it('上一个/下一个 go cell by cell from the active cell, and wrap around', () => {
    const order = walkOrder(groupFindings(view), ALL, view.sheets);
    expect(order).toHaveLength(402);
    expect(step(order, view.sheets, { sheet: '考评员名册', cell: 'C7' }, 1)!.cell).toBe('C8');
    expect(step(order, view.sheets, { sheet: '考评员名册', cell: 'A9' }, 1)!.cell).toBe('C9');
    expect(step(order, view.sheets, { sheet: '考评员名册', cell: 'C9' }, 1)!.cell).toBe('E9');
    expect(step(order, view.sheets, { sheet: '考评员名册', cell: 'C5' }, -1)).toMatchObject({ sheet: '申请职业', cell: 'B3' });
    expect(step(order, view.sheets, { sheet: '申请职业', cell: 'B3' }, -1)!.cell).toBe('C404');
    expect(step(order, view.sheets, null, 1)).toMatchObject({ sheet: '申请职业', cell: 'B3' });
    // Only the severities shown are walked.
    expect(walkOrder(groupFindings(view), { error: false, warning: true, info: false }, view.sheets).map((x) => x.cell)).toEqual(['B3', 'E9']);
  });

  it("a finding's accessible name has separators: cell, column, message, basis", () => {
    expect(spokenName(ids[0], true)).toBe('C5，身份证件号，C5 有误，依据：GB 11643-1999');
  });
});
