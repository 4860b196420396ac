import type { FormDef } from '../../../forms/common';
import { SH_RECOMMEND } from './sh-recommend';
import { SH_SITE_LETTER } from './sh-site-letter';

export const SH_FORMS: readonly FormDef[] = [SH_RECOMMEND, SH_SITE_LETTER];
