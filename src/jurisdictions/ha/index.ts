import type { Jurisdiction } from '../jurisdiction';
import { HA_APPLY } from './forms/ha-apply';
import { HA_PLAN } from './forms/ha-plan';
import { HA_RENEW } from './forms/ha-renew';
import { HA_RULES } from './forms/ha-rules';
import { HA_MATERIALS } from './materials';
import { HA_PROFILES } from './profiles';
import { HA_PACK } from './rules';
import { HA_COVERAGE } from './rules/coverage';
import { SOURCE } from './source';

export const HA: Jurisdiction = {
  source: SOURCE,
  profiles: HA_PROFILES,
  rules: HA_PACK,
  coverage: HA_COVERAGE,
  materials: HA_MATERIALS,
  forms: [HA_APPLY, HA_PLAN, HA_RENEW, HA_RULES],
};
