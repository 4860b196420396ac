import type { BusinessType } from '../model/schema';
import type { Profile } from '../profiles/profiles';
import { CHECK_REPORT } from './check-report';
import type { FormDef } from './common';
import { JURISDICTION_FORMS } from '../jurisdictions/forms';
import { EQUIPMENT } from './equipment';
import { MATERIALS } from './materials';
import { QUESTION_BANK } from './question-bank';
import { TEAM } from './team';
import { XCERT_DATA } from './xcert-data';

export const FORMS: readonly FormDef[] = [...JURISDICTION_FORMS, TEAM, EQUIPMENT, QUESTION_BANK, XCERT_DATA, MATERIALS, CHECK_REPORT];

export function formById(id: string): FormDef | undefined {
  return FORMS.find((f) => f.id === id);
}

/** The documents a filing of this profile and business type includes. */
export function formsFor(profile: Profile, business: BusinessType): FormDef[] {
  return FORMS.filter((f) => (f.profiles === 'all' || f.profiles.includes(profile.id)) && (!f.business || f.business.includes(business)));
}

export { DRAFT_MARK, maskId, type FormDef, type FormInput, type FormOptions } from './common';
