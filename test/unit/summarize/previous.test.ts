import { compileBatch } from '../../../src/summarize/batch';
import { readEarlierBatch } from '../../../src/summarize/earlier';
import { batchJson } from '../../../src/summarize/json';
import { comparePrevious } from '../../../src/summarize/previous';
import type { BookSpec } from '../../helpers/book';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';

const LAST_YEAR = new Date(Date.UTC(2025, 5, 1));

/** A batch's JSON as `summarize --json` printed it, read back as next year's --previous. */
const earlier = (inbox: Record<string, BookSpec>) =>
  readEarlierBatch(JSON.stringify(batchJson(compileBatch(Object.entries(inbox).map(([f, s]) => submission(f, s)), LAST_YEAR))));

const thisYear = (inbox: Record<string, BookSpec>) => compileBatch(Object.entries(inbox).map(([f, s]) => submission(f, s)), AS_OF);

/** Replaces a cell of a sheet's data row (1 = the first row below the header). */
function set(spec: BookSpec, sheet: string, row: number, header: string, value: string): BookSpec {
  const col = spec[sheet][0].indexOf(header);
  spec[sheet][row][col] = value;
  return spec;
}

describe('comparePrevious', () => {
  it('finds nothing changed in the same organisations and teams, and tallies both years', () => {
    const inbox = { '甲.xlsx': orgSpec('甲', 1, {}, { extra: evaluations(['电工', 40, 30]) }) };
    const p = comparePrevious(thisYear(inbox), earlier(inbox));
    expect(p.asOf).toBe('2025-06-01');
    expect(p.orgs).toEqual([]);
    expect(p.disappeared).toEqual([]);
    expect(p.appeared).toEqual([]);
    expect(p.totals).toEqual({ previous: { orgs: 1, reported: 1, assessed: 40, certified: 30 }, current: { orgs: 1, reported: 1, assessed: 40, certified: 30 } });
  });

  it('an occupation renamed to its new 大典 name is neither dropped nor added, and its evaluations compare year on year', () => {
    const before = set(orgSpec('甲', 1, {}, { extra: evaluations(['维修电工', 40, 30]) }), '申请职业', 1, '职业名称', '维修电工');
    const after = orgSpec('甲', 1, {}, { extra: evaluations(['电工', 50, 45]) });
    const p = comparePrevious(thisYear({ '甲.xlsx': after }), earlier({ '甲.xlsx': before }));
    expect(p.orgs).toEqual([]);
    expect(p.byOccupation.find((o) => o.name === '电工')).toEqual({ name: '电工', previous: { orgs: 1, reported: 1, assessed: 40, certified: 30 }, current: { orgs: 1, reported: 1, assessed: 50, certified: 45 } });
    expect(p.byOccupation.map((o) => o.name)).not.toContain('维修电工');
  });

  it('lists occupations dropped and added, and examiners who left or joined by ID (a renamed examiner is neither)', () => {
    const before = orgSpec('甲', 1);
    const after = orgSpec('甲', 1);
    after['申请职业'] = after['申请职业'].slice(0, 2).concat([[3, '4-04-05-05', '人工智能训练师', '五级至三级', '国家职业技能标准', '是']]);
    // The first examiner's name corrected (same ID), the second replaced by someone else.
    set(after, '考评人员', 1, '姓名', '王改名');
    set(after, '考评人员', 2, '身份证件号', '410702198001015550'.slice(0, 17) + 'X');
    const p = comparePrevious(thisYear({ '甲.xlsx': after }), earlier({ '甲.xlsx': before }));
    expect(p.orgs).toHaveLength(1);
    const c = p.orgs[0];
    expect(c.occupationsAdded).toEqual(['人工智能训练师']);
    expect(c.occupationsDropped).toEqual(['工业机器人系统运维员']);
    expect(c.peopleJoined).toHaveLength(1);
    expect(c.peopleLeft).toHaveLength(1);
    expect(c.peopleJoined[0]).toMatch(/^人员\d+（410702\*{8}\d{3}[\dX]）$/);
    expect([...c.peopleJoined, ...c.peopleLeft].join()).not.toContain('王改名');
  });

  it('names organisations that disappeared and appeared; one that terminated last year is expected to be gone', () => {
    const last = earlier({
      '甲.xlsx': orgSpec('甲', 1),
      '乙.xlsx': orgSpec('乙', 2),
      '丙.xlsx': orgSpec('丙', 3, { 申请业务类型: '终止备案' }),
    });
    const p = comparePrevious(thisYear({ '甲.xlsx': orgSpec('甲', 1), '丁.xlsx': orgSpec('丁', 4) }), last);
    expect(p.disappeared.map((o) => o.org)).toEqual(['乙']);
    expect(p.appeared.map((o) => o.org)).toEqual(['丁']);
    expect(p.byCity).toEqual([{ name: '新乡市', previous: expect.objectContaining({ orgs: 3 }), current: expect.objectContaining({ orgs: 2 }) }]);
  });

  it('keeps no full ID number in the JSON next year reads', () => {
    const text = JSON.stringify(batchJson(thisYear({ '甲.xlsx': orgSpec('甲', 1) })));
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(JSON.parse(text).workbooks[0].people[0].id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });
});
