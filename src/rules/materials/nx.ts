import type { MaterialsTable } from './types';

export const NX_MATERIALS: MaterialsTable = {};
