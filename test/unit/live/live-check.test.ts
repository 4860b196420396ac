import { checkBook } from '../../../src/check';
import type { CellValue } from '../../../src/model/cell';
import type { Workbook } from '../../../src/model/workbook';
import { PROFILES } from '../../../src/profiles/profiles';
import { recognise } from '../../../src/recognise/recognise';
import { LiveCheck, type SheetEdit } from '../../../src/live/live-check';
import { rng } from '../../../src/sample/sample-workbook';
import { makeModel } from '../../helpers/book';
import { asClerk, compliantSpec, TODAY } from '../../helpers/compliant';
import { badCheckId, validId } from '../../helpers/people';

/**
 * The live check a host keeps while the clerk edits: after any edit its
 * findings are exactly a fresh check's, and it re-runs only the rules that
 * read an edited column.
 */

const fresh = (wb: Workbook) => checkBook(recognise(wb), { today: TODAY }).findings;

/** Values a clerk might type: the cell emptied, another row's value, an ID with a wrong check digit, a total or footer label, text in a number column. */
function typed(wb: Workbook, sheet: string, row: number, col: number, next: () => number): CellValue {
  const s = wb.sheet(sheet)!;
  const v = s.value(row, col);
  const other = s.value(1 + Math.floor(next() * s.rowCount), col);
  const choices: CellValue[] = [null, other, '合计', '注：以上人员均为专职', '三级', 'abc', 12, typeof v === 'string' && /^\d{17}[\dX]$/.test(v) ? badCheckId(v) : '110101199001011234'];
  return choices[Math.floor(next() * choices.length)];
}

function randomEdits(wb: Workbook, next: () => number): SheetEdit[] {
  // 机构信息 names the profile: its edits are the last test's.
  const sheets = wb.sheets.filter((s) => s.rowCount > 1 && s.name !== '机构信息' && s.name !== '基本情况');
  const s = sheets[Math.floor(next() * sheets.length)];
  const row = 1 + Math.floor(next() * (s.rowCount + 1));
  const col = 1 + Math.floor(next() * s.colCount);
  s.update(row, col, typed(wb, s.name, row, col, next));
  return [{ sheet: s.name, rect: { r1: row, c1: col, r2: row, c2: col } }];
}

describe('live check', () => {
  for (const p of PROFILES) {
    for (const clerk of [false, true]) {
      it(`equals a fresh check after each of 40 random edits (${p.id}${clerk ? ', clerk layout' : ''})`, () => {
        const spec = compliantSpec(p.id, p.businessTypes[0]);
        const wb = makeModel(clerk ? asClerk(spec) : spec);
        const live = new LiveCheck(wb, { today: TODAY });
        expect(live.result.findings).toEqual(fresh(wb));
        const next = rng(p.id.length * 31 + (clerk ? 7 : 0));
        for (let i = 0; i < 40; i++) {
          const edits = randomEdits(wb, next);
          expect({ edits, findings: live.update(edits).findings }).toEqual({ edits, findings: fresh(wb) });
        }
      });
    }
  }

  it('re-runs only the rules that read the edited column', () => {
    const wb = makeModel(compliantSpec('ha-social', '首次备案'));
    const live = new LiveCheck(wb, { today: TODAY });
    const roster = wb.sheet('考评人员')!;
    const header = roster.rowValues(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const at = (h: string): SheetEdit[] => [{ sheet: '考评人员', rect: { r1: 2, c1: col(h), r2: 2, c2: col(h) } }];
    const all = live.touched([{ sheet: '考评人员', rect: { r1: 2, c1: 1, r2: 2, c2: 16384 } }]).length;
    const education = live.touched(at('学历')).length;
    const id = live.touched(at('身份证件号')).length;
    expect(education).toBeLessThan(all);
    expect(id).toBeLessThan(all);
    expect(education).toBeGreaterThan(0);
    // An edit on a sheet no rule reads touches nothing.
    expect(live.touched([{ sheet: '说明', rect: { r1: 1, c1: 1, r2: 1, c2: 1 } }])).toEqual([]);
  });

  it('an edit to 机构信息 checks again under the profile it now names', () => {
    const wb = makeModel(compliantSpec('ha-social', '首次备案'));
    const live = new LiveCheck(wb, { today: TODAY });
    const org = wb.sheet('机构信息')!;
    const row = org.rowNumbers().find((r) => org.value(r, 1) === '适用规则')!;
    org.update(row, 2, 'xj-xcert');
    const r = live.update([{ sheet: '机构信息', rect: { r1: row, c1: 2, r2: row, c2: 2 } }]);
    expect(r.profile.id).toBe('xj-xcert');
    expect(r.findings).toEqual(fresh(wb));
  });

  /** The compliant filing with its 考评人员 roster grown to `rows` people, every 40th ID with a wrong check digit. */
  function bigRoster(rows: number): Workbook {
    const spec = compliantSpec('ha-employer', '首次备案');
    const [header, first] = spec['考评人员'];
    const id = header.indexOf('身份证件号');
    const serial = header.indexOf('序号');
    spec['考评人员'] = [header, ...Array.from({ length: rows }, (_, i) => {
      const row = [...first];
      const valid = validId(`19${70 + (i % 20)}0${1 + (i % 9)}1${i % 10}`, i);
      row[id] = i % 40 === 7 ? badCheckId(valid) : valid;
      if (serial >= 0) row[serial] = i + 1;
      return row;
    })];
    return makeModel(spec);
  }

  it('after an edit of a few rows checks only those rows again, and equals a fresh check', () => {
    const wb = bigRoster(4000);
    const live = new LiveCheck(wb, { today: TODAY });
    expect(live.result.findings).toEqual(fresh(wb));
    const roster = wb.sheet('考评人员')!;
    const col = roster.rowValues(1).indexOf('身份证件号') + 1;
    const read = jest.spyOn(roster, 'rowValues');
    const next = rng(18);
    for (let i = 0; i < 12; i++) {
      // One cell, or a block of rows pasted at once (the ID column and the one after it).
      const r1 = 2 + Math.floor(next() * 4000);
      const r2 = i % 3 ? r1 : Math.min(r1 + 5, 4001);
      for (let r = r1; r <= r2; r++) {
        const id = String(roster.value(r, col));
        const choices = [badCheckId(id), validId('19800101', r), null, id.toLowerCase(), String(roster.value(r1, col))];
        roster.update(r, col, choices[Math.floor(next() * choices.length)]);
      }
      if (i % 3 === 0) roster.update(r1, col + 1, 'abc');
      const edits: SheetEdit[] = [{ sheet: '考评人员', rect: { r1, c1: col, r2, c2: i % 3 ? col : col + 1 } }];
      read.mockClear();
      const findings = live.update(edits).findings;
      // The row-wise rules read the edited rows; a check of the roster reads 4,000.
      expect(read.mock.calls.length).toBeLessThan(50);
      expect({ edits, findings }).toEqual({ edits, findings: fresh(wb) });
    }
  });
});
