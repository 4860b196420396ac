import type { FormDef } from '../../../forms/common';
import { HA_APPLY } from './ha-apply';
import { HA_PLAN } from './ha-plan';
import { HA_RENEW } from './ha-renew';
import { HA_RULES } from './ha-rules';

export const HA_FORMS: readonly FormDef[] = [HA_APPLY, HA_PLAN, HA_RENEW, HA_RULES];
