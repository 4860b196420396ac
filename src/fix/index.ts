export type { Fix, FixPlan, FixValue, Refusal } from './fix';
export { FIX_KINDS, FIXABLE_RULES, planFixes, rulesNamed, shownValue } from './plan';
export { fixLine } from './text';
export { excelSerial } from './serial';
