import { checkBook } from '../../../src/check';
import { type CellValue, PICTURE } from '../../../src/model/cell';
import type { BusinessType } from '../../../src/model/schema';
import type { ProfileId } from '../../../src/profiles/profiles';
import { recognise } from '../../../src/recognise/recognise';
import { readXlsx } from '../../../src/read/xlsx/read-xlsx';
import type { Finding } from '../../../src/rules/finding';
import { type BookSpec, makeModel } from '../../helpers/book';
import { compliantSpec, type Habits, TODAY } from '../../helpers/compliant';
import { str, xlsx } from '../../helpers/xlsx-parts';

/**
 * Each way clerks write a compliant filing, as a valid case (no finding of
 * the rule concerned) beside an invalid one that still breaks it, so that
 * reading cells leniently never lets a real fault through. Workbooks are
 * the compliant filings of test/helpers/compliant.ts with one edit.
 */

type Edit = (spec: BookSpec) => void;

function check(profile: ProfileId, business: BusinessType, edit: Edit = () => undefined, habits: Habits = {}, merges: Record<string, string[]> = {}): Finding[] {
  const spec = compliantSpec(profile, business, habits);
  edit(spec);
  const model = makeModel(spec);
  for (const [sheet, list] of Object.entries(merges)) {
    const s = model.sheet(sheet)!;
    s.merges.push(...list);
    // As every reader stores a merged range: the value in its top cell only.
    for (const ref of list) {
      const [, col, top, , bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
      const c = col.charCodeAt(0) - 64;
      for (let r = Number(top) + 1; r <= Number(bottom); r++) s.clear(r, c);
    }
  }
  return checkBook(recognise(model), { today: TODAY }).findings;
}

const rules = (fs: Finding[], severity?: Finding['severity']) => fs.filter((f) => !severity || f.severity === severity).map((f) => f.rule);
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
/** Sets one column of a table sheet's data rows (header in row 1). */
function setColumn(spec: BookSpec, sheet: string, header: string, value: (row: CellValue[], i: number) => CellValue): void {
  const rows = spec[sheet];
  const c = rows[0].indexOf(header);
  rows.slice(1).forEach((r, i) => (r[c] = value(r, i)));
}

describe('merged cells belong to every row they cover', () => {
  // xj-xcert: four examiners of 人工智能训练师 in rows 2–5 of 考评人员, occupation in D and code in E.
  it('valid: 考评职业（工种） and 职业编码 merged over four examiners count four examiners, with no empty cell', () => {
    const fs = check('xj-xcert', '首次备案', undefined, {}, { 考评人员: ['D2:D5', 'E2:E5'] });
    expect(errors(fs)).toEqual([]);
  });

  it('invalid: a wrong code merged over four rows is one finding at the range’s top cell', () => {
    const fs = check('xj-xcert', '首次备案', (s) => (s['考评人员'][1][4] = '4-04-05-5X'), {}, { 考评人员: ['E2:E5'] });
    const bad = fs.filter((f) => f.rule === 'occupation.format');
    expect(bad.map((f) => [f.sheet, f.cell, f.severity])).toEqual([['考评人员', 'E2', 'error']]);
  });

  it('invalid: a merge over three rows leaves the fourth examiner without an occupation', () => {
    const fs = check('xj-xcert', '首次备案', (s) => (s['考评人员'][4][3] = null), {}, { 考评人员: ['D2:D4'] });
    expect(fs.filter((f) => f.rule === 'cell.required').map((f) => f.cell)).toEqual(['D5']);
  });
});

describe('工种 under one 大典 code', () => {
  it('valid: 电焊工 and 气焊工 applied under 6-18-02-04 are matched, counted and named per 工种', () => {
    const fs = check('ha-social', '首次备案', undefined, { workTypes: true });
    expect(errors(fs)).toEqual([]);
    expect(rules(fs)).not.toContain('occupation.worktype-name');
  });

  it('invalid: a 工种 without its question bank is reported for that 工种', () => {
    const fs = check('ha-social', '首次备案', (s) => (s['题库'] = s['题库'].filter((r) => r[0] !== '气焊工')), { workTypes: true });
    const bank = fs.filter((f) => f.rule === 'ha.question-bank');
    expect(bank).toHaveLength(1);
    expect(bank[0].message).toContain('焊工（气焊工）');
  });

  it('valid: the 工种 written in brackets in the name column (焊工（电焊工）) is matched per 工种 too', () => {
    const fs = check('ha-social', '首次备案', (s) => {
      const apply = s['申请职业'];
      const [name, work] = [apply[0].indexOf('职业名称'), apply[0].indexOf('工种名称')];
      for (const r of apply.slice(1)) if (r[work]) [r[name], r[work]] = [`焊工（${r[work]}）`, ''];
      s['题库'] = s['题库'].filter((r) => r[0] !== '气焊工');
    }, { workTypes: true });
    expect(fs.filter((f) => f.rule === 'ha.question-bank').map((f) => f.message.includes('焊工（气焊工）'))).toEqual([true]);
  });

  it('warning, not error: a name our 大典 table cannot place under a matching code asks to confirm', () => {
    const fs = check('ha-social', '首次备案', (s) => setColumn(s, '考评人员', '考评职业（工种）', (r) => (r[4] === '6-18-02-04' ? '电焊工' : r[3])));
    expect(errors(fs)).toEqual([]);
    expect(fs.filter((f) => f.rule === 'occupation.worktype-name').every((f) => f.severity === 'warning')).toBe(true);
    expect(rules(fs)).toContain('occupation.worktype-name');
  });

  it('invalid: another occupation’s name under the code is still a mismatch', () => {
    const fs = check('ha-social', '首次备案', (s) => setColumn(s, '考评人员', '考评职业（工种）', (r) => (r[4] === '6-18-02-04' ? '电工' : r[3])));
    expect(rules(fs, 'error')).toContain('occupation.name-mismatch');
  });
});

describe('footer and note rows are not people', () => {
  const footers: Edit = (s) => s['考评人员'].push(['合计：4 人'], ['小计', null, null, null, null, null, null, null, null, null, null], ['注：本表由申报单位填写。'], ['填表说明：身份证件号须为 18 位。']);
  it('valid: 合计：N 人, 小计, 注：… and 填表说明 under a roster are not rows', () => {
    const fs = check('xj-xcert', '首次备案', footers);
    expect(errors(fs)).toEqual([]);
    expect(recognise(makeModel((() => { const s = compliantSpec('xj-xcert', '首次备案'); footers(s); return s; })())).table('examiners')!.rows).toHaveLength(4);
  });

  it('invalid: a person listed under the 合计 row is still read and checked', () => {
    const fs = check('xj-xcert', '首次备案', (s) => s['考评人员'].push(['合计：4 人'], [5, '赵六', null, '人工智能训练师', '4-04-05-05']));
    expect(fs.filter((f) => f.rule === 'cell.required').map((f) => f.column)).toEqual(['身份证件号']);
  });
});

describe('level ranges as the template’s advice writes them', () => {
  it('valid: 五级至三级（初级工至高级工） and 二级（技师）', () => {
    expect(errors(check('ha-social', '首次备案', undefined, { levelRanges: true }))).toEqual([]);
  });

  it('invalid: a range whose brackets disagree is a conflict', () => {
    const fs = check('ha-social', '首次备案', (s) => setColumn(s, '申请职业', '等级', () => '五级至三级（初级工至技师）'));
    expect(rules(fs, 'error')).toContain('level.conflict');
  });

  it('valid: 专项 in bt-special’s level columns; invalid: the same word elsewhere', () => {
    expect(errors(check('bt-special', '首次备案', undefined, { levelRanges: true }))).toEqual([]);
    const fs = check('bt-employer', '首次备案', (s) => setColumn(s, '申请职业', '等级', () => '专项'));
    expect(rules(fs, 'error')).toContain('level.unknown');
  });
});

describe('dates written to the month', () => {
  const since = (v: CellValue): Edit => (s) => (s['内部质量督导员'][1][4] = v);
  // xj-xcert checks on 2026-06-01 (申请日期 2026-05-20): three years as examiner are due by then.
  it('valid: a month every day of which meets the rule', () => {
    expect(rules(check('xj-xcert', '首次备案', since('2018.09')), 'error')).toEqual([]);
    expect(rules(check('xj-xcert', '首次备案', since('2023年4月')), 'error')).toEqual([]);
  });

  it('warning: a month only some days of which meet the rule', () => {
    const fs = check('xj-xcert', '首次备案', since('2023.05')).filter((f) => f.rule === 'xj.supervisors.experience');
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toContain('只写到月');
  });

  it('invalid: a month every day of which breaks the rule', () => {
    const fs = check('xj-xcert', '首次备案', since('2023年7月')).filter((f) => f.rule === 'xj.supervisors.experience');
    expect(fs.map((f) => f.severity)).toEqual(['error']);
  });

  it('a real date shown as a month (Excel turns “2023/5” into one) is that month', () => {
    const spec = compliantSpec('xj-xcert', '首次备案');
    const model = makeModel(spec);
    const at = (d: Date, fmt: string) => {
      model.sheet('内部质量督导员')!.set(2, 5, d, { numFmt: fmt });
      return checkBook(recognise(model), { today: TODAY }).findings.filter((f) => f.rule === 'xj.supervisors.experience').map((f) => f.severity);
    };
    expect(at(new Date(Date.UTC(2023, 4, 1)), 'yyyy"年"m"月"')).toEqual(['warning']);
    expect(at(new Date(Date.UTC(2023, 4, 1)), 'mmm-yy')).toEqual(['warning']);
    expect(at(new Date(Date.UTC(2023, 4, 1)), 'yyyy-mm-dd')).toEqual([]);
    expect(at(new Date(Date.UTC(2023, 6, 1)), 'yyyy"年"m"月"')).toEqual(['error']);
  });

  it('a lease until 2029年5月 may fall short of 3 years (warning); until 2029年4月 it does (error)', () => {
    // bt-employer applies on 2026-05-20: the right of use must reach 2029-05-19.
    const lease = (until: string): Edit => (s) => s['设施设备'].push([99, '电工', '场地', '租用考场', '120 平方米', 1, '租用', '实训楼']) && s['设施设备'][0].push('使用权到期日') && s['设施设备'].forEach((r, i) => i > 0 && (r[8] = r[6] === '租用' ? until : null));
    const of = (until: string) => check('bt-employer', '首次备案', lease(until)).filter((f) => f.rule === 'bt.premises.right-of-use').map((f) => f.severity);
    expect(of('2029年6月')).toEqual([]);
    expect(of('2029年5月')).toEqual(['warning']);
    expect(of('2029年4月')).toEqual(['error']);
  });

  it('a part-time contract from 2026年1月 to 2029年1月 may exceed 3 years (warning); to 2029年3月 it does (error)', () => {
    const term = (to: string): Edit => (s) => setColumn(s, '考评人员', '聘用协议止', (r) => (r[8] === '兼职' ? to : null));
    const from: Edit = (s) => setColumn(s, '考评人员', '聘用协议起', (r) => (r[8] === '兼职' ? '2026年1月' : null));
    const of = (to: string) => check('bt-employer', '首次备案', (s) => (from(s), term(to)(s))).filter((f) => f.rule === 'bt.examiners.contract').map((f) => f.severity);
    expect(of('2028年12月')).toEqual([]);
    expect(new Set(of('2029年1月'))).toEqual(new Set(['warning']));
    expect(new Set(of('2029年3月'))).toEqual(new Set(['error']));
  });
});

describe('checkboxes: TRUE/FALSE in a 是/否 column', () => {
  it('valid: TRUE answers 是 everywhere', () => {
    const fs = check('ha-social', '首次备案', undefined, { checkboxes: true });
    expect(errors(fs)).toEqual([]);
    expect(rules(fs)).not.toContain('cell.yes-no');
  });

  it('invalid: FALSE in 是否提供 is 否, and a barring TRUE declaration bars', () => {
    const fs = check('ha-social', '首次备案', (s) => {
      s['申请材料'][1][2] = false;
      s['机构信息'].find((r) => r[0] === '近三年有违法违规或失信记录')![1] = true;
    }, { checkboxes: true });
    const provided = fs.find((f) => f.rule === 'materials.not-provided')!;
    expect(provided.message).toContain('标记为“否”');
    expect(rules(fs, 'error')).toContain('ha.prohibited');
  });
});

describe('shared facilities serve every occupation applied for', () => {
  it('valid: monitoring listed once for 全部申报职业（工种）, rooms for 通用/共用', () => {
    const fs = check('ha-social', '首次备案', undefined, { sharedFacilities: true });
    expect(errors(fs)).toEqual([]);
  });

  it('invalid: a row for an occupation not applied for is still reported', () => {
    const fs = check('ha-social', '首次备案', (s) => s['设施设备'].push([99, '美容师', '设备', '美容床', '标准型', 2, '自有', '实训楼']));
    expect(fs.filter((f) => f.rule === 'occupation.not-applied').map((f) => f.message)).toEqual(['职业（工种）“美容师”不在“申请职业（工种）”表中']);
  });
});

describe('NX 评价机构类型 in the document’s own words', () => {
  it('valid: 培训评价组织 (NX 第二条); invalid: an unknown type stays a warning', () => {
    const type = (v: string): Edit => (s) => (s['机构信息'].find((r) => r[0] === '评价机构类型')![1] = v);
    expect(rules(check('nx-1x', '首次备案', type('培训评价组织')))).not.toContain('cell.vocabulary');
    expect(rules(check('nx-1x', '首次备案', type('培训公司')), 'warning')).toContain('cell.vocabulary');
  });
});

describe('no false pass', () => {
  it('valid: the compliant filing has every sheet and column', () => {
    expect(rules(check('xj-xcert', '首次备案'))).not.toContain('sheet.missing');
  });

  it('invalid: a required sheet with only its headers is missing', () => {
    const fs = check('xj-xcert', '首次备案', (s) => (s['考评人员'] = s['考评人员'].slice(0, 1)));
    const missing = fs.filter((f) => f.rule === 'sheet.missing');
    expect(missing.map((f) => [f.sheet, f.severity])).toEqual([['考评人员', 'error']]);
    expect(missing[0].message).toContain('只有表头');
  });

  it('invalid: a required column with no value in any row is missing, reported once', () => {
    const fs = check('xj-xcert', '首次备案', (s) => setColumn(s, '考评人员', '考评职业（工种）', () => null));
    expect(fs.filter((f) => f.rule === 'column.missing').map((f) => [f.cell, f.column])).toEqual([['D1', '考评职业（工种）']]);
    expect(fs.filter((f) => f.rule === 'cell.required' && f.sheet === '考评人员')).toEqual([]);
  });

  it('invalid: empty template sheets inserted into a failing workbook do not make it pass', () => {
    const fs = check('xj-xcert', '首次备案', (s) => {
      for (const name of ['考评人员', '内部质量督导员', '设施设备', '题库']) s[name] = s[name].slice(0, 1);
    });
    expect(fs.filter((f) => f.rule === 'sheet.missing')).toHaveLength(4);
  });
});

describe('pictures placed in cells', () => {
  const book = (cell: string) =>
    xlsx({ sheets: [{ name: '申请材料', rows: `<row r="1">${str('A1', '序号')}${str('B1', '材料名称')}${str('C1', '是否提供')}${str('D1', '附件')}</row><row r="2"><c r="A2"><v>1</v></c>${str('B2', '营业执照')}${str('C2', '是')}${cell}</row>` }] });

  it('valid: t="e" with vm (a picture or linked data type) is a picture, not #VALUE!', async () => {
    const wb = await readXlsx(book('<c r="D2" t="e" vm="1"><v>#VALUE!</v></c>'));
    expect(wb.sheets[0].value(2, 4)).toEqual(PICTURE);
    const fs = checkBook(recognise(wb), { today: TODAY, profile: 'xj-xcert' }).findings;
    expect(rules(fs)).not.toContain('cell.formula-error');
  });

  it('invalid: a real #VALUE! is still a formula error', async () => {
    const wb = await readXlsx(book('<c r="D2" t="e"><f>1+"a"</f><v>#VALUE!</v></c>'));
    const fs = checkBook(recognise(wb), { today: TODAY, profile: 'xj-xcert' }).findings;
    expect(fs.filter((f) => f.rule === 'cell.formula-error').map((f) => f.cell)).toEqual(['D2']);
  });
});
