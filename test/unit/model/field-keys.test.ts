import { fieldDef, sheetDef, type FieldKey, type OrgKey } from '../../../src/model/schema';
import { makeBook, orgRows } from '../../helpers/book';

/*
 * Field keys are known to the compiler: `tsc -p tsconfig.json` (which
 * type-checks the tests too) fails if a misspelt key below stops being an
 * error, so a rule can no longer read an empty string from a field that does
 * not exist and pass silently.
 */

describe('field keys', () => {
  it('a sheet kind knows its own keys, and a misspelt or foreign key does not compile', () => {
    const keys: FieldKey<'occupations'>[] = ['occupationCode', 'occupationName', 'levels'];
    // @ts-expect-error a misspelt key
    const misspelt: FieldKey<'occupations'> = 'occupationNmae';
    // @ts-expect-error 机构信息 has no 职业编码
    const foreign: OrgKey = 'occupationCode';
    expect(keys.map((k) => fieldDef('occupations', k).header)).toEqual(['职业编码', '职业名称', '等级']);
    expect([misspelt, foreign]).toEqual(['occupationNmae', 'occupationCode']);
  });

  it('the generated keys of the X certificate and fee columns are listed too', () => {
    const xcert: FieldKey<'xcertData'>[] = ['assessedJunior', 'certifiedTotal'];
    const fee: FieldKey<'evaluations'> = 'fee5';
    expect(xcert.map((k) => fieldDef('xcertData', k).header)).toEqual(['认定人次·初级', '取证人次·总计']);
    expect(fieldDef('evaluations', fee).header).toBe('收费标准·五级');
  });

  it('tables and 机构信息 take only their own keys', () => {
    const book = makeBook({ 机构信息: orgRows({ 单位名称: '甲公司' }) });
    expect(book.org?.text('orgName')).toBe('甲公司');
    // @ts-expect-error a misspelt 机构信息 item
    expect(book.org?.text('orgNmae')).toBe('');
    expect(sheetDef('org').fields.every((f) => book.org!.header(f.key) === f.header)).toBe(true);
  });
});
