export { compareFilings, compareWithCells, DifferentOrganisations, type ChangedCell, type FieldChange, type FilingDiff, type GroupDiff, type GroupId, type RowChange } from './compare';
export { diffHeadline, diffSections, diffText, type Section } from './text';
export { btChangeNoteDocx, btMaterials, changeListDocx } from './word';
export { withEarlierValues } from './ha-form';
