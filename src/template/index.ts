export { buildTemplate, businessField, INLINE_LIST_MAX, templateBuffer, templateSheets, TEMPLATE_ROWS, validationFor } from './template-workbook';
