import type { ChangeDocument } from '../forms/change-document';
import type { FormDef } from '../forms/common';
import type { JurisdictionSummaries } from '../forms/summary-form';
import { BT_CHANGE_DOCUMENT } from './bt/forms/change-note';
import { BT_SUMMARIES } from './bt/forms/summaries';
import { HA_CHANGE_DOCUMENT, HA_FORMS } from './ha/forms';
import { HA_SUMMARIES } from './ha/forms/summaries';
import { SH_FORMS } from './sh/forms';

/**
 * The official forms only one jurisdiction asks for, and the summaries an
 * office makes of its filings, from the folders that have any. Kept apart
 * from the registry because forms load zod and a check must start without it.
 */
export const JURISDICTION_FORMS: readonly FormDef[] = [...SH_FORMS, ...HA_FORMS];

/** In the registry's order: a summary lists its jurisdictions' parts in this order. */
export const JURISDICTION_SUMMARIES: readonly JurisdictionSummaries[] = [HA_SUMMARIES, BT_SUMMARIES];

/** What each jurisdiction that has one asks for with a 信息变更, for `beian diff --form`. */
export const JURISDICTION_CHANGE_DOCUMENTS: readonly ChangeDocument[] = [HA_CHANGE_DOCUMENT, BT_CHANGE_DOCUMENT];
