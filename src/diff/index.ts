export { compareFilings, DifferentOrganisations, type FieldChange, type FilingDiff, type GroupDiff, type GroupId, type RowChange } from './compare';
export { diffHeadline, diffSections, diffText, type Section } from './text';
export { changeListDocx } from './word';
export { withEarlierValues } from './earlier-values';
