export { annotate, RESULT_SHEET, type AnnotateMeta } from './annotate';
