import type { CellValue } from '../../../src/model/cell';
import { compileBatch } from '../../../src/summarize/batch';
import { filingChanges } from '../../../src/summarize/changes';
import { readEarlierBatch } from '../../../src/summarize/earlier';
import { batchJson } from '../../../src/summarize/json';
import type { BookSpec } from '../../helpers/book';
import { orgSpec, submission } from '../../helpers/batch';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** 甲's filing of a business on a day, with items changed ([value] or [value, 变更前]). */
function filing(business: string, applied: Date, items: Record<string, [CellValue, CellValue?]> = {}): BookSpec {
  const spec = orgSpec('甲', 1, { 申请业务类型: business, 申请日期: applied });
  for (const [item, [value, before]] of Object.entries(items)) {
    const row = spec['机构信息'].find((r) => r[0] === item)!;
    row[1] = value;
    if (before !== undefined) row[2] = before;
  }
  return spec;
}

function set(spec: BookSpec, sheet: string, row: number, header: string, value: CellValue): BookSpec {
  spec[sheet][row][spec[sheet][0].indexOf(header)] = value;
  return spec;
}

const inbox = (files: Record<string, BookSpec>) => Object.entries(files).map(([f, s]) => submission(f, s));

describe('filingChanges', () => {
  it('a 信息变更 after an earlier filing in the inbox lists what changed and agrees with its 变更前', () => {
    const subs = inbox({
      '甲-变更.xlsx': filing('信息变更', day(2026, 5, 1), { 联系人: ['赵敏', '李娜'] }),
      '甲-续期.xlsx': filing('备案续期', day(2026, 3, 1)),
    });
    const [c, ...rest] = filingChanges(subs);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ file: '甲-变更.xlsx', business: '信息变更', earlier: { file: '甲-续期.xlsx', business: '备案续期' }, checks: [] });
    expect(c.diff.basic.map((x) => [x.label, x.before, x.after])).toEqual([['联系人', '李娜', '赵敏']]);
    expect(c.diff.total).toBe(1);
  });

  it('checks a 信息变更 against what it claims: a wrong 变更前, a claim without a change, a change without a claim', () => {
    const subs = inbox({
      '甲-续期.xlsx': filing('备案续期', day(2026, 3, 1)),
      '甲-变更.xlsx': filing('信息变更', day(2026, 5, 1), { 联系人: ['赵敏', '王五'], 法定代表人: ['王建国', '王建国'], 联系人电话: ['13900000000'] }),
    });
    expect(filingChanges(subs)[0].checks).toEqual([
      '法定代表人：填写了变更前，但与上次备案相同，没有变化',
      '联系人：变更前填写“王五”，上次备案为“李娜”',
      '联系人电话：与上次备案不同（“13837312345” 改为 “13900000000”），但未在变更前列填写',
    ]);
  });

  it('a person renamed (same ID) is one change; two businesses filed on one day are not compared with each other', () => {
    const later = set(filing('信息变更', day(2026, 5, 1)), '考评人员', 1, '姓名', '人员改名');
    const subs = inbox({ '甲-续期.xlsx': filing('备案续期', day(2026, 3, 1)), '甲-增量.xlsx': filing('增量备案', day(2026, 3, 1)), '甲-变更.xlsx': later });
    const changes = filingChanges(subs);
    expect(changes.map((c) => [c.file, c.earlier.file])).toEqual([['甲-变更.xlsx', '甲-增量.xlsx']]);
    const examiners = changes[0].diff.groups.find((g) => g.group === 'examiners')!;
    expect([examiners.added, examiners.removed, examiners.changed.length]).toEqual([[], [], 1]);
    expect(changes[0].diff.total).toBe(1);
  });

  it('compares with the earlier batch: an occupation renamed to its new 大典 name is one change, noted', () => {
    const old = set(filing('首次备案', day(2025, 3, 1)), '申请职业', 1, '职业名称', '维修电工');
    const last = readEarlierBatch(JSON.stringify(batchJson(compileBatch(inbox({ '去年/甲.xlsx': old }), day(2025, 6, 1)))));
    const [c] = filingChanges(inbox({ '甲.xlsx': filing('备案续期', day(2026, 3, 1)) }), last);
    expect(c.earlier).toEqual({ file: '去年/甲.xlsx', business: '首次备案', batch: '2025-06-01' });
    const occ = c.diff.groups.find((g) => g.group === 'occupations')!;
    expect(occ.changed).toEqual([expect.objectContaining({ note: '改用《中华人民共和国职业分类大典（2022年版）》名称' })]);
    expect(c.diff.total).toBe(1);
  });
});
