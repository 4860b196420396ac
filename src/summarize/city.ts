import type { CheckedBook as OfficeItem } from './submission';

/** 新乡市 from "河南省新乡市红旗区…": the prefecture an office groups by. */
export function cityOf(item: OfficeItem): string {
  const org = item.book.org;
  for (const source of [org?.text('regPlace') ?? '', org?.text('address') ?? '']) {
    const m = /^(?:.{2,3}(?:省|自治区))?(.{2,8}?(?:市|地区|州|盟|师))/.exec(source.replace(/\s+/g, ''));
    if (m) return m[1];
  }
  return '';
}
