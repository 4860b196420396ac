import { type CellValue, displayText } from './cell';

/** Answers clerks write in a 是/否 column for 是 or 否, compared lower-cased. */
const YES_LIKE: Readonly<Record<string, '是' | '否'>> = { y: '是', yes: '是', '√': '是', '✓': '是', '✔': '是', 有: '是', n: '否', no: '否', '×': '否', '✗': '否', 无: '否' };

/**
 * What a cell of a 是/否 column answers: 是, 否, or null when it says
 * neither. A TRUE/FALSE cell (Excel 365's in-cell checkbox writes them)
 * means 是/否; so do the ticks and words of {@link YES_LIKE}.
 */
export function yesNoAnswer(v: CellValue): '是' | '否' | null {
  if (typeof v === 'boolean') return v ? '是' : '否';
  const text = displayText(v).trim();
  if (text === '是' || text === '否') return text;
  return YES_LIKE[text.toLowerCase()] ?? null;
}
