import { checkBook } from '../../../src/check';
import { formById } from '../../../src/forms';
import { MAX_FORM_ROWS, planDocuments } from '../../../src/forms/documents';
import { MAX_TABLE_ROWS, recogniseFiling } from '../../../src/open';
import { InputError } from '../../../src/read/input-error';
import { MAX_FINDINGS_PER_RULE, runRules } from '../../../src/rules/engine';
import { profileById } from '../../../src/profiles/profiles';
import { makeBook, makeModel, orgRows } from '../../helpers/book';

const HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）'];

describe('work stays bounded however long a table is', () => {
  it(`lists ${MAX_FINDINGS_PER_RULE} findings of a rule and counts the rest in one`, () => {
    // One filled row keeps the columns from being reported once as never filled.
    const rows = [...Array.from({ length: 6000 }, (_, i) => [i + 1, '', '', '电工']), [6001, '张三', '110105194912310021', '电工']];
    const book = makeBook({ 机构信息: orgRows({ 适用规则: 'ha-employer' }), 考评人员: [HEADER, ...rows] });
    const required = checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) }).findings.filter((f) => f.rule === 'cell.required');
    expect(required).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const rest = required.find((f) => f.cell === null)!;
    // Two required cells per row: 12,000 in all.
    expect(rest.message).toBe(`“必填项为空”另有 ${12000 - MAX_FINDINGS_PER_RULE} 处同类问题未逐一列出（已列出前 ${MAX_FINDINGS_PER_RULE} 处）`);
    expect(rest.severity).toBe('error');
  });

  it('names the first row of an ID repeated on every row of a long roster, in time linear in the rows', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [i + 1, `人${i}`, '1234567890', '']);
    const book = makeBook({ 机构信息: orgRows({ 适用规则: 'ha-employer' }), 工作人员: [['序号', '姓名', '身份证件号', '职务'], ...rows] });
    const repeated = checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) }).findings.filter((f) => f.rule === 'roster.duplicate-id');
    expect(repeated).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const listed = repeated.filter((f) => f.cell !== null);
    expect(listed[0]).toMatchObject({ cell: 'C3', message: '人1的身份证件号与第 2 行（人0）重复' });
    expect(listed[MAX_FINDINGS_PER_RULE - 1].message).toBe(`人${MAX_FINDINGS_PER_RULE}的身份证件号与第 2 行（人0）重复`);
    expect(repeated.find((f) => f.cell === null)!.message).toContain(`另有 ${50_000 - 1 - MAX_FINDINGS_PER_RULE} 处`);
  });

  it(`refuses a Word form of more than ${MAX_FORM_ROWS} rows before rendering it`, () => {
    const rows = Array.from({ length: MAX_FORM_ROWS + 1 }, (_, i) => [i + 1, `人${i}`, '', '电工']);
    const book = makeBook({ 机构信息: orgRows({ 适用规则: 'ha-employer' }), 考评人员: [HEADER, ...rows] });
    const input = { file: 'big.xlsx', book, result: checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) }), options: { maskIds: false } };
    let error: unknown;
    try {
      planDocuments([formById('team')!], input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(new RegExp(`^“队伍建设情况”将有 \\d+ 行，超过 Word 表格上限 ${MAX_FORM_ROWS} 行，请拆分工作簿后再生成$`));
  });

  it(`refuses a table of more than ${MAX_TABLE_ROWS} data rows before the rules run`, () => {
    const model = makeModel({ 考评人员: [HEADER] });
    const sheet = model.sheets[0];
    for (let r = 2; r <= MAX_TABLE_ROWS + 2; r++) sheet.set(r, 2, '张三');
    let error: unknown;
    try {
      recogniseFiling(model);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe('too-many-rows');
    expect((error as InputError).message).toBe(`工作表“考评人员”有 ${MAX_TABLE_ROWS + 1} 行数据，超过上限 ${MAX_TABLE_ROWS} 行，请删去多余的行或拆分后再检查`);
  });
});

describe('a rule that fails', () => {
  it('becomes one Chinese finding naming the check, without the error’s English', () => {
    const book = makeBook({ 机构信息: orgRows({ 适用规则: 'ha-employer' }) });
    const fail = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    const broken = { id: 'test.broken', title: '测试规则', profiles: 'all' as const, severity: 'error' as const, basis: 'beian', check: fail };
    const findings = runRules(book, [broken], profileById('ha-employer')!, '首次备案', { today: new Date(Date.UTC(2026, 5, 1)) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'engine.rule-failed', severity: 'error', message: '“测试规则”（test.broken）未能完成检查，其结果缺失' });
  });
});
