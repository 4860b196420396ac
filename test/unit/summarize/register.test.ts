import type { CellValue } from '../../../src/model/cell';
import { compileBatch } from '../../../src/summarize/batch';
import { readRegister, RegisterError, type RegisterRow } from '../../../src/summarize/register';
import type { CheckedSubmission } from '../../../src/summarize/submission';
import { compareRegister } from '../../../src/summarize/unfiled';
import { makeModel } from '../../helpers/book';
import { AS_OF, orgSpec, submission } from '../../helpers/batch';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const HEAD = ['备案号', '机构名称', '统一社会信用代码', '有效期止', '地市/师市', '联系人', '联系电话'];

/** A register read back from a sheet of these rows under the template's header. */
const register = (...rows: CellValue[][]) => readRegister(makeModel({ 已备案机构: [HEAD, ...rows] }));

/** The register compared with an inbox on the office's day (2026-06-01). */
function compare(rows: RegisterRow[], subs: CheckedSubmission[], window?: number) {
  const batch = compileBatch(subs, AS_OF);
  return compareRegister(rows, subs, batch.used, AS_OF, { window });
}

const code = (seq: number) => creditCode('91', '410702', `MA7N3K${String(seq).padStart(2, '0')}`);

describe('the office register', () => {
  it('a register row with no filing, due within 60 days (HA 六（四）1), is listed with its contacts; one due later is not', () => {
    const rows = register(
      ['豫评 001', '甲', code(1), day(2026, 7, 20), '新乡市', '张三', '13800000001'],
      ['豫评 002', '乙', code(2), day(2026, 9, 1), '新乡市', '李四', '13800000002'],
    );
    const r = compare(rows, []);
    expect(r.unfiled).toEqual([
      expect.objectContaining({ status: 'due', daysLeft: 49, source: 'HA', area: '河南省', window: 60, basis: '《河南省评价机构备案工作指南》六（四）1', sent: [] }),
    ]);
    expect(r.unfiled[0].row).toMatchObject({ row: 2, name: '甲', filingNo: '豫评001', validTo: '2026-07-20', contact: '张三', phone: '13800000001' });
  });

  it('past expiry without renewal: HA follow-up (六（四）2、3), BT automatic termination (第十九条（一）1)', () => {
    const rows = register(
      ['豫评 001', '甲', code(1), day(2026, 5, 1), '新乡市'],
      ['兵评 001', '丙', creditCode('91', '659001', 'MA7N3K99'), day(2026, 3, 1), '第八师石河子市'],
    );
    const r = compare(rows, []);
    expect(r.unfiled.map((u) => [u.row.name, u.status, u.source, u.basis])).toEqual([
      ['甲', 'lapsed', 'HA', '《河南省评价机构备案工作指南》六（四）2、3'],
      ['丙', 'lapsed', 'BT', '《兵团技能人才评价机构管理办法》第十九条（一）1'],
    ]);
  });

  it('BT looks 3 months ahead (第十条): a 兵团 row 80 days from expiry is due, an HA row is not', () => {
    const rows = register(['兵评 001', '丙', creditCode('91', '659001', 'MA7N3K99'), day(2026, 8, 20), '第八师石河子市'], ['豫评 001', '甲', code(1), day(2026, 8, 20), '新乡市']);
    expect(compare(rows, []).unfiled.map((u) => [u.row.name, u.window])).toEqual([['丙', 90]]);
  });

  it('the window can be chosen for every row', () => {
    const rows = register(['豫评 001', '甲', code(1), day(2026, 8, 20), '新乡市']);
    expect(compare(rows, [], 120).unfiled.map((u) => [u.row.name, u.window])).toEqual([['甲', 120]]);
  });

  it('a renewal or termination answers the register; another business does not, and is named', () => {
    const rows = register(['豫评 001', '甲', code(1), day(2026, 7, 1)], ['豫评 002', '乙', code(2), day(2026, 7, 1)], ['豫评 003', '丙', code(3), day(2026, 7, 1)]);
    const subs = [
      submission('甲.xlsx', orgSpec('甲', 1, { 申请业务类型: '备案续期' })),
      submission('乙.xlsx', orgSpec('乙', 2, { 申请业务类型: '增量备案' })),
      submission('丙.xlsx', orgSpec('丙', 3, { 申请业务类型: '终止备案' })),
    ];
    expect(compare(rows, subs).unfiled.map((u) => [u.row.name, u.sent])).toEqual([['乙', ['增量备案']]]);
  });

  it('matches a row by 备案号 or name when the credit code is missing', () => {
    const rows = register(['', '甲', '', day(2026, 7, 1)]);
    expect(compare(rows, [submission('甲.xlsx', orgSpec('甲', 1, { 申请业务类型: '备案续期' }))]).unfiled).toEqual([]);
  });

  it('a renewal from an organisation not on the register is listed; a first filing is not', () => {
    const rows = register(['豫评 001', '甲', code(1), day(2027, 7, 1)]);
    const subs = [submission('乙.xlsx', orgSpec('乙', 2, { 申请业务类型: '备案续期' })), submission('丙.xlsx', orgSpec('丙', 3, { 申请业务类型: '首次备案' }))];
    expect(compare(rows, subs).unregistered.map((u) => [u.file, u.business])).toEqual([['乙.xlsx', '备案续期']]);
  });

  it('a row whose 有效期止 is no date is kept apart, never guessed', () => {
    const r = compare(register(['豫评 001', '甲', code(1), '长期']), []);
    expect(r.unfiled).toEqual([]);
    expect(r.undated.map((u) => u.validTo)).toEqual(['长期']);
  });

  it('reads an office own headers under a title row, dates written as text, and refuses a sheet without a required column', () => {
    const rows = readRegister(
      makeModel({
        Sheet1: [['2026 年已备案机构'], ['评价机构备案号', '单位名称', '社会信用代码', '备案有效期至', '所属地市'], ['豫评 001', '甲', code(1).toLowerCase(), '2026年7月1日', '新乡市']],
      }),
    );
    expect(rows).toEqual([{ row: 3, filingNo: '豫评001', name: '甲', creditCode: code(1), validTo: '2026-07-01', city: '新乡市', contact: '', phone: '' }]);
    expect(() => readRegister(makeModel({ 名单: [['机构名称', '统一社会信用代码', '备案号']] }))).toThrow(new RegisterError('已备案机构名单的工作表“名单”缺少 有效期止 列'));
    expect(() => readRegister(makeModel({ 名单: [['甲', '乙']] }))).toThrow(RegisterError);
  });
});
