import type { SheetKind } from '../../model/schema';
import type { Profile } from '../../profiles/profile';

/**
 * SH 四 lists what is submitted: 附件1 (the occupations recommended), 附件2
 * (the 考核点), 附件3 (X证书 data), the application form, and the project
 * plan with two sample papers per level (the question bank). It lists no
 * roster and no equipment list, so their absence is no error; the template
 * still carries them (二（二）、二（五） ask for the people and the sites'
 * equipment) and a roster submitted empty is reported.
 */
const SH_SHEETS: readonly SheetKind[] = ['org', 'occupations', 'sites', 'xcertData', 'questionBank', 'materials'];

export const SH_PROFILES: readonly Profile[] = [
  { id: 'sh-xcert', name: '上海·原X证书机构', jurisdiction: '上海市', orgType: '原X证书机构', source: 'SH', businessTypes: ['首次备案'], requiredSheets: () => SH_SHEETS },
];
