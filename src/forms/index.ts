import type { BusinessType } from '../model/schema';
import type { Profile } from '../profiles/profiles';
import { CHECK_REPORT } from './check-report';
import type { FormDef } from './common';
import { EQUIPMENT } from './equipment';
import { HA_APPLY } from '../jurisdictions/ha/forms/ha-apply';
import { HA_PLAN } from '../jurisdictions/ha/forms/ha-plan';
import { HA_RENEW } from '../jurisdictions/ha/forms/ha-renew';
import { HA_RULES } from '../jurisdictions/ha/forms/ha-rules';
import { SH_RECOMMEND } from '../jurisdictions/sh/forms/sh-recommend';
import { SH_SITE_LETTER } from '../jurisdictions/sh/forms/sh-site-letter';
import { MATERIALS } from './materials';
import { QUESTION_BANK } from './question-bank';
import { TEAM } from './team';
import { XCERT_DATA } from './xcert-data';

export const FORMS: readonly FormDef[] = [HA_APPLY, HA_PLAN, HA_RENEW, HA_RULES, SH_RECOMMEND, SH_SITE_LETTER, TEAM, EQUIPMENT, QUESTION_BANK, XCERT_DATA, MATERIALS, CHECK_REPORT];

export function formById(id: string): FormDef | undefined {
  return FORMS.find((f) => f.id === id);
}

/** The documents a filing of this profile and business type includes. */
export function formsFor(profile: Profile, business: BusinessType): FormDef[] {
  return FORMS.filter((f) => (f.profiles === 'all' || f.profiles.includes(profile.id)) && (!f.business || f.business.includes(business)));
}

export { DRAFT_MARK, maskId, type FormDef, type FormInput, type FormOptions } from './common';
