import type { Coverage } from '../coverage';
import { BT_COVERAGE } from './bt/coverage';
import { HA_COVERAGE } from './ha/coverage';
import { NX_COVERAGE } from './nx/coverage';
import { SH_COVERAGE } from './sh/coverage';
import { XJ_COVERAGE } from './xj/coverage';

/** Every requirement of the five documents a workbook could show, kept beside each pack. */
export const COVERAGE: readonly Coverage[] = [XJ_COVERAGE, SH_COVERAGE, HA_COVERAGE, BT_COVERAGE, NX_COVERAGE];
