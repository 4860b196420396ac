import type { Coverage } from '../coverage';
import { BT_COVERAGE } from '../../jurisdictions/bt/rules/coverage';
import { HA_COVERAGE } from '../../jurisdictions/ha/rules/coverage';
import { NX_COVERAGE } from '../../jurisdictions/nx/rules/coverage';
import { SH_COVERAGE } from '../../jurisdictions/sh/rules/coverage';
import { XJ_COVERAGE } from '../../jurisdictions/xj/rules/coverage';

/** Every requirement of the five documents a workbook could show, kept beside each pack. */
export const COVERAGE: readonly Coverage[] = [XJ_COVERAGE, SH_COVERAGE, HA_COVERAGE, BT_COVERAGE, NX_COVERAGE];
