import { checkBook } from '../../../src/check';
import type { CellValue } from '../../../src/model/cell';
import { fixLine, planFixes, rulesNamed, type FixPlan } from '../../../src/fix';
import { recognise } from '../../../src/recognise/recognise';
import { makeBook, makeModel, type BookSpec } from '../../helpers/book';
import { compliantSpec, TODAY } from '../../helpers/compliant';

/** The XJ filing a careful clerk hands in, with some cells changed (sheet → A1 → value). */
function filing(changes: Record<string, Record<string, CellValue>>): BookSpec {
  const spec = compliantSpec('xj-xcert', '首次备案');
  for (const [sheet, cells] of Object.entries(changes)) {
    for (const [ref, v] of Object.entries(cells)) {
      const m = /^([A-Z])(\d+)$/.exec(ref)!;
      const row = Number(m[2]) - 1;
      const col = m[1].charCodeAt(0) - 65;
      (spec[sheet][row] ??= [])[col] = v;
    }
  }
  return spec;
}

function plan(spec: BookSpec, only?: string[]): FixPlan {
  const book = makeBook(spec);
  const { findings } = checkBook(book, { today: TODAY });
  const named = only ? rulesNamed(only) : undefined;
  return planFixes(book, findings, named && 'rules' in named ? named.rules : undefined);
}

function fixAt(p: FixPlan, sheet: string, cell: string) {
  return p.fixes.find((f) => f.sheet === sheet && f.cell === cell);
}

