import type { MaterialsTable } from './types';

export const SH_MATERIALS: MaterialsTable = {};
