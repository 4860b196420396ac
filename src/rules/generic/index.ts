import type { RulePack } from '../rule';
import { cellTypes } from './cells';
import { materialsPresent } from './materials';
import { codeNameConsistency, notApplied } from './occupations';
import { duplicateIds, implausibleAge, nameConflicts } from './roster';
import { emptyRows, formulaErrors, hiddenSheets, requiredCells, requiredColumns, requiredSheets } from './structure';
import { xcertArithmetic } from './xcert-data';

export const GENERIC_PACK: RulePack = {
  id: 'generic',
  title: '通用检查',
  rules: [
    requiredSheets,
    requiredColumns,
    requiredCells,
    emptyRows,
    formulaErrors,
    hiddenSheets,
    cellTypes,
    duplicateIds,
    nameConflicts,
    implausibleAge,
    codeNameConsistency,
    notApplied,
    xcertArithmetic,
    materialsPresent,
  ],
};
