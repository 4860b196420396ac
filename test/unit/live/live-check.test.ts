import { checkBook } from '../../../src/check';
import type { CellValue } from '../../../src/model/cell';
import type { Workbook } from '../../../src/model/workbook';
import { PROFILES } from '../../../src/profiles/profiles';
import { recognise } from '../../../src/recognise/recognise';
import { LiveCheck, type SheetEdit } from '../../../src/live/live-check';
import { rng } from '../../../src/sample/sample-workbook';
import { makeModel } from '../../helpers/book';
import { asClerk, compliantSpec, TODAY } from '../../helpers/compliant';
import { badCheckId } from '../../helpers/people';

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
});
