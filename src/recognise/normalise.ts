import { normaliseLabel } from '../model/label';

// Kept for branches written before the key moved to the model; new code imports it from src/model/label.
export { normaliseLabel };

/** Sheet-name key: also drops a leading "附件3" / "表2" / "1." numbering. */
export function normaliseSheetName(name: string): string {
  return normaliseLabel(name).replace(/^(附件|附表|表)?\d+[-.、)]*/, '');
}
