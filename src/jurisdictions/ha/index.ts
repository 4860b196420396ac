import type { Jurisdiction } from '../jurisdiction';
import { HA_MATERIALS } from './materials';
import { HA_PROFILES } from './profiles';
import { HA_PACK } from './rules';
import { HA_COVERAGE } from './rules/coverage';
import { ha, haByType } from './rules/basis';
import { SOURCE } from './source';

export const HA: Jurisdiction = {
  source: SOURCE,
  profiles: HA_PROFILES,
  rules: HA_PACK,
  coverage: HA_COVERAGE,
  materials: HA_MATERIALS,
  materialsBasis: haByType('一（八）', '二（八）', '三（八）'),
  materialsBasisByBusiness: { 信息变更: ha('四（三）'), 增量备案: ha('五（三）'), 备案续期: ha('六（三）'), 终止备案: ha('七（三）') },
  templateSheets: ['experts'],
  skillScope: { basis: haByType('一（六）', '二（六）', '三（六）'), severity: 'error' },
  genericBasis: { 'materials.on-site': { 'ha-social': ha('二（八）') } },
  batch: {
    cap: { profile: 'ha-social', cap: 3, rule: 'office.ha-social-cap', basis: ha('二（四）'), area: '辖区' },
    renewal: { days: 60, ahead: '60 天', basis: ha('六（四）1') },
    dropIdleAtRenewal: true,
  },
};
