import { KvSheet, RecognisedWorkbook } from '../model/table';
import type { CellValue } from '../model/cell';
import type { OrgKey } from '../model/schema';

/** The later filing's 机构信息 whose 变更前 values are the earlier filing's. */
class ComparedOrg extends KvSheet {
  constructor(
    org: KvSheet,
    private readonly earlier: KvSheet | null,
  ) {
    super(org.def, org.sheet, org.items);
  }

  override before(key: OrgKey): CellValue {
    return this.earlier?.value(key) ?? null;
  }
}

/**
 * The later filing as HA 附件1 reads a 信息变更: its 变更前 taken from the
 * earlier filing rather than typed by the clerk, so the changed items print
 * in red.
 */
export function withEarlierValues(after: RecognisedWorkbook, before: RecognisedWorkbook): RecognisedWorkbook {
  if (!after.org) return after;
  return new RecognisedWorkbook(after.workbook, after.tables, new ComparedOrg(after.org, before.org), after.unrecognised);
}
