import type { MaterialsTable } from './types';

export const HA_MATERIALS: MaterialsTable = {};
