import type { Jurisdiction } from '../jurisdiction';
import { NX_MATERIALS } from './materials';
import { NX_PROFILES } from './profiles';
import { NX_PACK } from './rules';
import { NX_COVERAGE } from './rules/coverage';
import { nx } from './rules/basis';
import { SOURCE } from './source';

export const NX: Jurisdiction = {
  source: SOURCE,
  profiles: NX_PROFILES,
  rules: NX_PACK,
  coverage: NX_COVERAGE,
  materials: NX_MATERIALS,
  materialsBasis: nx('第六条至第十条'),
  templateSheets: ['experts', 'xcertData'],
};
