import { compareFilings, compareSnapshots, DifferentOrganisations, diffText, filingSnapshot, type FilingDiff } from '../../../src/diff';
import type { CellValue } from '../../../src/model/cell';
import { PROFILES } from '../../../src/profiles/profiles';
import { openWorkbook } from '../../../src/open';
import { templateBuffer } from '../../../src/template';
import { makeBook, type BookSpec } from '../../helpers/book';
import { compliantSpec } from '../../helpers/compliant';
import { validId } from '../../helpers/people';

const copy = (spec: BookSpec): BookSpec => Object.fromEntries(Object.entries(spec).map(([k, rows]) => [k, rows.map((r) => [...r])]));

/** The spec with the cell under `header` in data row `row` (1 = first below the header) set to `value`. */
function setCell(spec: BookSpec, sheet: string, row: number, header: string, value: CellValue): void {
  const col = spec[sheet][0].indexOf(header);
  if (col < 0) throw new Error(`no ${header} on ${sheet}`);
  spec[sheet][row][col] = value;
}

function setItem(spec: BookSpec, item: string, value: CellValue): void {
  const row = spec['机构信息'].find((r) => r[0] === item);
  if (row) row[1] = value;
  else spec['机构信息'].push([item, value]);
}

const group = (d: FilingDiff, id: string) => d.groups.find((g) => g.group === id)!;

const base = () => compliantSpec('ha-employer', '首次备案');

