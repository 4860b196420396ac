import { JURISDICTIONS, type SourceId } from '../jurisdictions';
import { citeIn, type Source } from './source';

export type { SourceId } from '../jurisdictions';
export { DATA_QUALITY, type Source } from './source';

/** The documents of every jurisdiction, in the registry's order. */
export const SOURCE_IDS: readonly SourceId[] = JURISDICTIONS.map((j) => j.source.id);

export const SOURCES = Object.fromEntries(JURISDICTIONS.map((j) => [j.source.id, j.source])) as Readonly<Record<SourceId, Source>>;

/** "《河南省评价机构备案工作指南》二（八）": a document's short title and a clause of it. */
export function cite(source: SourceId, clause: string): string {
  return citeIn(SOURCES[source], clause);
}
