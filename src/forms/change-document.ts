import type { FilingDiff } from '../diff/compare';
import type { SourceId } from '../sources';

/**
 * What a jurisdiction asks for with a 信息变更 filing, which `beian diff
 * --form` makes from two filings: its own form, filled from the later filing
 * with 变更前 from the earlier, or a note built from the changes.
 */
export type ChangeDocument = { source: SourceId; place: string } & ({ form: string } | { note: { fileName: string; docx: (diff: FilingDiff) => Uint8Array } });
