export * from './mark-plan';
export { annotateXlsx, type AnnotateOptions } from './annotate-xlsx';
