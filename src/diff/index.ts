export { compareFilings, compareSnapshots, compareWithCells, type ChangedCell, DifferentOrganisations, filingSnapshot, type FieldChange, type FilingSnapshot, type KeyedRow, type FilingDiff, type GroupDiff, type GroupId, type RowChange } from './compare';
export { diffHeadline, diffSections, diffText, type Section } from './text';
export { changeListDocx } from './word';
export { withEarlierValues } from './earlier-values';