describe('one-click fixes', () => {
  test('a careful filing has nothing to fix', () => {
    expect(plan(filing({}))).toEqual({ fixes: [], refusals: [] });
  });

  test.each([
    ['2026.1.1', '2026-01-01'],
    ['2026年1月1日', '2026-01-01'],
    ['2026/1/1', '2026-01-01'],
  ])('a date typed as text (%s) becomes a real date in the template format', (text, iso) => {
    const f = fixAt(plan(filing({ 考评人员: { J5: text } })), '考评人员', 'J5');
    expect(f).toMatchObject({ rule: 'date.text', column: '聘用协议起', before: text, shown: iso });
    expect(f?.after).toEqual({ kind: 'date', date: new Date(`${iso}T00:00:00Z`), format: 'yyyy-mm-dd' });
    expect(f?.reason).toBe(`以文本填写的日期改为日期 ${iso}`);
  });

  test('an ID with a lowercase x, full-width digits or spaces becomes the clean text', () => {
    const spec = filing({});
    const id = spec['考评人员'][1][2] as string;
    const wide = id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    const p = plan(filing({ 考评人员: { C2: wide, C3: spaced } }));
    expect(fixAt(p, '考评人员', 'C2')).toMatchObject({ rule: 'id.format-cleaned', before: wide, after: { kind: 'text', text: id }, shown: id });
    expect(fixAt(p, '考评人员', 'C3')?.after).toEqual({ kind: 'text', text: spaced.replace(/ /g, '') });
  });

  test('a lowercase x becomes X', () => {
    // 11010519491231002X is the standard's own example.
    const p = plan(filing({ 考评人员: { C2: '11010519491231002x' } }));
    expect(fixAt(p, '考评人员', 'C2')).toMatchObject({ rule: 'id.lowercase-x', after: { kind: 'text', text: '11010519491231002X' } });
  });

  test('an ID saved as a number is never fixed: its lost digits cannot be recovered, and the plan says so', () => {
    const p = plan(filing({ 考评人员: { C2: 650103198003150000 } }));
    expect(fixAt(p, '考评人员', 'C2')).toBeUndefined();
    expect(p.refusals).toEqual([expect.objectContaining({ sheet: '考评人员', cell: 'C2', rule: 'id.numeric', reason: expect.stringContaining('无法恢复') })]);
  });

  test.each([
    ['高级工', '三级/高级工'],
    ['三级', '三级/高级工'],
    ['技师', '二级/技师'],
    ['2级', '二级/技师'],
  ])('a level in another vocabulary (%s) becomes the template value', (written, label) => {
    const p = plan(filing({ 考评人员: { F2: written } }));
    expect(fixAt(p, '考评人员', 'F2')).toMatchObject({ rule: 'level.variant', before: written, after: { kind: 'text', text: label } });
  });

  test('an ambiguous level (高级) is not fixed: which level it means is a guess', () => {
    expect(fixAt(plan(filing({ 考评人员: { F2: '高级' } })), '考评人员', 'F2')).toBeUndefined();
  });

  test('an occupation code that disagrees with an unambiguous name becomes the 大典 code', () => {
    const p = plan(filing({ 考评人员: { E2: '4-04-05-01' } }));
    expect(fixAt(p, '考评人员', 'E2')).toMatchObject({ rule: 'occupation.name-mismatch', before: '4-04-05-01', after: { kind: 'text', text: '4-04-05-05' } });
  });

  test('a missing occupation code is filled from the name', () => {
    // A second occupation keeps the code column filled somewhere: a column empty in every row is a missing column, not a missing code.
    const p = plan(filing({ 申请职业: { B2: null, A3: 2, B3: '6-18-02-04', C3: '焊工', E3: '五级至三级' } }));
    expect(fixAt(p, '申请职业', 'B2')).toMatchObject({ rule: 'cell.required', before: '', after: { kind: 'text', text: '4-04-05-05' } });
  });

  test('a code written without hyphens becomes d-dd-dd-dd', () => {
    const p = plan(filing({ 考评人员: { E2: '4040505' } }));
    expect(fixAt(p, '考评人员', 'E2')?.after).toEqual({ kind: 'text', text: '4-04-05-05' });
  });

  test('a name no occupation has, or several have, gets no code', () => {
    const p = plan(filing({ 考评人员: { D2: '不存在的职业', E2: '4-04-05-01' } }));
    expect(fixAt(p, '考评人员', 'E2')).toBeUndefined();
  });

  test('a 获证率 that disagrees with its own totals becomes the computed rate', () => {
    const p = plan(filing({ X证书评价数据: { L2: '50%' } }));
    // 3,400 certified of 4,000 assessed.
    expect(fixAt(p, 'X证书评价数据', 'L2')).toMatchObject({ rule: 'xcert.rate', before: '50%', after: { kind: 'number', number: 0.85, format: '0.0%' }, shown: '85%' });
  });

  test('a rate written as a number keeps its form: a fraction stays a fraction, percentage points stay points', () => {
    const p = plan(filing({ X证书评价数据: { L2: 0.5, L3: 50 } }));
    expect(fixAt(p, 'X证书评价数据', 'L2')?.after).toEqual({ kind: 'number', number: 0.85 });
    expect(fixAt(p, 'X证书评价数据', 'L3')?.after).toEqual({ kind: 'number', number: 85 });
  });

  test('a rate in a percentage cell is shown as a percentage before and after', () => {
    const model = makeModel(filing({}));
    model.sheet('X证书评价数据')!.set(2, 12, 0.5, { numFmt: '0.0%' });
    const book = recognise(model);
    const f = fixAt(planFixes(book, checkBook(book, { today: TODAY }).findings), 'X证书评价数据', 'L2');
    expect(f).toMatchObject({ before: '50%', shown: '85%', after: { kind: 'number', number: 0.85 } });
  });

  test('only keeps the fixes of the kinds or rules named', () => {
    const spec = filing({ 考评人员: { F2: '高级工', J5: '2026.1.1' }, X证书评价数据: { L2: '50%' } });
    expect(plan(spec, ['level']).fixes.map((f) => f.rule)).toEqual(['level.variant']);
    expect(plan(spec, ['date.text', 'rate']).fixes.map((f) => f.rule).sort()).toEqual(['date.text', 'xcert.rate']);
    expect(rulesNamed(['nonsense'])).toEqual({ unknown: 'nonsense' });
  });

  test('a change is listed in Chinese with its place, both values and the reason', () => {
    const f = fixAt(plan(filing({ 考评人员: { F2: '高级工' } })), '考评人员', 'F2')!;
    expect(fixLine(f)).toBe('考评人员 F2（本职业技能等级）：“高级工” → “三级/高级工”，技能等级改为模板中的写法');
  });
});
