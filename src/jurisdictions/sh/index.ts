import type { Jurisdiction } from '../jurisdiction';
import { SH_MATERIALS } from './materials';
import { SH_PROFILES } from './profiles';
import { SH_PACK } from './rules';
import { SH_COVERAGE } from './rules/coverage';
import { DADIAN } from '../../sources/source';
import { sh } from './rules/basis';
import { SOURCE } from './source';

export const SH: Jurisdiction = {
  source: SOURCE,
  profiles: SH_PROFILES,
  rules: SH_PACK,
  coverage: SH_COVERAGE,
  materials: SH_MATERIALS,
  materialsBasis: sh('四'),
  templateSheets: ['xcertData', 'sites'],
  skillScope: { basis: DADIAN, severity: 'warning' },
  genericBasis: { 'xcert.arithmetic': sh('附件3') },
};
