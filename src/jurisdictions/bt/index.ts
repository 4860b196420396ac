import type { Jurisdiction } from '../jurisdiction';
import { BT_MATERIALS } from './materials';
import { BT_PROFILES } from './profiles';
import { BT_PACK } from './rules';
import { BT_COVERAGE } from './rules/coverage';
import { SOURCE } from './source';

export const BT: Jurisdiction = {
  source: SOURCE,
  profiles: BT_PROFILES,
  rules: BT_PACK,
  coverage: BT_COVERAGE,
  materials: BT_MATERIALS,
  forms: [],
};
