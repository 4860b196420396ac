export * from './mark-plan';
export { annotateWorkbook, annotateXlsx, type Annotated, type AnnotateOptions } from './annotate-xlsx';
export { changeMarks, changeNote, withChanges } from './change-marks';
