import { normaliseLabel } from '../model/label';

/** Sheet-name key: also drops a leading "附件3" / "表2" / "1." numbering. */
export function normaliseSheetName(name: string): string {
  return normaliseLabel(name).replace(/^(附件|附表|表)?\d+[-.、)]*/, '');
}
