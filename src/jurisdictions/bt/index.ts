import type { Jurisdiction } from '../jurisdiction';
import { BT_MATERIALS } from './materials';
import { BT_PROFILES } from './profiles';
import { BT_PACK } from './rules';
import { BT_COVERAGE } from './rules/coverage';
import { bt } from './rules/basis';
import { SOURCE } from './source';

export const BT: Jurisdiction = {
  source: SOURCE,
  profiles: BT_PROFILES,
  rules: BT_PACK,
  coverage: BT_COVERAGE,
  materials: BT_MATERIALS,
  materialsBasis: bt('第六条'),
  materialsBasisByBusiness: { 信息变更: bt('第十八条（一）、第十八条（二）'), 备案续期: bt('第十条'), 终止备案: bt('第十八条（五）') },
  templateSheets: ['experts'],
  skillScope: { basis: bt('第四条'), severity: 'error' },
  batch: {
    cap: { profile: 'bt-social', cap: 1, rule: 'office.bt-social-cap', basis: bt('第七条（二）4'), area: '师市' },
    renewal: { days: 90, ahead: '3 个月', basis: bt('第十条、第十九条（一）1') },
    lending: bt('第十九条（二）1'),
    inactivity: bt('第十九条（一）2'),
    cancellation: bt('第十九条（一）'),
  },
};
