import { checkBook } from '../../../src/check';
import type { OfficeItem } from '../../../src/forms/office';
import type { CellValue } from '../../../src/model/cell';
import { crossWorkbookFindings } from '../../../src/summarize/cross-rules';
import { makeBook, orgRows } from '../../helpers/book';
import { validId } from '../../helpers/people';
import { HA_ORG, haSpec } from '../packs/ha/fixture';
import { creditCode } from '../packs/xj/fixture';

const TODAY = new Date(Date.UTC(2026, 5, 1));

function item(name: string, org: Record<string, CellValue> = {}, examinerSeq = 0): OfficeItem {
  const spec = haSpec({ ...HA_ORG, 单位名称: name, ...org });
  // Distinct rosters unless a test shares them on purpose.
  spec['考评人员'] = spec['考评人员'].map((r, i) => (i === 0 ? r : [r[0], r[1], validId('19800101', 500 + examinerSeq * 10 + i, '410702'), ...r.slice(3)]));
  spec['专家队伍'] = spec['专家队伍'].map((r, i) => (i === 0 ? r : [r[0], r[1], validId('19810101', 500 + examinerSeq * 10 + i, '410702'), ...r.slice(3)]));
  spec['内部质量督导员'] = spec['内部质量督导员'].map((r, i) => (i === 0 ? r : [r[0], r[1], validId('19820101', 500 + examinerSeq * 10 + i, '410702'), ...r.slice(3)]));
  const book = makeBook(spec);
  return { file: `${name}.xlsx`, book, result: checkBook(book, { today: TODAY }) };
}

describe('cross-workbook rules', () => {
  it('three social organisations for one occupation in one city pass; a fourth is a warning naming them', () => {
    const three = [1, 2, 3].map((n) => item(`机构${n}`, {}, n));
    expect(crossWorkbookFindings(three, TODAY).filter((f) => f.rule === 'office.ha-social-cap')).toEqual([]);
    const four = [...three, item('机构4', {}, 4)];
    const f = crossWorkbookFindings(four, TODAY).filter((x) => x.rule === 'office.ha-social-cap');
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: 'warning', basis: '《河南省评价机构备案工作指南》二（四）' });
    expect(f[0].message).toContain('新乡市');
    expect(f[0].message).toContain('有 4 家');
  });

  /** A bt-social filing for 焊工: its organisation sheet and occupations are all the cap needs. */
  function bt(name: string, org: Record<string, CellValue>): OfficeItem {
    const book = makeBook({
      机构信息: orgRows({ 单位名称: name, 单位性质: '企业', 申请业务类型: '首次备案', 适用规则: 'bt-social', ...org }),
      申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, '6-18-02-04', '焊工', '五级至三级']],
    });
    return { file: `${name}.xlsx`, book, result: checkBook(book, { today: TODAY }) };
  }

  it('BT caps one social organisation per occupation per 师市, read from the code or the address', () => {
    const shihezi1 = bt('石河子甲', { 统一社会信用代码: creditCode('91', '659001'), 办公地址: '石河子市北四路 8 号' });
    const shihezi2 = bt('石河子乙', { 统一社会信用代码: creditCode('91', '660000'), 办公地址: '新疆生产建设兵团第八师石河子市东一路 3 号' });
    const alar = bt('阿拉尔丙', { 统一社会信用代码: creditCode('91', '659002'), 办公地址: '阿拉尔市塔里木大道 1 号' });
    const f = crossWorkbookFindings([shihezi1, shihezi2, alar], TODAY).filter((x) => x.rule === 'office.bt-social-cap');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', basis: '《兵团技能人才评价机构管理办法》第七条（二）4', files: ['石河子甲.xlsx', '石河子乙.xlsx'] })]);
    expect(f[0].message).toContain('第八师石河子市');
    expect(crossWorkbookFindings([shihezi1, alar], TODAY).filter((x) => x.rule === 'office.bt-social-cap')).toEqual([]);
  });

  it('the same examiner in two organisations is a warning; different people are not', () => {
    const a = item('甲', {}, 1);
    const b = item('乙', {}, 2);
    expect(crossWorkbookFindings([a, b], TODAY).filter((f) => f.rule === 'office.shared-person')).toEqual([]);
    const c = item('丙', {}, 1);
    const f = crossWorkbookFindings([a, c], TODAY).filter((x) => x.rule === 'office.shared-person');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].files).toEqual(['甲.xlsx', '丙.xlsx']);
  });

  it('HA filings expiring within 60 days are due; expired ones are errors', () => {
    const soon = item('快到期', { 备案有效期止: new Date(Date.UTC(2026, 6, 31)) }, 1);
    const later = item('不急', { 备案有效期止: new Date(Date.UTC(2026, 7, 1)) }, 2);
    const past = item('已过期', { 备案有效期止: new Date(Date.UTC(2026, 4, 31)) }, 3);
    const f = crossWorkbookFindings([soon, later, past], TODAY).filter((x) => x.rule === 'office.renewal-due');
    expect(f.map((x) => [x.files[0], x.severity])).toEqual([
      ['快到期.xlsx', 'warning'],
      ['已过期.xlsx', 'error'],
    ]);
  });
});