describe('compareFilings', () => {
  it('finds nothing between a filing and itself', () => {
    const d = compareFilings(makeBook(base()), makeBook(base()));
    expect(d.total).toBe(0);
    expect(d.basic).toEqual([]);
    expect(diffText(d)).toContain('没有变化');
  });

  it('lists changed basic information items with the value before and after', () => {
    const after = base();
    setItem(after, '联系人', '赵敏');
    setItem(after, '联系人电话', '13912345678');
    setItem(after, '办公地址', '河南省新乡市红旗区平原路 9 号');
    setItem(after, '申请业务类型', '信息变更');
    const d = compareFilings(makeBook(base()), makeBook(after));
    expect(d.basic.map((c) => [c.label, c.before, c.after])).toEqual([
      ['办公地址', '河南省新乡市红旗区人民路 1 号', '河南省新乡市红旗区平原路 9 号'],
      ['联系人', '李娜', '赵敏'],
      ['联系人电话', '13899127654', '13912345678'],
    ]);
    expect(diffText(d)).toContain('联系人：“李娜” 改为 “赵敏”');
  });

  it('shows a new 法定代表人 and ID number with the number masked, as people are shown', () => {
    const after = base();
    setItem(after, '法定代表人', '赵刚');
    setItem(after, '法定代表人身份证号', validId('19750505', 902, '410702'));
    const d = compareFilings(makeBook(base()), makeBook(after));
    expect(d.basic.map((c) => [c.label, c.before, c.after])).toEqual([
      ['法定代表人', '王建国', '赵刚'],
      ['法定代表人身份证号', '410702********9010', '410702********9024'],
    ]);
    expect(JSON.stringify(d)).not.toContain(validId('19700101', 901, '410702'));
  });

  it('sees no change where an earlier batch’s JSON kept the ID number in full', () => {
    const earlier = filingSnapshot(makeBook(base()));
    earlier.basic.legalRepId = validId('19700101', 901, '410702');
    expect(compareSnapshots(earlier, filingSnapshot(makeBook(base()))).total).toBe(0);
  });

  it('compares a renamed organisation with the same credit code', () => {
    const after = base();
    setItem(after, '单位名称', '示范技能评价集团有限公司');
    const d = compareFilings(makeBook(base()), makeBook(after));
    expect(d.orgName).toEqual({ before: '示范职业技能评价有限公司', after: '示范技能评价集团有限公司' });
    expect(d.basic.map((c) => c.field)).toEqual(['orgName']);
  });

  it('refuses two organisations (different credit codes)', () => {
    const other = compliantSpec('ha-school', '首次备案');
    expect(() => compareFilings(makeBook(base()), makeBook(other))).toThrow(DifferentOrganisations);
    expect(() => compareFilings(makeBook(base()), makeBook(other))).toThrow(/统一社会信用代码不同/);
  });

  it('counts a person whose name was corrected as one change, matched by ID number', () => {
    const after = base();
    setCell(after, '工作人员', 1, '姓名', '周健华');
    const d = compareFilings(makeBook(base()), makeBook(after));
    const staff = group(d, 'staff');
    expect(staff.added).toEqual([]);
    expect(staff.removed).toEqual([]);
    expect(staff.changed).toHaveLength(1);
    expect(staff.changed[0].fields).toEqual([{ field: 'name', label: '姓名', before: '周建华', after: '周健华' }]);
    expect(d.total).toBe(1);
    // The ID number is personal data: a change list shows it masked.
    expect(staff.changed[0].label).toMatch(/^周健华（\d{6}\*+\d{3}[\dX]）$/);
  });

  it('lists people added and removed', () => {
    const after = base();
    after['考评人员'].splice(1, 1);
    after['内部质量督导员'].push([2, '钱进', '410702198001010011', '安全管理', null]);
    const d = compareFilings(makeBook(base()), makeBook(after));
    expect(group(d, 'examiners').removed).toEqual([expect.stringMatching(/^考评员1（/)]);
    expect(group(d, 'supervisors').added).toEqual([expect.stringMatching(/^钱进（/)]);
  });

  it('keeps an occupation renamed to its 大典 (2022年版) name as one change, by its code', () => {
    const before = base();
    setCell(before, '申请职业', 1, '职业名称', '维修电工');
    const d = compareFilings(makeBook(before), makeBook(base()));
    const occ = group(d, 'occupations');
    expect(occ.added).toEqual([]);
    expect(occ.removed).toEqual([]);
    expect(occ.changed).toEqual([{ label: '6-31-01-03 电工', fields: [{ field: 'occupationName', label: '职业名称', before: '维修电工', after: '电工' }], note: '改用《中华人民共和国职业分类大典（2022年版）》名称' }]);
  });

  it('lists occupations added and removed', () => {
    const after = base();
    after['申请职业'][2] = [2, '4-04-05-05', '人工智能训练师', null, '五级至三级', '国标 2018 年版', '先进制造业', 1000, '是', 2024];
    const occ = group(compareFilings(makeBook(base()), makeBook(after)), 'occupations');
    expect(occ.added).toEqual(['4-04-05-05 人工智能训练师']);
    expect(occ.removed).toEqual(['6-18-02-04 焊工']);
  });

  it('lists equipment and question banks added, removed and changed', () => {
    const after = base();
    setCell(after, '设施设备', 2, '数量', 30);
    after['设施设备'].splice(4, 1);
    after['题库'].push(['电工', '6-31-01-03', '二级/技师', 600, 300, 100, 0, 40, 220, 2]);
    setCell(after, '题库', 1, '单选题', 800);
    const d = compareFilings(makeBook(base()), makeBook(after));
    const eq = group(d, 'equipment');
    expect(eq.changed).toEqual([{ label: '电工 电工实训工位', fields: [{ field: 'quantity', label: '数量', before: '20', after: '30' }] }]);
    expect(eq.removed).toEqual(['电工 电工考场监控摄像机']);
    const qb = group(d, 'questionBank');
    expect(qb.added).toEqual(['电工 二级/技师']);
    expect(qb.changed).toEqual([{ label: '电工 五级/初级工', fields: [{ field: 'single', label: '单选题', before: '600', after: '800' }] }]);
    expect(diffText(d)).toMatch(/【场地、设施设备（删除 1 项，变更 1 项）】/);
  });
});

describe('compareFilings on every profile', () => {
  it.each(PROFILES.map((p) => [p.id, p.businessTypes.includes('首次备案') ? '首次备案' : p.businessTypes[0]] as const))('%s: its template is no change from itself, and a filing shows its changes', async (profile, business) => {
    const template = await openWorkbook(await templateBuffer(profile, business));
    expect(compareFilings(template, template).total).toBe(0);
    const before = compliantSpec(profile, business);
    const after = copy(before);
    setItem(after, '联系人电话', '13912345678');
    const people = ['工作人员', '考评人员', '专家队伍'].find((s) => after[s]);
    if (people) setCell(after, people, 1, '姓名', '改名');
    const d = compareFilings(makeBook(before), makeBook(after));
    expect(d.basic.map((c) => c.label)).toEqual(['联系人电话']);
    expect(d.total).toBe(people ? 2 : 1);
  });
});
