import type { Jurisdiction } from '../jurisdiction';
import { XJ_MATERIALS } from './materials';
import { XJ_PROFILES } from './profiles';
import { XJ_PACK } from './rules';
import { XJ_COVERAGE } from './rules/coverage';
import { DADIAN } from '../../sources/source';
import { xj } from './rules/basis';
import { SOURCE } from './source';

export const XJ: Jurisdiction = {
  source: SOURCE,
  profiles: XJ_PROFILES,
  rules: XJ_PACK,
  coverage: XJ_COVERAGE,
  materials: XJ_MATERIALS,
  materialsBasis: xj('五（一）'),
  templateSheets: ['xcertData'],
  skillScope: { basis: DADIAN, severity: 'warning' },
};
