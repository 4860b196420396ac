import type { CheckedBook } from './submission';
import { groupingUnit, placeOfAddress, placeOfCreditCode } from '../places';

/**
 * The unit an office groups an organisation by: the 兵团's 师市 (第八师石河子市),
 * else the prefecture-level unit (新乡市). The credit code names the
 * registering authority's division exactly; 注册地 or 办公地址 is read when
 * the code cannot tell, or names the 师 a 新疆 code does not.
 */
export function cityOf(item: CheckedBook): string {
  const org = item.book.org;
  const byCode = placeOfCreditCode(org?.text('creditCode') ?? '');
  const text = org?.text('regPlace') || org?.text('address') || '';
  const byAddress = text ? placeOfAddress(text) : undefined;
  if (byAddress?.bingtuan?.name && !byCode?.bingtuan?.name) return groupingUnit(byAddress);
  return groupingUnit(byCode) || groupingUnit(byAddress);
}
