export { DIVISION_COUNT, divisionName } from './bingtuan';
export { groupingUnit, placeLabel, placeOfAddress, placeOfCreditCode, placeOfDivisionCode, type BingtuanUnit, type Division, type Place } from './place';
