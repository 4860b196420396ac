import { findOccupationByName, validateOccupationCode } from '../validate/occupations';
import type { Fixer } from './fix';

/** Where the name field of a row is, for the code ↔ name fixes. */
const NAME_FIELDS = ['occupationName', 'occupation'] as const;

/** A code missing or disagreeing with the occupation's name becomes the 大典 code, when exactly one occupation has that name. */
export const fixOccupationCode: Fixer = ({ table, field, row, value }) => {
  if (!table || field !== 'occupationCode') return undefined;
  const nameField = NAME_FIELDS.find((k) => table.has(k));
  const name = nameField ? table.text(row, nameField) : '';
  const codes = name ? findOccupationByName(name) : [];
  if (codes.length !== 1 || value === codes[0]) return undefined;
  return { after: { kind: 'text', text: codes[0] }, reason: `按职业名称“${name}”填写大典中的职业编码` };
};

/** A code written with full-width digits, spaces or without hyphens becomes d-dd-dd-dd. */
export const fixCodeFormat: Fixer = ({ value }) => {
  const code = validateOccupationCode(value).value;
  if (!code || code === value) return undefined;
  return { after: { kind: 'text', text: code }, reason: '职业编码改为 d-dd-dd-dd 格式' };
};
