import type { SheetKind } from '../../model/schema';
import { ALL_BUSINESS, standard, type Profile } from '../../profiles/profile';

/**
 * HA 六（三）: a renewal is the summary report and 附件4, which asks for the
 * evaluations, the examiner and supervisor counts, premises, question bank
 * and monitoring, but no staff roster.
 */
const HA_RENEWAL: readonly SheetKind[] = ['org', 'occupations', 'examiners', 'supervisors', 'equipment', 'questionBank', 'evaluations', 'materials'];

export const HA_PROFILES: readonly Profile[] = [
  { id: 'ha-employer', name: '河南·用人单位', jurisdiction: '河南省', orgType: '用人单位', source: 'HA', businessTypes: ALL_BUSINESS, requiredSheets: standard([], HA_RENEWAL) },
  { id: 'ha-social', name: '河南·社会培训评价组织', jurisdiction: '河南省', orgType: '社会培训评价组织', source: 'HA', businessTypes: ALL_BUSINESS, requiredSheets: standard([], HA_RENEWAL) },
  { id: 'ha-school', name: '河南·院校', jurisdiction: '河南省', orgType: '院校', source: 'HA', businessTypes: ALL_BUSINESS, requiredSheets: standard([], HA_RENEWAL) },
];
