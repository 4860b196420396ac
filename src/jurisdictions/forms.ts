import type { FormDef } from '../forms/common';
import { HA_FORMS } from './ha/forms';
import { SH_FORMS } from './sh/forms';

/**
 * The official forms only one jurisdiction asks for, from the folders that
 * have any. Kept apart from the registry because forms load zod and a check
 * must start without it.
 */
export const JURISDICTION_FORMS: readonly FormDef[] = [...SH_FORMS, ...HA_FORMS];
