import type { SheetKind } from '../../model/schema';
import type { Profile } from '../../profiles/profile';

/**
 * SH 二（二） asks for staff, experts, examiners and supervisors, 二（五） for
 * the sites' equipment with video monitoring: the workbook carries them so
 * those conditions can be checked.
 */
const SH_SHEETS: readonly SheetKind[] = ['org', 'occupations', 'staff', 'experts', 'examiners', 'supervisors', 'equipment', 'sites', 'xcertData', 'questionBank', 'materials'];

export const SH_PROFILES: readonly Profile[] = [
  { id: 'sh-xcert', name: '上海·原X证书机构', jurisdiction: '上海市', orgType: '原X证书机构', source: 'SH', businessTypes: ['首次备案'], requiredSheets: () => SH_SHEETS },
];
