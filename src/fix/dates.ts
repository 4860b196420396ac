import { isoDate } from '../model/cell';
import { parseDateValue } from '../validate/dates';
import type { Fixer, FixSite } from './fix';

/** The template's date format, for a column with no real date to copy the format from. */
export const TEMPLATE_DATE_FORMAT = 'yyyy-mm-dd';

/** The format the column's real dates show, so the fixed cell looks like its neighbours. */
function columnDateFormat(site: FixSite): string {
  const { table, field } = site;
  const col = field && table?.columns.get(field);
  if (!table || !col) return TEMPLATE_DATE_FORMAT;
  for (const row of table.rows) {
    const fmt = table.sheet.numFmt(row, col);
    if (fmt && table.sheet.value(row, col) instanceof Date) return fmt;
  }
  return TEMPLATE_DATE_FORMAT;
}

/** A date typed as text ("2019.9.1", "2019年9月1日") or as the number 20190901 becomes a real date. */
export const fixDate: Fixer = (site) => {
  const date = parseDateValue(site.value).date;
  if (!date) return undefined;
  const format = columnDateFormat(site);
  return { after: { kind: 'date', date, format }, reason: `以文本填写的日期改为日期 ${isoDate(date)}` };
};
