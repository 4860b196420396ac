import type { MaterialsTable } from './types';

export const BT_MATERIALS: MaterialsTable = {};
