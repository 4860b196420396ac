export { buildRegisterTemplate, registerTemplateBuffer } from './register-template';
export { buildTemplate, businessField, HEADER_ARGB, INLINE_LIST_MAX, numFmtFor, templateBuffer, templateSheets, TEMPLATE_ROWS, validationFor } from './template-workbook';
