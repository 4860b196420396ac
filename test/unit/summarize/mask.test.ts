import { maskIdsIn } from '../../../src/summarize/mask';
import { maskId } from '../../../src/validate/gb11643-id';

describe('--mask-ids', () => {
  it('shows 6 + 4 characters of an ID', () => {
    expect(maskId('41070219800101051X')).toBe('410702********051X');
  });

  it('masks IDs in a text, also 15-digit ones and what is left of one typed as a number, but no credit code, phone number or count', () => {
    expect(maskIdsIn('张三（身份证件号 41070219800101051X）同时在甲、乙')).toBe('张三（身份证件号 410702********051X）同时在甲、乙');
    expect(maskIdsIn('身份证件号 65400219750403584 以数字形式保存')).toBe('身份证件号 654002*******3584 以数字形式保存');
    expect(maskIdsIn('旧证 410702800101051')).toBe('旧证 410702*****1051');
    const untouched = '统一社会信用代码 91410702MA7N3K0157、12410000415800145X，电话 13837312345，评价 1200 人次';
    expect(maskIdsIn(untouched)).toBe(untouched);
  });
});
