import { checkBook } from '../../src/check';
import type { CellValue } from '../../src/model/cell';
import { compileBatch } from '../../src/summarize/batch';
import type { CrossFinding } from '../../src/summarize/cross-rules';
import { toSubmission, type CheckedSubmission } from '../../src/summarize/submission';
import { makeBook, type BookSpec } from './book';
import { validId } from './people';
import { HA_ORG, haSpec } from '../unit/jurisdictions/ha/rules/fixture';
import { creditCode } from '../unit/jurisdictions/xj/rules/fixture';

/** The day the office checks on in these tests. */
export const AS_OF = new Date(Date.UTC(2026, 5, 1));

/**
 * A clean ha-social workbook for organisation number `seq`: its own credit
 * code and its own examiners, experts and supervisors, unless a test shares
 * them on purpose (`roster`).
 */
export function orgSpec(name: string, seq: number, org: Record<string, CellValue> = {}, opts: { roster?: number; extra?: BookSpec } = {}): BookSpec {
  const spec = haSpec({ ...HA_ORG, 单位名称: name, 统一社会信用代码: creditCode('91', '410702', `MA7N3K${String(seq).padStart(2, '0')}`), ...org });
  const r = opts.roster ?? seq;
  const reissue = (sheet: string, birth: string) => {
    spec[sheet] = spec[sheet].map((row, i) => (i === 0 ? row : [row[0], row[1], validId(birth, 500 + r * 10 + i, '410702'), ...row.slice(3)]));
  };
  reissue('考评人员', '19800101');
  reissue('专家队伍', '19810101');
  reissue('内部质量督导员', '19820101');
  return { ...spec, ...opts.extra };
}

/** A 备案期评价情况 sheet: [occupation, assessed, certified, last evaluation?] rows; null leaves a count blank. */
export function evaluations(...rows: [string, number | null, number | null, Date?][]): BookSpec {
  return { 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'], ...rows.map(([o, a, c, d]) => [o, a, c, d ?? null])] };
}

export function submission(file: string, spec: BookSpec): CheckedSubmission {
  const book = makeBook(spec);
  return toSubmission({ file, book, result: checkBook(book, { today: AS_OF }) });
}

/** The cross-workbook findings of an inbox (file name → workbook), as `beian summarize` compiles them on `asOf`. */
export function crossFindingsOfInbox(inbox: Record<string, BookSpec>, asOf: Date): CrossFinding[] {
  const subs = Object.entries(inbox).map(([file, spec]) => {
    const book = makeBook(spec);
    return toSubmission({ file, book, result: checkBook(book, { today: asOf }) });
  });
  return compileBatch(subs, asOf).cross;
}
